import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import type { ContentBlock } from '../../../core/document/model';
import { docxParts, headerFooter, paragraphWith, paragraphsOf, part, textOf } from '../../support/docx-xml';
import { field, sampleLetter } from '../../support/sample-letter';

const documentXml = async () => part(await docxParts(buildDocx(sampleLetter())), 'word/document.xml');

describe('letter parts', () => {
  it('keeps the signature block on one page, with the closing before it and the enclosures and cc after it', async () => {
    const document = await documentXml();
    const paragraphs = paragraphsOf(document);
    const closing = paragraphs.findIndex((paragraph) => textOf(paragraph) === 'Sincerely,');
    const signature = paragraphs.slice(closing + 1, closing + 5);
    expect(textOf(signature[0]!)).toContain('Tammy L. Palomino');
    expect(paragraphs[closing]).toContain('<w:keepNext/>');
    signature.forEach((paragraph, index) => {
      expect(paragraph, `signature line ${index + 1}`).toContain('<w:keepLines/>');
      if (index < signature.length - 1)
        expect(paragraph, `signature line ${index + 1}`).toContain('<w:keepNext/>');
    });
    // The enclosures and the cc list follow the signature onto its page: the last signature line and the
    // enclosures keep with what comes next, and the cc list, last on the page, keeps with nothing.
    expect(signature.at(-1)).toContain('<w:keepNext/>');
    expect(paragraphWith(document, 'Enclosures:')).toContain('<w:keepNext/>');
    expect(paragraphWith(document, 'Mayor and City Council')).not.toContain('<w:keepNext/>');
  });

  it('lets a signature that closes the letter keep with nothing after it', async () => {
    const model = sampleLetter();
    model.children = model.children.filter((node) => node.type !== 'enclosures' && node.type !== 'cc-block');
    const paragraphs = paragraphsOf(part(await docxParts(buildDocx(model)), 'word/document.xml'));
    const last = paragraphs.findLast((paragraph) => textOf(paragraph).includes('counsel@dallas.example'));
    expect(last).toBeDefined();
    expect(last).not.toContain('<w:keepNext/>');
  });

  it("leaves room to sign above a form's signature line of underscores", async () => {
    const model = sampleLetter();
    model.children = [
      {
        type: 'paragraph',
        children: [{ text: 'I declare under penalty of perjury that the foregoing is true.' }],
      },
      {
        type: 'signature-block',
        children: [
          { type: 'paragraph', children: [{ text: '____________________' }] },
          { type: 'paragraph', children: [{ text: 'J. Custodian, Declarant' }] },
        ],
      },
    ];
    const document = part(await docxParts(buildDocx(model)), 'word/document.xml');
    expect(paragraphWith(document, '____')).toMatch(/<w:spacing w:after="0" w:before="480"\/>/);
    expect(paragraphWith(document, 'Declarant')).not.toMatch(/w:before=/);
  });

  it('sets "Re:" bold with the subject hanging after a tab', async () => {
    const re = paragraphWith(await documentXml(), 'Inquiry under Tex.');
    expect(re).toMatch(/<w:ind w:left="720" w:hanging="720"\/>/);
    expect(re).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Re:<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>/,
    );
  });

  it('adds a "Re:" when the template wrote the subject alone', async () => {
    const model = sampleLetter();
    model.children = [
      { type: 're-line', children: [{ type: 'paragraph', children: [{ text: 'Subject only' }] }] },
    ];
    const re = paragraphWith(part(await docxParts(buildDocx(model)), 'word/document.xml'), 'Subject only');
    expect(textOf(re)).toBe('Re:Subject only');
  });

  it('types the delivery line bold and closes each part with a blank line', async () => {
    const document = await documentXml();
    expect(paragraphWith(document, 'VIA EMAIL AND CERTIFIED MAIL')).toContain('<w:b/>');
    expect(paragraphWith(document, 'Special Litigation Division')).toContain('<w:spacing w:after="0"/>');
    expect(paragraphWith(document, 'Austin, Texas')).toContain('<w:spacing w:after="240"/>');
  });

  it('hangs the cc list after "cc:"', async () => {
    const cc = paragraphWith(await documentXml(), 'Mayor and City Council');
    expect(textOf(cc)).toBe('cc:Mayor and City CouncilCity Manager');
    expect(cc).toContain('<w:br/>');
    expect(cc).toMatch(/<w:ind w:left="720" w:hanging="720"\/>/);
  });

  it('indents the enclosures under their heading line', async () => {
    const enclosures = paragraphWith(await documentXml(), 'Enclosures:');
    expect(enclosures).toMatch(/<w:ind w:left="720" w:hanging="720"\/>/);
  });

  it('starts the page after a page break on the next paragraph, without an empty line', async () => {
    const model = sampleLetter();
    model.children = [
      { type: 'paragraph', children: [{ text: 'Before' }] },
      { type: 'page-break', children: [{ text: '' }] },
      { type: 'paragraph', children: [{ text: 'After' }] },
    ];
    const document = part(await docxParts(buildDocx(model)), 'word/document.xml');
    expect(paragraphWith(document, 'After')).toContain('<w:pageBreakBefore/>');
    expect(paragraphWith(document, 'Before')).not.toContain('<w:pageBreakBefore/>');
  });

  describe('in the shapes the markup converter produces (one paragraph, lines joined by breaks)', () => {
    const shaped: ContentBlock[] = [
      {
        type: 'letterhead',
        children: [
          {
            type: 'paragraph',
            children: [{ text: 'CITY OF DALLAS', bold: true }, { text: "\nCity Attorney's Office" }],
          },
        ],
      },
      {
        type: 're-line',
        children: [
          {
            type: 'paragraph',
            children: [
              { text: 'Re:', bold: true },
              { text: ' Inquiry no. ' },
              field('inquiry.referenceNumber', 'Ref', 'AG-1'),
            ],
          },
        ],
      },
      {
        type: 'signature-block',
        children: [
          { type: 'paragraph', children: [{ text: 'Respectfully,' }] },
          { type: 'paragraph', children: [{ text: 'A. Lawyer\nCity Attorney' }] },
        ],
      },
      {
        type: 'cc-block',
        children: [{ type: 'paragraph', children: [{ text: 'cc:\nCity Manager\nChief of Police' }] }],
      },
    ];
    const exported = async () => {
      const model = sampleLetter();
      model.children = shaped;
      return docxParts(buildDocx(model));
    };

    it("sets only the letterhead's first line larger", async () => {
      const header = headerFooter(await exported(), 'header', 'first');
      expect(header).toMatch(/<w:sz w:val="28"\/>(?:(?!<w:r>).)*CITY OF DALLAS/s);
      expect(header).not.toMatch(/<w:sz w:val="28"\/>(?:(?!<w:r>).)*City Attorney/s);
    });

    it('hangs the subject after "Re:" with no stray space', async () => {
      const re = paragraphWith(part(await exported(), 'word/document.xml'), 'Inquiry no.');
      expect(textOf(re)).toBe('Re:Inquiry no. AG-1');
    });

    it('leaves room to sign after the closing inside the signature block', async () => {
      const closing = paragraphWith(part(await exported(), 'word/document.xml'), 'Respectfully,');
      expect(closing).toContain('<w:spacing w:after="720"/>');
      expect(closing).toContain('<w:keepNext/>');
    });

    it('puts the first copy on the "cc:" line', async () => {
      const cc = paragraphWith(part(await exported(), 'word/document.xml'), 'City Manager');
      expect(cc).toMatch(/>cc:<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t[^>]*>City Manager<\/w:t>/);
    });
  });
});
