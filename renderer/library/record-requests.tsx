// Which requests a record answers: one small checkbox per request number of the inquiry (and any number the
// record names that the inquiry no longer has, so it can be unticked). The request matrix shows the same ticks.
import { toggleRecordRequest } from './record-commands';

export function RecordRequests({
  recordId,
  name,
  requestNumbers,
  answered,
}: {
  recordId: string;
  /** "Exhibit B", for the checkboxes' names. */
  name: string;
  /** The inquiry's request numbers, in order. */
  requestNumbers: readonly string[];
  answered: readonly string[];
}) {
  const unknown = answered.filter((n) => !requestNumbers.includes(n));
  const numbers = [...requestNumbers, ...unknown];
  if (numbers.length === 0) return null;
  return (
    <fieldset className="record-requests">
      <legend className="record-fact-label">Answers requests</legend>
      <div className="request-chips">
        {numbers.map((number) => (
          <label
            key={number}
            className={unknown.includes(number) ? 'request-chip request-chip--unknown' : 'request-chip'}
            title={unknown.includes(number) ? 'The inquiry has no request with this number' : undefined}
          >
            <input
              type="checkbox"
              aria-label={`${name} answers request ${number}`}
              checked={answered.includes(number)}
              onChange={() => toggleRecordRequest(recordId, number)}
            />
            {number}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
