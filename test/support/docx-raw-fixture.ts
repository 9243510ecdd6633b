// Builds DOCX files from raw WordprocessingML, for what the docx package cannot write: the page breaks Word
// records when it lays a document out (w:lastRenderedPageBreak), styles that start a page, and footnotes
// exactly where a test wants them. Small helpers write paragraphs; rawDocx packs the parts.
import { zipParts } from '../../electron/services/zip-parts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text; `renderedBreak` puts Word's "a page began here when last laid out" before it. */
export const run = (text: string, options: { renderedBreak?: boolean; pageBreakAfter?: boolean } = {}) =>
  `<w:r>${options.renderedBreak ? '<w:lastRenderedPageBreak/>' : ''}<w:t xml:space="preserve">${xml(text)}</w:t>${
    options.pageBreakAfter ? '<w:br w:type="page"/>' : ''
  }</w:r>`;

export const footnoteReference = (id: number) =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

/** A paragraph of runs (or of one text), with an optional style and further properties. */
export function para(content: string, options: { style?: string; props?: string } = {}): string {
  const runs = content.startsWith('<w:r>') ? content : run(content);
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const props = style || options.props ? `<w:pPr>${style}${options.props ?? ''}</w:pPr>` : '';
  return `<w:p>${props}${runs}</w:p>`;
}

/** A paragraph that ends a section; the next section starts on a new page unless `type` says otherwise. */
export const sectionEnd = (text: string, type?: 'continuous' | 'nextPage' | 'oddPage') =>
  para(text, { props: `<w:sectPr>${type ? `<w:type w:val="${type}"/>` : ''}</w:sectPr>` });

const STYLES = `<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:basedOn w:val="Heading1"/><w:pPr><w:pageBreakBefore/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part"/><w:basedOn w:val="Chapter"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/></w:style>
</w:styles>`;

export interface RawDocx {
  /** The body's paragraphs (and tables), in order. */
  body: string[];
  /** docProps/core.xml's dc:title; no core properties part when undefined. */
  title?: string;
  /** Footnote texts by id (ids from 1). */
  footnotes?: Record<number, string>;
}

export function rawDocx({ body, title, footnotes = {} }: RawDocx): Buffer {
  const parts = new Map<string, string>();
  const noteIds = Object.keys(footnotes);
  parts.set(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  parts.set(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>${
      title === undefined
        ? ''
        : '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    }</Relationships>`,
  );
  parts.set(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`,
  );
  parts.set(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>`,
  );
  parts.set('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?>${STYLES}`);
  const notes = noteIds
    .map(
      (id) =>
        `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>${run(footnotes[Number(id)]!)}</w:p></w:footnote>`,
    )
    .join('');
  parts.set(
    'word/footnotes.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`,
  );
  if (title !== undefined) {
    parts.set(
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xml(title)}</dc:title></cp:coreProperties>`,
    );
  }
  return zipParts(parts);
}
