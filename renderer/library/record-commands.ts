// What the Library & Exhibits tab does to the open matter. Every change goes through changeFile, so it is
// marked unsaved and the drafts are bound again (labels, Bates numbers and answers follow). Commands that the
// user should hear about return a sentence for the panel's status line.
import type { Excerpt } from '../../core/excerpts/excerpt';
import type { BatesSettings, LabelStyle } from '../../core/exhibits/exhibit';
import { findExhibitReferences, type ExhibitReference } from '../../core/exhibits/exhibit-refs';
import type { SourceFamily } from '../../core/library/mail-types';
import type { MatterFile } from '../../core/matter-file/matter-file';
import type { RecordStatus } from '../../core/records/record';
import { withCountedPages } from '../../core/records/counted-pages';
import { familyRecords } from '../../core/records/record-family';
import { recordViews } from '../../core/records/record-views';
import { store } from '../app/desk-store';
import { changeActiveLetter, changeFile } from '../app/file-changes';
import {
  appendFamily,
  appendRecord,
  attachExcerpt,
  enclose,
  keepExcerptIn,
  lettersEnclosing,
  moveRecord,
  removeRecord,
  toggleRequest,
  updateRecord,
  whyNotEnclosable,
} from './record-changes';
import { recordName } from './record-words';

export const newId = (): string => crypto.randomUUID();

const NO_MATTER =
  'Open or create a matter first; records, excerpts and exhibits are kept in the matter file.';

function change(update: (file: MatterFile) => MatterFile): boolean {
  if (!store.get().file) {
    store.alert(NO_MATTER);
    return false;
  }
  changeFile(update);
  return true;
}

/** The record's name as the list shows it now ("Exhibit B", "Record 3"). */
function nameOf(id: string): string {
  const file = store.get().file;
  const view = file && recordViews(file).all.find((v) => v.id === id);
  return view ? recordName(view) : 'The record';
}

/** Runs a change that may stop the record being enclosable, and says which letters no longer enclose it. */
function changeEnclosable(id: string, update: (file: MatterFile) => MatterFile): string {
  const before = store.snapshot();
  // Named as the user knew it: a withheld exhibit loses its letter with this very change.
  const name = nameOf(id);
  if (!before || !change(update)) return '';
  const record = store.get().file?.records.find((r) => r.id === id);
  const dropped = record && whyNotEnclosable(record) ? lettersEnclosing(before, id) : 0;
  if (dropped === 0) return '';
  return `${name} is no longer enclosed with ${dropped === 1 ? 'the letter' : `${dropped} letters`}.`;
}

export const describeRecord = (id: string, description: string) =>
  change((f) => updateRecord(f, id, { description }));

export const setBasis = (id: string, basis: string) => change((f) => updateRecord(f, id, { basis }));

/** The record's facts the privilege log and the PIA letter print (all text, or a date written YYYY-MM-DD). */
export type RecordFact =
  | 'controlNumber'
  | 'date'
  | 'documentType'
  | 'author'
  | 'recipients'
  | 'attorneys'
  | 'subject'
  | 'piaException'
  | 'redactedPages';

export const setRecordFact = (id: string, field: RecordFact, value: string) =>
  change((f) => updateRecord(f, id, { [field]: value }));

export const setPages = (id: string, pages: number) => change((f) => updateRecord(f, id, { pages }));

export const toggleRecordRequest = (id: string, requestNumber: string) =>
  change((f) => toggleRequest(f, id, requestNumber));

export const setStatus = (id: string, status: RecordStatus): string =>
  changeEnclosable(id, (f) => updateRecord(f, id, { status }));

export function setExhibit(id: string, exhibit: boolean): string {
  const dropped = changeEnclosable(id, (f) => updateRecord(f, id, { exhibit }));
  return dropped || (exhibit ? `Attached as ${nameOf(id)}.` : `${nameOf(id)} is no longer an exhibit.`);
}

/** Encloses the exhibit with the open letter, or stops enclosing it. */
export function setEnclosedHere(id: string, enclosed: boolean): void {
  changeActiveLetter((letter) => ({ ...letter, exhibitIds: enclose(letter.exhibitIds, id, enclosed) }));
}

