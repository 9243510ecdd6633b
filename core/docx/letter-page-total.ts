// "Page X of Y" where Y counts the letter's pages only. With exhibits appended, NUMPAGES would count the
// exhibits too ("Page 1 of 40" on a three-page letter) and SECTIONPAGES prints blank in LibreOffice, so Y is
// read from the page of a bookmark at the letter's end (PAGEREF), which Word and LibreOffice both lay out.
import { Bookmark, Paragraph } from 'docx';
import type { Table, XmlComponent, XmlElement } from 'docx';
import { xmlComponent, xmlElement as element } from './xml-element';

/** Leading underscore: Word treats the bookmark as hidden, so it does not clutter the user's bookmark list. */
export const LETTER_END_BOOKMARK = '_CounselDeskLetterEnd';

/** Puts the letter-end bookmark in the letter's last paragraph (a body always ends with one). */
export function markLetterEnd(body: readonly (Paragraph | Table)[]): void {
  const last = [...body].reverse().find((block): block is Paragraph => block instanceof Paragraph);
  if (!last) throw new Error('The letter has no paragraph to mark its end; the exporter always adds one.');
  const bookmark = new Bookmark({ id: LETTER_END_BOOKMARK, children: [] });
  last.addChildElement(bookmark.start);
  last.addChildElement(bookmark.end);
}

const component = (tree: XmlElement) => xmlComponent(tree, 'A page-count field');

/** The pieces of a PAGEREF field to the letter-end bookmark, each to go in a run of its own. */
export function letterPageCountField(): XmlComponent[][] {
  const fieldChar = (type: string) => component(element('w:fldChar', { 'w:fldCharType': type }));
  const instruction = component(
    element('w:instrText', { 'xml:space': 'preserve' }, [
      { type: 'text', text: ` PAGEREF ${LETTER_END_BOOKMARK} \\h ` },
    ]),
  );
  // The "1" is only the cached result; both word processors replace it when they lay out the footer.
  const cached = component(element('w:t', {}, [{ type: 'text', text: '1' }]));
  return [[fieldChar('begin')], [instruction], [fieldChar('separate')], [cached], [fieldChar('end')]];
}
