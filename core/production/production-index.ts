// The rows of a volume's production index (one per record produced) and of its privilege log (one per record
// withheld in full or produced with redactions), from the records' views and what the production did.
import type { RecordView } from '../records/record-views';

export interface ProducedRecordFacts {
  /** "DAL-AG-000001", "DAL-AG-000008", as stamped. */
  batesBegin: string;
  batesEnd: string;
  pages: number;
  /** The file in the volume, from its folder ("PRODUCTION/DAL-AG-000001.pdf"). */
  file: string;
  /** Bates numbers of the pages that carry a redaction. */
  redactedPages: string[];
  /** The reasons given on those pages, once each. */
  reasons: string[];
}

export const INDEX_COLUMNS = [
  'Bates begin',
  'Bates end',
  'Pages',
  'Date',
  'Description',
  'Record type',
  'Requests answered',
  'Produced',
  'File',
] as const;

export const LOG_COLUMNS = [
  'No.',
  'Bates',
  'Date',
  'Record type',
  'Author',
  'Recipients',
  'Attorneys',
  'General subject',
  'Requests',
  'Privilege or exception asserted',
  'Action',
  'Pages redacted',
] as const;

export type IndexRow = Record<(typeof INDEX_COLUMNS)[number], string>;
export type LogRow = Record<(typeof LOG_COLUMNS)[number], string>;

const range = (facts: ProducedRecordFacts) =>
  facts.batesBegin === facts.batesEnd ? facts.batesBegin : `${facts.batesBegin} – ${facts.batesEnd}`;

export function indexRows(produced: readonly { view: RecordView; facts: ProducedRecordFacts }[]): IndexRow[] {
  return produced.map(({ view, facts }) => ({
    'Bates begin': facts.batesBegin,
    'Bates end': facts.batesEnd,
    Pages: String(facts.pages),
    Date: view.date,
    Description: view.description,
    'Record type': view.documentType,
    'Requests answered': view.requestNumbers,
    Produced: facts.redactedPages.length > 0 ? 'With redactions' : 'In full',
    File: facts.file,
  }));
}

/**
 * The log: records withheld in full (no Bates numbers) and records produced with redactions, in list order.
 * A redacted record's basis is the one typed for it, else the reasons printed on its redactions.
 */
export function logRows(records: readonly { view: RecordView; facts?: ProducedRecordFacts }[]): LogRow[] {
  return records
    .filter(({ view, facts }) => view.status === 'withheld' || (facts?.redactedPages.length ?? 0) > 0)
    .map(({ view, facts }) => {
      const redacted = view.status !== 'withheld' && facts !== undefined;
      return {
        'No.': view.controlNumber,
        Bates: redacted ? range(facts) : 'Withheld in full',
        Date: view.date,
        'Record type': view.documentType || view.description,
        Author: view.author,
        Recipients: view.recipients,
        Attorneys: view.attorneys,
        'General subject': view.subject || view.description,
        Requests: view.requestNumbers,
        'Privilege or exception asserted': view.basis || (facts?.reasons.join('; ') ?? ''),
        Action: redacted ? 'Redacted' : 'Withheld',
        'Pages redacted': redacted ? facts.redactedPages.join(', ') : '',
      };
    });
}
