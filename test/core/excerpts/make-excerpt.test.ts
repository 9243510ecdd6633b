import { describe, expect, it } from 'vitest';
import { makeExcerpt, quoteBlocks, wholeSourceExcerpt } from '../../../core/excerpts/make-excerpt';
import type { SourceDetail } from '../../../core/library/library-types';

const text = 'Intro.\n\n3.2 Detainer Requests\n\nForward every request.\n\nLog each one.';
const p2 = text.indexOf('3.2');
const source: SourceDetail = {
  id: 's1',
  title: 'Immigration Enforcement',
  kind: 'policy',
  identifier: 'General Order 301.00',
  effectiveDate: '',
  fileName: 'go.pdf',
  sha256: 'abc',
  pageCount: 3,
  importedAt: '',
  text,
  pages: [
    { page: 1, start: 0, end: p2 },
    { page: 2, start: p2, end: text.indexOf('Log') },
    { page: 3, start: text.indexOf('Log'), end: text.length },
  ],
  sections: [{ title: '3.2 Detainer Requests', level: 2, start: p2, end: text.length }],
};

describe('excerpts from a selection', () => {
  it('pinpoints the pages and section of the selected text and quotes it with its citation', () => {
    const start = text.indexOf('Forward') - 2;
    const excerpt = makeExcerpt(source, start, text.length, 'x1')!;
    expect(excerpt).toMatchObject({
      pageStart: 2,
      pageEnd: 3,
      section: '3.2 Detainer Requests',
      sourceSha256: 'abc',
    });
    expect(excerpt.text).toBe('Forward every request.\n\nLog each one.');
    const blocks = quoteBlocks(excerpt);
    expect(blocks[0]).toEqual({
      type: 'block-quote',
      children: [
        { type: 'paragraph', children: [{ text: 'Forward every request.' }] },
        { type: 'paragraph', children: [{ text: 'Log each one.' }] },
      ],
    });
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [{ text: 'General Order 301.00, Immigration Enforcement, § 3.2, at 2-3.' }],
    });
  });

  it('ignores an empty selection and attaches a whole source', () => {
    expect(makeExcerpt(source, 3, 3, 'x')).toBeUndefined();
    expect(wholeSourceExcerpt(source, 'w')).toMatchObject({
      wholeSource: true,
      pageStart: 1,
      pageEnd: 3,
      text,
    });
  });
});
