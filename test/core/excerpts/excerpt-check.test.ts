import { describe, expect, it } from 'vitest';
import { checkExcerpts } from '../../../core/excerpts/excerpt-check';
import type { Excerpt } from '../../../core/excerpts/excerpt';

const excerpt = (id: string, text: string, sha = 'abc'): Excerpt => ({
  id,
  sourceId: 'src',
  sourceSha256: sha,
  sourceTitle: 'General Order 301.00',
  identifier: '',
  section: '',
  pageStart: 1,
  pageEnd: 1,
  sourcePageCount: 2,
  wholeSource: false,
  text,
});

describe('excerpt check before export', () => {
  it('flags a missing source, a different file, and edited text; passes a faithful quote', () => {
    const source = { id: 'src', sha256: 'abc', text: 'Officers shall forward every\n\ndetainer request.' };
    const results = checkExcerpts(
      [
        excerpt('ok', 'forward every detainer request'),
        excerpt('edited', 'forward some requests'),
        excerpt('file', 'x', 'zzz'),
        excerpt('gone', 'x'),
      ],
      (e) => (e.id === 'gone' ? undefined : source),
    );
    expect(results.map((r) => r.status)).toEqual(['ok', 'changed', 'changed', 'missing']);
    expect(results[3]!.message).toMatch(/no longer in the library/);
  });
});
