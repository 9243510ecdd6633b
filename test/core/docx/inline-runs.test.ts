import { describe, expect, it } from 'vitest';
import type { DocumentModel, InlineNode } from '../../../core/document/model';
import { buildDocx } from '../../../core/docx/build-docx';
import type { DocxOptions } from '../../../core/docx/build-docx';
import { docxParts, paragraphWith, part, textOf } from '../../support/docx-xml';
import { field } from '../../support/sample-letter';

const oneParagraph = (children: InlineNode[]): DocumentModel => ({
  title: 'T',
  subject: 'S',
  author: 'A',
  continuation: { addressee: '', date: '' },
  children: [{ type: 'paragraph', children }],
});

const exported = async (children: InlineNode[], options?: DocxOptions) =>
  part(await docxParts(buildDocx(oneParagraph(children), options)), 'word/document.xml');

describe('inline content', () => {
  it('shows a matter field with its value and its marks', async () => {
    const document = await exported([
      { text: 'Dear ' },
      field('requester.contactName', 'Contact name', 'Ms. Examiner', { bold: true }),
    ]);
    const paragraph = paragraphWith(document, 'Dear');
    expect(textOf(paragraph)).toBe('Dear Ms. Examiner');
    expect(paragraph).toMatch(/<w:b\/>.*Ms\. Examiner/s);
  });

  it('shows an empty field as a yellow-highlighted "[label]" so it cannot be missed', async () => {
    const document = await exported([
      { text: 'No. ' },
      field('inquiry.referenceNumber', 'Reference number', '  '),
    ]);
    const paragraph = paragraphWith(document, 'No.');
    expect(textOf(paragraph)).toBe('No. [Reference number]');
    expect(paragraph).toMatch(/<w:highlight w:val="yellow"\/>.*\[Reference number\]/s);
  });

  it("keeps a section range on one line with Word's non-breaking hyphen", async () => {
    const document = await exported([{ text: 'under §§\u00A0552.101\u2011.107 of the Act' }]);
    const paragraph = paragraphWith(document, 'under');
    expect(paragraph).toMatch(/552\.101<\/w:t><w:noBreakHyphen\/><w:t[^>]*>\.107 of the Act/);
    expect(paragraph).not.toContain('\u2011');
  });

  it('writes an exhibit reference with its current label', async () => {
    const ref: InlineNode = { type: 'exhibit-ref', exhibitId: 'e1', label: 'A', children: [{ text: '' }] };
    expect(textOf(await exported([{ text: 'See ' }, ref]))).toBe('See Exhibit A');
    expect(textOf(await exported([{ text: 'See ' }, ref], { exhibits: [{ id: 'e1', label: 'C' }] }))).toBe(
      'See Exhibit C',
    );
  });

  it('turns newlines into line breaks and tabs into tabs', async () => {
    const paragraph = paragraphWith(await exported([{ text: 'one\ttwo\nthree' }]), 'one');
    expect(paragraph).toMatch(/one<\/w:t><w:tab\/><w:t[^>]*>two<\/w:t>.*<w:br\/>.*three/s);
    expect(textOf(paragraph)).toBe('onetwothree');
  });

  it('keeps markup characters literal and drops characters XML cannot hold', async () => {
    const value = 'a\u0000b\u0007c\uFFFE <b>&amp; *x* {{y}} \uD800 \u05E9\u05DC\u05D5\u05DD \u{1F600}';
    const document = await exported([field('x', 'X', value), { text: '\u000B\u001Fend' }]);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(document).toContain('&lt;b&gt;&amp;amp; *x* {{y}}');
    // Right-to-left letters in it: the value is isolated (bidi-isolation.test.ts), its text unchanged.
    expect(textOf(document)).toContain(
      '\u2068abc &lt;b&gt;&amp;amp; *x* {{y}}  \u05E9\u05DC\u05D5\u05DD \u{1F600}\u2069end',
    );
  });
});

describe('document properties', () => {
  it('sets title, subject, author and description', async () => {
    const model: DocumentModel = {
      ...oneParagraph([{ text: 'x' }]),
      title: 'Response\u0001 letter',
      subject: 'Ch. 752 inquiry',
      author: 'A. Lawyer',
    };
    const core = part(
      await docxParts(buildDocx(model, { description: 'Answer to the AG' })),
      'docProps/core.xml',
    );
    expect(core).toContain('<dc:title>Response letter</dc:title>');
    expect(core).toContain('<dc:subject>Ch. 752 inquiry</dc:subject>');
    expect(core).toContain('<dc:creator>A. Lawyer</dc:creator>');
    expect(core).toContain('<dc:description>Answer to the AG</dc:description>');
  });
});
