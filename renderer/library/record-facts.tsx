// The middle of a record's row: its status (with what it means), the basis when anything is withheld, its
// pages (typed for a record without text, else counted) and its Bates range (always computed).
import { useId } from 'react';
import type { MatterRecord, RecordStatus } from '../../core/records/record';
import type { RecordView } from '../../core/records/record-views';
import { setBasis, setPages, setStatus } from './record-commands';
import { RecordLogDetails } from './record-log-details';
import { needsBasis, RECORD_STATUS_CHOICES, recordStatusMeaning } from './record-words';

export interface RecordFactsProps {
  view: RecordView;
  record: MatterRecord;
  /** "Exhibit B" or "Record 3", for the fields' names. */
  name: string;
  /** The record's excerpt is in the matter (its pages are counted from it). */
  hasText: boolean;
  batesOn: boolean;
  onAnnounce: (text: string) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Pages({ view, record, name, hasText }: RecordFactsProps) {
  if (hasText) return <span className="record-fact-value">{plural(view.pages, 'page')}</span>;
  if (record.excerptId)
    return (
      <span className="record-fact-value record-lost">
        Text lost: attach the source again, or delete the record.
      </span>
    );
  return (
    <input
      type="number"
      className="record-pages"
      min={0}
      aria-label={`Pages of ${name}`}
      value={record.pages}
      onChange={(e) => {
        const n = Number.parseInt(e.target.value, 10);
        setPages(record.id, Number.isFinite(n) ? Math.max(0, n) : 0);
      }}
    />
  );
}

export function RecordFacts(props: RecordFactsProps) {
  const { view, record, name, batesOn, onAnnounce } = props;
  const statusId = useId();
  const basisId = useId();
  const withheld = needsBasis(record.status);
  const basisMissing = withheld && !record.basis.trim();
  return (
    <>
      <div className="record-facts">
        <div>
          <label className="record-fact-label" htmlFor={statusId}>
            Status
          </label>
          <select
            id={statusId}
            aria-label={`Status of ${name}`}
            aria-describedby={`${statusId}-meaning`}
            value={record.status}
            onChange={(e) => onAnnounce(setStatus(record.id, e.target.value as RecordStatus))}
          >
            {RECORD_STATUS_CHOICES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <span className="record-fact-label">Pages</span>
          <Pages {...props} />
        </div>
      </div>
      <p id={`${statusId}-meaning`} className="form-help record-meaning">
        {recordStatusMeaning(record.status)}
      </p>
      {withheld && (
        <div className="record-basis">
          <label className="record-fact-label" htmlFor={basisId}>
            Basis for withholding{' '}
            <span className="required-mark" aria-hidden="true">
              *
            </span>
          </label>
          <input
            id={basisId}
            type="text"
            data-record-field="basis"
            aria-required="true"
            aria-invalid={basisMissing}
            aria-describedby={basisMissing ? `${basisId}-help` : undefined}
            value={record.basis}
            placeholder="Attorney-client privilege, Tex. R. Evid. 503"
            onChange={(e) => setBasis(record.id, e.target.value)}
          />
          {basisMissing && (
            <p id={`${basisId}-help`} className="form-problem">
              The privilege log needs the privilege or exception.
            </p>
          )}
          <RecordLogDetails record={record} name={name} />
        </div>
      )}
      {batesOn && (
        <p className="record-bates">
          <span className="record-fact-label">Bates</span>{' '}
          <span data-testid="bates-range">{view.batesRange || 'Not numbered: not produced'}</span>
        </p>
      )}
    </>
  );
}
