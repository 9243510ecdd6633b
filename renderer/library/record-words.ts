// What the records list and the request matrix say about a record and a request: their names ("Exhibit B",
// "Record 3") and what each status means, in plain words. Status labels come from the form's choice labels.
import type { MatterRequest } from '../../core/matter/schema';
import { RECORD_STATUSES, type RecordStatus } from '../../core/records/record';
import type { RecordView } from '../../core/records/record-views';
import { choiceLabel } from '../matter-form/choice-labels';

/** "Exhibit B" for an attached record, else "Record 3" (its place in the list). */
export const recordName = (view: Pick<RecordView, 'exhibitLabel' | 'number'>): string =>
  view.exhibitLabel ? `Exhibit ${view.exhibitLabel}` : `Record ${view.number}`;

/** "Exhibit B: General Order 301.00", for lists that name records with what they are. */
export const recordTitle = (view: Pick<RecordView, 'exhibitLabel' | 'number' | 'description'>): string =>
  view.description ? `${recordName(view)}: ${view.description}` : recordName(view);

const RECORD_MEANINGS: Record<RecordStatus, string> = {
  produced: 'Produced in full and Bates-numbered.',
  'partly-withheld': 'Produced with redactions; the withheld parts go in the privilege log.',
  withheld: 'Withheld in full: listed in the privilege log, never enclosed.',
  'not-responsive': 'Reviewed and not responsive: neither produced nor logged.',
};

export const RECORD_STATUS_CHOICES = RECORD_STATUSES.map((value) => ({
  value,
  label: choiceLabel(value),
  meaning: RECORD_MEANINGS[value],
}));

export const recordStatusMeaning = (status: RecordStatus): string => RECORD_MEANINGS[status];

/** Withheld in whole or part: the privilege log needs the privilege or exception. */
export const needsBasis = (status: RecordStatus): boolean =>
  status === 'withheld' || status === 'partly-withheld';

type RequestStatus = MatterRequest['status'];

const REQUEST_MEANINGS: Record<RequestStatus, string> = {
  pending: 'Not decided yet; decide before the response goes out.',
  produced: 'Answered by producing records: tick the records below.',
  withheld: 'Responsive records exist but are withheld in full; give the basis.',
  'partly-withheld': 'Records are produced with parts withheld; give the basis.',
  'no-records': 'A search found no responsive records.',
  objection: 'The City objects to the request; give the basis.',
};

export const requestStatusMeaning = (status: RequestStatus): string => REQUEST_MEANINGS[status];
