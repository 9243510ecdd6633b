// What the privilege log (and, for the Public Information Act, the ruling request) says about a record
// withheld in whole or part: its control number, date, kind, author and recipients (and which of them are
// attorneys), general subject, the PIA exception by section, and the pages redacted. Folded away until needed.
import { useId } from 'react';
import type { MatterRecord } from '../../core/records/record';
import { setRecordFact, type RecordFact } from './record-commands';

interface FactSpec {
  field: RecordFact;
  label: string;
  placeholder?: string;
  help?: string;
  type?: 'date';
  /** Shown only for a record produced with redactions. */
  partlyOnly?: boolean;
}

const FACTS: FactSpec[] = [
  {
    field: 'controlNumber',
    label: 'Control number',
    help: 'Empty: the log numbers it by its place in the list.',
  },
  { field: 'date', label: 'Date of the record', type: 'date' },
  { field: 'documentType', label: 'Kind of record', placeholder: 'Email, memorandum, training slides' },
  { field: 'author', label: 'Author' },
  { field: 'recipients', label: 'Recipients', help: 'Addressees and copy recipients.' },
  { field: 'attorneys', label: 'Attorneys among them', help: 'Names as written above; the log marks them.' },
  {
    field: 'subject',
    label: 'General subject',
    help: 'Describe the subject without revealing what is withheld.',
  },
  {
    field: 'piaException',
    label: 'Public Information Act exception',
    placeholder: "Tex. Gov't Code § 552.107(1)",
    help: 'Only for a ruling request under the Act: the exception by section.',
  },
  {
    field: 'redactedPages',
    label: 'Pages redacted',
    placeholder: 'DAL-AG-000012 – 000013',
    partlyOnly: true,
  },
];

export function RecordLogDetails({ record, name }: { record: MatterRecord; name: string }) {
  const id = useId();
  const missing = !record.subject.trim() || !record.documentType.trim();
  return (
    <details className="record-log-details">
      <summary>
        For the privilege log
        {missing ? <span className="record-log-missing"> (subject or kind missing)</span> : null}
      </summary>
      {FACTS.filter((f) => !f.partlyOnly || record.status === 'partly-withheld').map((fact) => (
        <div key={fact.field} className="record-log-fact">
          <label className="record-fact-label" htmlFor={`${id}-${fact.field}`}>
            {fact.label}
          </label>
          <input
            id={`${id}-${fact.field}`}
            type={fact.type ?? 'text'}
            data-record-field={fact.field}
            aria-label={`${fact.label} of ${name}`}
            aria-describedby={fact.help ? `${id}-${fact.field}-help` : undefined}
            value={record[fact.field]}
            placeholder={fact.placeholder}
            onChange={(e) => setRecordFact(record.id, fact.field, e.target.value)}
          />
          {fact.help && (
            <p id={`${id}-${fact.field}-help`} className="form-help">
              {fact.help}
            </p>
          )}
        </div>
      ))}
    </details>
  );
}
