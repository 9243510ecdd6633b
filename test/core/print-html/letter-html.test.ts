// The print HTML of a letter, read as markup: every value escaped, right-to-left values isolated as the DOCX
// isolates them, the page furniture in the page's CSS, the letter's parts laid out as the DOCX lays them out.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import { cssString, escapeHtml } from '../../../core/print-html/escape';
import { printLetterHtml } from '../../../core/print-html/letter-html';
import { field, p, sampleLetter } from '../../support/sample-letter';

const letter = (
  children: DocumentModel['children'],
  continuation = { addressee: 'Jane Q. Examiner', date: 'April 4, 2025' },
): DocumentModel => ({
  title: 'Response',
  subject: 'Inquiry',
  author: 'Counsel',
  continuation,
  children,
});

describe('printLetterHtml', () => {
  it('escapes markup in text, values and labels, so a value cannot become a tag or end the stylesheet', () => {
    const hostile = '<img src=x onerror=alert(1)> & "quoted" \'single\'';
    const html = printLetterHtml(
      letter(
        [p(hostile, field('a.b', '<b>label</b>', '')), p(field('c', 'C', '</style><script>x</script>'))],
        {
          addressee: '"; } body { display: none } </style><script>',
          date: 'April 4, 2025',
        },
      ),
    ).letter;
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
    expect(html).toContain('<mark>[&lt;b&gt;label&lt;/b&gt;]</mark>');
    // One </style>: the page's own.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    // The addressee stays inside its CSS string: its quote and brackets are escapes, not syntax.
    expect(html).toContain('\\22 ; } body { display: none } \\3c /style\\3e \\3c script\\3e');
  });

  it('isolates a right-to-left value (FSI … PDI) and closes an override it leaves open, as the DOCX does', () => {
    const html = printLetterHtml(
      letter([p('To ', field('n', 'Name', '\u202Eمدينة دالاس'), ' at 5 pm.')]),
    ).letter;
    expect(html).toContain('To \u2068\u202Eمدينة دالاس\u202C\u2069 at 5 pm.');
    const plain = printLetterHtml(letter([p(field('n', 'Name', 'City of Dallas'))])).letter;
    expect(plain).toContain('<p>City of Dallas</p>');
  });

  it('numbers page one at its foot and heads later pages with addressee, date and Page X of Y', () => {
    const html = printLetterHtml(sampleLetter()).letter;
    expect(html).toContain('@page :first');
    expect(html).toMatch(
      /@top-left \{ content: "[^"]*Jane Q\. Examiner\\A April 4, 2025\\A " "Page " counter\(page\) " of " counter\(pages\)/,
    );
    expect(html).toMatch(
      /@page :first \{[^}]*@top-left \{ content: none; \}\s*@bottom-center \{ content: "Page " counter\(page\) " of " counter\(pages\)/,
    );
    expect(html).toContain('size: Letter');
    expect(html).toContain('font-family: "Times New Roman", "Liberation Serif", "Tinos", serif');
    expect(html).toMatch(/<header class="letterhead">.*<span class="first-line">CITY OF DALLAS<\/span>/s);
  });

  it('numbers every page at its foot when nobody is addressed (an affidavit)', () => {
    const html = printLetterHtml(letter([p('Sworn.')], { addressee: '', date: '' })).letter;
    expect(html).not.toContain('@top-left');
    expect(html).toMatch(/@page \{[^}]*@bottom-center \{ content: "Page "/);
  });

  it('hangs Re: in bold, keeps the signature with the enclosures, and prints footnotes as numbered notes', () => {
    const html = printLetterHtml(
      letter([
        { type: 're-line', children: [p('Re: Inquiry under ch. 752')] },
        p('See the order.', { type: 'footnote', children: [{ text: 'G.O. 315.02.' }] }),
        { type: 'signature-block', children: [p('Sincerely,'), p('Tammy L. Palomino')] },
        { type: 'enclosures', children: [p('Enclosures:'), p('Exhibit A')] },
      ]),
    ).letter;
    expect(html).toContain(
      '<p class="line last hanging"><span class="hang-label"><b>Re:</b></span>Inquiry under ch. 752</p>',
    );
    expect(html).toContain('<div class="part signature-block keep-next">');
    expect(html).toContain('<p class="line closing">Sincerely,</p>');
    expect(html).toContain('See the order.<sup class="note-ref">1</sup>');
    expect(html).toContain('<p class="note"><sup>1</sup> G.O. 315.02.</p>');
  });

  it('marks a draft on every page and prints the exhibits apart, each page with its Bates number', () => {
    const printed = printLetterHtml(letter([p('Text')]), {
      markDraft: true,
      exhibitSet: {
        bates: { enabled: true, prefix: 'DAL-', digits: 6, start: 1 },
        exhibits: [
          {
            id: 'x',
            label: 'A',
            description: 'Order <315>',
            citation: 'G.O. 315',
            pages: [['One.'], ['Two.']],
            pageCount: 3,
            range: { first: 7, last: 9 },
          },
        ],
      },
    });
    expect(printed.letter).toContain('DRAFT \\2014  required fields missing');
    expect(printed.exhibits).toContain('<h1>INDEX OF EXHIBITS</h1>');
    expect(printed.exhibits).toContain('<td class="range">DAL-000007 – DAL-000009</td>');
    expect(printed.exhibits).toContain('Order &lt;315&gt;');
    for (const label of ['DAL-000007', 'DAL-000008', 'DAL-000009'])
      expect(printed.exhibits).toContain(`<div class="page-label">${label}</div>`);
  });
});

describe('escaping', () => {
  it('turns quotes, backslashes, angle brackets and non-ASCII into CSS escapes, line breaks into \\A', () => {
    expect(cssString('a"b\\c<d>\né')).toBe('a\\22 b\\5c c\\3c d\\3e \\A \\e9 ');
    expect(escapeHtml('x\u0007y')).toBe('xy');
  });
});
