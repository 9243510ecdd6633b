// A matter file with records whose text is held in whole-source excerpts, for the production's pure steps.
import type { Excerpt } from '../../../core/excerpts/excerpt';
import { newMatterFile, type MatterFile } from '../../../core/matter-file/matter-file';
import { newMatter } from '../../../core/matter/new-matter';
import { recordSchema, type MatterRecord } from '../../../core/records/record';

export function excerptOf(id: string, text: string): Excerpt {
  return {
    id: `x-${id}`,
    sourceId: `s-${id}`,
    sourceSha256: id.padEnd(64, '0'),
    sourceTitle: `Source ${id}`,
    identifier: '',
    section: '',
    pageStart: 1,
    pageEnd: 1,
    sourcePageCount: 1,
    wholeSource: true,
    text,
  };
}

export function recordWith(id: string, fields: Partial<MatterRecord> = {}): MatterRecord {
  return recordSchema.parse({ id, description: `Record ${id}`, excerptId: `x-${id}`, ...fields });
}

/** Records a, b, c… each with its text. */
export function fileWithRecords(
  texts: Record<string, string>,
  fields: Record<string, Partial<MatterRecord>> = {},
): MatterFile {
  const file = newMatterFile(newMatter());
  return {
    ...file,
    records: Object.keys(texts).map((id) => recordWith(id, fields[id])),
    excerpts: Object.entries(texts).map(([id, text]) => excerptOf(id, text)),
  };
}

let next = 0;
export const testId = (): string => `id-${++next}`;