export function moveRecordTo(id: string, to: number): string {
  change((f) => moveRecord(f, id, to));
  const name = nameOf(id);
  return `Moved to position ${to + 1}${name.startsWith('Exhibit') ? `; now ${name}` : ''}.`;
}

/** The paragraphs in the drafts (the open one as it is now) that refer to the record: shown before deleting. */
export function referencesTo(id: string): ExhibitReference[] {
  const drafts = store.snapshot()?.drafts ?? [];
  return findExhibitReferences(
    drafts.filter((d) => !d.damaged && Array.isArray(d.body)),
    id,
  );
}

export function deleteRecord(id: string): string {
  const name = nameOf(id);
  change((f) => removeRecord(f, id));
  return `Deleted ${name}; the records after it moved up.`;
}

/** A paper record (or one kept elsewhere): described, with its page count, and not yet an exhibit. */
export function addRecordWithoutText(description: string, pages: number): string {
  const id = newId();
  if (!change((f) => appendRecord(f, { id, description, pages }))) return '';
  return `Added ${nameOf(id)}: ${description || 'no description'}, ${pages} page${pages === 1 ? '' : 's'}.`;
}

/** Attaching from the library; returns the new exhibit's name, or null without a matter. */
export function attachFromLibrary(excerpt: Excerpt, description: string, printedPages = 0): string | null {
  const id = newId();
  const draftId = store.get().activeDraftId;
  if (!change((f) => attachExcerpt(f, excerpt, { id, description, printedPages }, draftId))) return null;
  return nameOf(id);
}

/**
 * Stores a whole record's pages once they are counted (its pages were made for the viewer or the page view),
 * as an ordinary change to the matter, so every letter binds again from it; nothing when the count is the
 * same or the record was produced already (see withCountedPages).
 */
export function keepCountedPages(recordId: string, count: number): void {
  const file = store.get().file;
  if (!file || withCountedPages(file, recordId, count) === file) return;
  changeFile((f) => withCountedPages(f, recordId, count));
}

export const keepExcerpt = (excerpt: Excerpt): boolean => change((f) => keepExcerptIn(f, excerpt));

/** Adds an email (or a thread) and its attachments as one family of produced records; says what was added. */
export function addFamilyToRecords(family: SourceFamily): string {
  const made = familyRecords(family, newId);
  if (made.records.length === 0 || !change((f) => appendFamily(f, made))) return '';
  const first = nameOf(made.records[0]!.id);
  const last = nameOf(made.records[made.records.length - 1]!.id);
  const messages = family.members.filter((m) => m.mail).length;
  const attachments = family.members.length - messages;
  const what = `${messages === 1 ? 'the message' : `${messages} messages`} and ${attachments} attachment${attachments === 1 ? '' : 's'}`;
  return `Added ${what} to the records as one family (${made.records.length === 1 ? first : `${first} to ${last}`}); produced together, they take consecutive Bates numbers.`;
}

export const setLabelStyle = (labelStyle: LabelStyle) =>
  change((f) => ({ ...f, exhibitSettings: { ...f.exhibitSettings, labelStyle } }));

export const setBates = (patch: Partial<BatesSettings>) =>
  change((f) => ({
    ...f,
    exhibitSettings: { ...f.exhibitSettings, bates: { ...f.exhibitSettings.bates, ...patch } },
  }));

/** Puts "Exhibit B" at the editor's cursor; says what happened, for the panel's status line. */
export function insertReference(id: string): string {
  const file = store.get().file;
  const live = store.liveEditor;
  if (!file) return 'Open or create a matter first.';
  if (!live)
    return 'No draft is open. Open one on the Drafts tab, place the cursor, then insert the reference.';
  const label = recordViews(file).exhibits.find((v) => v.id === id)?.exhibitLabel;
  if (label === undefined) return 'That record is not an exhibit any more.';
  live.insertExhibitRef(id, label);
  return `Inserted “Exhibit ${label}” in the draft.`;
}
