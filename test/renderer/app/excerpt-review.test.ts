import { describe, expect, it } from 'vitest';
import type { MatterFile } from '../../../core/api/contract';
import { newMatter } from '../../../core/matter/new-matter';
import { newMatterFile } from '../../../core/matter-file/matter-file';
import { recordSchema } from '../../../core/records/record';
import { exhibitsWithoutText } from '../../../renderer/app/excerpt-review';

const excerpt = (id: string) => ({
  id,
  sourceId: 's',
  sourceSha256: 'h',
  sourceTitle: 'General Order 301.00',
  identifier: '',
  section: '',
  pageStart: 1,
  pageEnd: 1,
  sourcePageCount: 1,
  wholeSource: false,
  text: 'Officers shall forward every request.',
});

const file = (exhibitExcerptIds: string[], excerptIds: string[]): MatterFile => ({
  ...newMatterFile(newMatter()),
  excerpts: excerptIds.map(excerpt),
  records: exhibitExcerptIds.map((excerptId, i) =>
    recordSchema.parse({ id: `e${i}`, description: `Exhibit number ${i + 1}`, excerptId, exhibit: true }),
  ),
});

describe('exhibits that would be lost in an export', () => {
  it('names each exhibit whose text is missing from the matter, by its current label', () => {
    expect(exhibitsWithoutText(file(['x1', 'gone', 'x2'], ['x1', 'x2']))).toEqual([
      'Exhibit B (Exhibit number 2)',
    ]);
  });

  it('finds nothing when every exhibit has its text', () => {
    expect(exhibitsWithoutText(file(['x1', 'x1'], ['x1']))).toEqual([]);
    expect(exhibitsWithoutText(file([], []))).toEqual([]);
  });

  it('leaves out an exhibit that never had text (a paper record counted by its pages)', () => {
    expect(exhibitsWithoutText(file(['x1', ''], ['x1']))).toEqual([]);
  });
});
