import { describe, expect, it } from 'vitest';
import type { MatterFile } from '../../../core/api/contract';
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

const file = (exhibitExcerptIds: string[], excerptIds: string[]) =>
  ({
    excerpts: excerptIds.map(excerpt),
    exhibits: exhibitExcerptIds.map((excerptId, i) => ({
      id: `e${i}`,
      description: `Exhibit number ${i + 1}`,
      excerptId,
    })),
    exhibitSettings: {
      labelStyle: 'letters',
      bates: { enabled: false, prefix: 'CITY-AG-', start: 1, digits: 6 },
    },
  }) as unknown as MatterFile;

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
});
