// The request matrix: each numbered request of the inquiry with its status (what it means, in plain words)
// and the records that answer it. The status and basis belong to the request; the ticks are the records'
// own request numbers, the same ones each record's row shows.
import { useId } from 'react';
import type { MatterRequest } from '../../core/matter/schema';
import type { RecordView } from '../../core/records/record-views';
import { useDesk } from '../app/desk-store';
import { changeFile } from '../app/file-changes';
import { toggleRecordRequest } from './record-commands';
import { recordTitle, REQUEST_STATUS_CHOICES, requestNeedsBasis, requestStatusMeaning } from './record-words';
import { useRecordViews } from './use-record-views';

function updateRequest(index: number, patch: Partial<MatterRequest>): void {
  changeFile((file) => {
    const requests = file.matter.inquiry.requests.map((r, i) => (i === index ? { ...r, ...patch } : r));
    return { ...file, matter: { ...file.matter, inquiry: { ...file.matter.inquiry, requests } } };
  });
}

const NONE: never[] = [];

interface RequestRowProps {
  request: MatterRequest;
  index: number;
  /** Every record, as the list shows it, with the request numbers it answers. */
  records: { view: RecordView; answers: readonly string[] }[];
}

function RequestRow({ request, index, records }: RequestRowProps) {
  const id = useId();
  const answering = records.filter((r) => r.answers.includes(request.number)).length;
  return (
    <li className="request-row">
      <p className="request-text">
        <strong>Request {request.number}.</strong> {request.text}
      </p>
      <label className="field-label" htmlFor={`${id}-status`}>
        Status of request {request.number}
      </label>
      <select
        id={`${id}-status`}
        aria-describedby={`${id}-meaning`}
        value={request.status}
        onChange={(e) => updateRequest(index, { status: e.target.value as MatterRequest['status'] })}
      >
        {REQUEST_STATUS_CHOICES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <p id={`${id}-meaning`} className="form-help">
        {requestStatusMeaning(request.status)}
      </p>
      {requestNeedsBasis(request.status) && (
        <>
          <label className="field-label" htmlFor={`${id}-basis`}>
            Basis for request {request.number}
          </label>
          <input
            id={`${id}-basis`}
            type="text"
            value={request.basis}
            onChange={(e) => updateRequest(index, { basis: e.target.value })}
            placeholder="Gov't Code § 552.107"
          />
        </>
      )}
      {records.length > 0 && (
        <fieldset className="request-records">
          <legend className="field-label">
            Records answering request {request.number} <span className="list-count">{answering}</span>
          </legend>
          {records.map(({ view, answers }) => (
            <label key={view.id} className="request-record">
              <input
                type="checkbox"
                checked={answers.includes(request.number)}
                onChange={() => toggleRecordRequest(view.id, request.number)}
              />
              <span>{recordTitle(view)}</span>
            </label>
          ))}
        </fieldset>
      )}
    </li>
  );
}

export function RequestMatrix() {
  const requests = useDesk((s) => s.file?.matter.inquiry.requests ?? NONE);
  const stored = useDesk((s) => s.file?.records ?? NONE);
  const { all } = useRecordViews();
  const records = all.map((view, i) => ({ view, answers: stored[i]?.requestNumbers ?? [] }));
  if (requests.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="request-matrix-heading">
      <h2 id="request-matrix-heading" className="section-heading">
        Requests and records
      </h2>
      {all.length === 0 && (
        <p className="empty-note">
          Records attached or added above can be ticked here against the requests they answer.
        </p>
      )}
      <ol className="request-matrix">
        {requests.map((request, index) => (
          <RequestRow key={index} request={request} index={index} records={records} />
        ))}
      </ol>
    </section>
  );
}
