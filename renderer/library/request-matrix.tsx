// The request matrix: each numbered request of the inquiry with its status (what it means, in plain words)
// and the records that answer it. The status and basis belong to the request and are edited in the matter
// form ("Change" goes there); the ticks are the records' own request numbers, the same ones each record's
// row shows.
import { useId } from 'react';
import type { MatterRequest } from '../../core/matter/schema';
import type { RecordView } from '../../core/records/record-views';
import { useDesk } from '../app/desk-store';
import { choiceLabel } from '../matter-form/choice-labels';
import { goToField } from '../matter-form/go-to-field';
import { toggleRecordRequest } from './record-commands';
import { recordTitle, requestStatusMeaning } from './record-words';
import { useRecordViews } from './use-record-views';

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
      {/* The status and basis are edited in one place, the matter form; this says what they are. */}
      <p id={`${id}-meaning`} className="request-status">
        <strong>{choiceLabel(request.status)}</strong>
        {request.basis ? ` (${request.basis})` : ''}. {requestStatusMeaning(request.status)}{' '}
        <button
          type="button"
          className="link-button"
          aria-label={`Change the status of request ${request.number}`}
          onClick={() => goToField(`inquiry.requests.${index}.status`)}
        >
          Change
        </button>
      </p>
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
