// The request matrix: each numbered request of the inquiry with its status and the exhibits that answer it.
// Templates read it (item-by-item answers, production index, privilege log) from inquiry.requests.
import type { MatterFile } from '../../core/api/contract';
import { exhibitLabel } from '../../core/exhibits/exhibit-label';
import type { MatterRequest } from '../../core/matter/schema';
import { store, useDesk } from '../app/desk-store';
import { choiceLabel } from '../matter-form/choice-labels';
import { choicesOf } from '../matter-form/matter-schema-info';

const STATUSES = choicesOf('inquiry.requests[].status').map((value) => ({
  value,
  label: choiceLabel(value),
}));

function updateRequest(index: number, patch: Partial<MatterRequest>): void {
  const file = store.snapshot();
  if (!file) return;
  const requests = file.matter.inquiry.requests.map((r, i) => (i === index ? { ...r, ...patch } : r));
  const next: MatterFile = {
    ...file,
    matter: { ...file.matter, inquiry: { ...file.matter.inquiry, requests } },
  };
  store.set({ file: next, matterVersion: store.get().matterVersion + 1 });
  store.markDirty();
}

const NONE: never[] = [];

export function RequestMatrix() {
  const requests = useDesk((s) => s.file?.matter.inquiry.requests ?? NONE);
  const exhibits = useDesk((s) => s.file?.exhibits ?? NONE);
  const style = useDesk((s) => s.file?.exhibitSettings.labelStyle ?? 'letters');
  if (requests.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="request-matrix-heading">
      <h2 id="request-matrix-heading" className="section-heading">
        Requests and exhibits
      </h2>
      <ol className="request-matrix">
        {requests.map((request, index) => (
          <li key={index} className="request-row">
            <p className="request-text">
              <strong>Request {request.number}.</strong> {request.text}
            </p>
            <label className="field-label">
              Status of request {request.number}
              <select
                value={request.status}
                onChange={(e) => updateRequest(index, { status: e.target.value as MatterRequest['status'] })}
              >
                {STATUSES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            {(request.status === 'withheld' ||
              request.status === 'partly-withheld' ||
              request.status === 'objection') && (
              <label className="field-label">
                Basis for request {request.number}
                <input
                  type="text"
                  value={request.basis}
                  onChange={(e) => updateRequest(index, { basis: e.target.value })}
                  placeholder="Gov't Code § 552.107"
                />
              </label>
            )}
            {exhibits.length > 0 && (
              <fieldset className="request-exhibits">
                <legend className="field-label">Exhibits answering request {request.number}</legend>
                {exhibits.map((exhibit, at) => {
                  const label = exhibitLabel(at, style);
                  const checked = request.exhibitIds.includes(exhibit.id);
                  return (
                    <label key={exhibit.id} className="request-exhibit">
                      <input
                        type="checkbox"
                        checked={checked}
                        onChange={() =>
                          updateRequest(index, {
                            exhibitIds: checked
                              ? request.exhibitIds.filter((id) => id !== exhibit.id)
                              : [...request.exhibitIds, exhibit.id],
                          })
                        }
                      />
                      Exhibit {label}: {exhibit.description}
                    </label>
                  );
                })}
              </fieldset>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
