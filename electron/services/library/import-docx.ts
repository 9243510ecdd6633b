// DOCX importer: mammoth turns the file into simple HTML; headings start sections, paragraphs, list items
// and table rows become paragraphs of text, and each footnote follows the paragraph that cites it. Pages
// come from where Word last broke them, else from the document's own breaks and an estimate of its layout.
// The title is the file's title property, else its Title-style paragraph.
import mammoth from 'mammoth';
import { cleanTitle } from '../../../core/library/document-title';
import { canZipParts, zipParts } from '../zip-parts';
import { estimatePages, pageLayout } from './docx-page-estimate';
import { markPageBreaks } from './docx-page-marks';
import { placeNotes } from './docx-notes';
import { openDocxPackage } from './docx-package';
import { TextBuilder, type ExtractedDocument } from './extracted-document';
import { htmlToText } from './html-blocks';

export { decodeEntities, htmlToText } from './html-blocks';

/** Word's Title style (by name, and by the id Word gives it) marks the title paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => p.doc-title:fresh", 'p.Title => p.doc-title:fresh'];

/** Pictures are not text: mammoth is told not to read them (they are not even unpacked). */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const docx = openDocxPackage(bytes);
  const marked = markPageBreaks(docx.documentXml, docx.stylesXml);
  const parts = new Map<string, Uint8Array>(docx.parts);
  parts.set(docx.documentPath, Buffer.from(marked.xml, 'utf8'));
  const input = canZipParts() ? zipParts(parts) : Buffer.from(bytes);
  const result = await mammoth.convertToHtml(
    { buffer: input },
    { styleMap: STYLE_MAP, convertImage: noImages },
  );
  const builder = new TextBuilder({ pageMarks: true });
  const { titleParagraph } = htmlToText(placeNotes(result.value), builder);
  const doc = builder.finish(cleanTitle(docx.titleProperty) || cleanTitle(titleParagraph));
  if (marked.renderedBreaks > 0) return doc;
  return { ...doc, pages: estimatePages(doc.text, doc.pages, pageLayout(docx.documentXml, docx.stylesXml)) };
}
