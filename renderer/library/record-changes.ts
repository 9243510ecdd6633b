// What the Library & Exhibits tab does to the records list, as plain functions from one matter file to the
// next (record-commands.ts hands them to changeFile). A letter encloses only exhibits that go out, so a record
// that stops being one (withheld, not an exhibit, deleted) leaves every letter's enclosures at once.
import type { Excerpt } from '../../core/excerpts/excerpt';
import { moveExhibitTo } from '../../core/exhibits/exhibit-order';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { isProduced, recordSchema, type MatterRecord } from '../../core/records/record';
import { keepFamiliesTogether } from '../../core/records/record-family';

type RecordPatch = Partial<Omit<MatterRecord, 'id'>>;

/** Why a record cannot be enclosed with a letter, in the words the row shows; null when it can. */
export function whyNotEnclosable(record: Pick<MatterRecord, 'exhibit' | 'status'>): string | null {
  if (!record.exhibit) return 'Only exhibits are enclosed: tick “Exhibit” first.';
  if (record.status === 'withheld') return 'Withheld records are never enclosed.';
  if (!isProduced(record)) return 'Not responsive, so not produced or enclosed.';
  return null;
}

function withoutEnclosure(file: MatterFile, recordId: string): MatterFile {
  if (!file.drafts.some((d) => d.letter.exhibitIds.includes(recordId))) return file;
  return {
    ...file,
    drafts: file.drafts.map((d) =>
      d.letter.exhibitIds.includes(recordId)
        ? { ...d, letter: { ...d.letter, exhibitIds: d.letter.exhibitIds.filter((id) => id !== recordId) } }
        : d,
    ),
  };
}

/** How many letters enclose the record now (said when a change takes it out of them). */
export const lettersEnclosing = (file: MatterFile, recordId: string): number =>
  file.drafts.filter((d) => d.letter.exhibitIds.includes(recordId)).length;

export function updateRecord(file: MatterFile, id: string, patch: RecordPatch): MatterFile {
  const records = file.records.map((r) => (r.id === id ? { ...r, ...patch } : r));
  const changed = records.find((r) => r.id === id);
  const next = { ...file, records };
  return changed && whyNotEnclosable(changed) ? withoutEnclosure(next, id) : next;
}

/** Ticks or unticks one request the record answers; the request matrix and the row share it. */
export function toggleRequest(file: MatterFile, id: string, requestNumber: string): MatterFile {
  const record = file.records.find((r) => r.id === id);
  if (!record) return file;
  const has = record.requestNumbers.includes(requestNumber);
  const requestNumbers = has
    ? record.requestNumbers.filter((n) => n !== requestNumber)
    : [...record.requestNumbers, requestNumber];
  return updateRecord(file, id, { requestNumbers });
}

/** Moves a record; a family (an email and its attachments) moves as one and is never split. */
export function moveRecord(file: MatterFile, id: string, to: number): MatterFile {
  return { ...file, records: keepFamiliesTogether(moveExhibitTo(file.records, id, to)) };
}

/** A family of records (an email or a thread with its attachments) at the end of the list, with its excerpts. */
export function appendFamily(
  file: MatterFile,
  family: { records: MatterRecord[]; excerpts: Excerpt[] },
): MatterFile {
  return {
    ...file,
    excerpts: [...file.excerpts, ...family.excerpts],
    records: [...file.records, ...family.records],
  };
}

/** Takes the record out of the list, its excerpt too when nothing else uses it, and out of every letter. */
export function removeRecord(file: MatterFile, id: string): MatterFile {
  const record = file.records.find((r) => r.id === id);
  if (!record) return file;
  const records = file.records.filter((r) => r.id !== id);
  const stillUsed = !record.excerptId || records.some((r) => r.excerptId === record.excerptId);
  const excerpts = stillUsed ? file.excerpts : file.excerpts.filter((e) => e.id !== record.excerptId);
  return withoutEnclosure({ ...file, records, excerpts }, id);
}

/** A letter's enclosed exhibits with one added or taken out (the letter lists them in label order anyway). */
export function enclose(exhibitIds: readonly string[], id: string, enclosed: boolean): string[] {
  const others = exhibitIds.filter((x) => x !== id);
  return enclosed ? [...others, id] : others;
}

function encloseIn(file: MatterFile, draftId: string, id: string): MatterFile {
  return {
    ...file,
    drafts: file.drafts.map((d) =>
      d.id === draftId
        ? { ...d, letter: { ...d.letter, exhibitIds: enclose(d.letter.exhibitIds, id, true) } }
        : d,
    ),
  };
}

/** A new record at the end of the list, every field not given at its default. */
export function appendRecord(file: MatterFile, record: Partial<MatterRecord> & { id: string }): MatterFile {
  return { ...file, records: [...file.records, recordSchema.parse(record)] };
}

/**
 * Attaching from the library: the excerpt is kept in the matter and becomes a produced exhibit at the end of
 * the list. `draftId` is the letter being drafted, which encloses it too (the user attached it for that letter).
 * `printedPages` is the source's own page count when known at once (a PDF attached whole), so every letter
 * counts its real pages from the start.
 */
export function attachExcerpt(
  file: MatterFile,
  excerpt: Excerpt,
  record: { id: string; description: string; printedPages?: number },
  draftId: string | null,
): MatterFile {
  const kept = { ...file, excerpts: [...file.excerpts.filter((e) => e.id !== excerpt.id), excerpt] };
  const added = appendRecord(kept, {
    ...record,
    excerptId: excerpt.id,
    exhibit: true,
    status: 'produced',
  });
  return draftId ? encloseIn(added, draftId, record.id) : added;
}

/** Stores a quoted excerpt in the matter (so the matter stays self-contained); no record is made of it. */
export function keepExcerptIn(file: MatterFile, excerpt: Excerpt): MatterFile {
  return { ...file, excerpts: [...file.excerpts.filter((e) => e.id !== excerpt.id), excerpt] };
}
