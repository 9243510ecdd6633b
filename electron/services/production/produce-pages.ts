// The records' pages of a volume: each record Bates-stamped with its redactions (produce-record.ts), checked
// for any redacted phrase still readable and any text left under a box (leftover-check.ts), then written as
// RECORDS/<first number>.pdf. A cleaned page that fails the check is produced again as a picture; anything
// left after that stops the production, naming the record, the page and the phrase.
import type { MatterFile } from '../../../core/matter-file/matter-file';
import type { PlannedRange } from '../../../core/production/bates-plan';
import type { ProducedRecordFacts } from '../../../core/production/production-index';
import type { RecordOutcome, Selected } from '../../../core/production/production-selection';
import type { PhraseRedaction } from '../../../core/production/redaction';
import { safeFileName } from '../export-service';
import { findLeftovers } from './leftover-check';
import { produceRecord, type RecordInput, type RecordOutput } from './produce-record';
import { ProductionError } from './production-error';
import { recordName, type RecordPages } from './record-sources';
import type { VolumeWriter } from './volume-writer';

export interface ProducedRecordPages {
  id: string;
  facts: ProducedRecordFacts;
  outcome: RecordOutcome;
}

export interface ProducedPages {
  byId: Map<string, ProducedRecordPages>;
  imagePages: { name: string; labels: string[] }[];
  /** Every page with a redaction, by record: its text removed under the boxes, or the page made a picture. */
  redactedPages: { name: string; labels: string[] }[];
  notes: string[];
}

export async function producePages(
  writer: VolumeWriter,
  file: Pick<MatterFile, 'productionRedactions' | 'excerpts'>,
  selected: readonly Selected[],
  sources: ReadonlyMap<string, RecordPages>,
  ranges: readonly PlannedRange[],
  onRecord?: (done: number, total: number) => void,
): Promise<ProducedPages> {
  const byId = new Map<string, ProducedRecordPages>();
  const imagePages: ProducedPages['imagePages'] = [];
  const redactedPages: ProducedPages['redactedPages'] = [];
  const notes: string[] = [];
  const everywhere = new Map(file.productionRedactions.map((r) => [r.id, 0]));
  for (const [i, { record, index }] of selected.entries()) {
    const range = ranges[i]!;
    const name = recordName(record, index);
    const phrases: PhraseRedaction[] = [
      ...record.redactions.filter((r) => r.kind === 'phrase'),
      ...file.productionRedactions,
    ];
    const { result, left } = await checkedRecord(
      {
        name,
        pdf: sources.get(record.id)!.pdf,
        prefix: range.prefix,
        digits: range.digits,
        first: range.first,
        phrases,
        boxes: record.redactions.filter((r) => r.kind === 'box'),
      },
      [...new Set(phrases.map((p) => p.phrase))],
    );
    if (left.length > 0)
      throw new ProductionError(
        `The production was stopped: a redacted phrase can still be read in ${name}, so nothing was written.`,
        left.map(
          (l) =>
            `"${l.phrase}" at ${l.where}; black out a box over it on that page (redact --box) and produce again.`,
        ),
      );
    for (const r of record.redactions)
      if (r.kind === 'phrase' && !result.found.has(r.id))
        notes.push(
          `"${r.phrase}" was not found in the text of ${name}, so nothing was blacked out for it (a scanned page has no text to search; black out a box there with redact --box).`,
        );
    for (const r of file.productionRedactions)
      everywhere.set(r.id, everywhere.get(r.id)! + (result.found.get(r.id) ?? 0));
    // Named by its first Bates number; a prefix may hold characters a file name cannot (DAL/AG).
    const file_ = `RECORDS/${safeFileName(result.labels[0]!, '.pdf')}`;
    await writer.write(file_, result.bytes);
    const redactedLabels = result.redactedPages.map((n) => result.labels[n - 1]!);
    const pictures = result.imagePages.map((n) => result.labels[n - 1]!);
    if (pictures.length > 0) imagePages.push({ name, labels: pictures });
    if (redactedLabels.length > 0) redactedPages.push({ name, labels: redactedLabels });
    notes.push(...pictureNotes(name, result));
    byId.set(record.id, {
      id: record.id,
      facts: {
        batesBegin: result.labels[0]!,
        batesEnd: result.labels.at(-1)!,
        pages: result.labels.length,
        file: file_,
        redactedPages: redactedLabels,
        reasons: result.reasons,
      },
      outcome: {
        pages: result.labels.length,
        numbers: {
          volume: writer.volume,
          first: range.first,
          last: range.last,
          prefix: range.prefix,
          digits: range.digits,
        },
        redactedLabels,
      },
    });
    onRecord?.(i + 1, selected.length);
  }
  for (const r of file.productionRedactions)
    if (everywhere.get(r.id) === 0)
      notes.push(
        `"${r.phrase}" (to be redacted in every record) was not found in any record of this volume.`,
      );
  return { byId, imagePages, redactedPages, notes };
}

/**
 * The record produced and checked. When all that is left is text under the boxes of cleaned pages, those pages
 * are produced again as pictures of themselves (the boxes burned in) and the record checked again. A phrase
 * found elsewhere is not, since a picture would only hide it from the check: that stops the production.
 */
async function checkedRecord(input: RecordInput, phrases: string[]) {
  const result = await produceRecord(input);
  const left = await findLeftovers(result.bytes, result.labels, phrases, result.cleaned);
  if (left.length === 0 || !left.every((l) => l.underBox)) return { result, left };
  const again = await produceRecord({ ...input, asPictures: new Set(left.map((l) => l.page!)) });
  return { result: again, left: await findLeftovers(again.bytes, again.labels, phrases, again.cleaned) };
}

/** Why pages became pictures, one note a reason: "In record 2 (memo), DAL-000004 ... : a picture lies under a box." */
function pictureNotes(name: string, result: RecordOutput): string[] {
  const byReason = new Map<string, string[]>();
  for (const n of result.imagePages) {
    const reason = result.pictureReasons.get(n) ?? '';
    byReason.set(reason, [...(byReason.get(reason) ?? []), result.labels[n - 1]!]);
  }
  return [...byReason].map(
    ([reason, labels]) =>
      `In ${name}, ${labels.join(', ')} could not be cleaned of the text under the redactions with certainty (${reason}), so ${labels.length === 1 ? 'it was' : 'they were'} produced as a picture of the page with the boxes burned in.`,
  );
}
