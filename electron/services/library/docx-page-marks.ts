// Where a DOCX's pages begin, marked in its document.xml before mammoth turns it into HTML (mammoth drops
// every kind of page break). A PAGE_MARK run goes where Word last broke a page when it laid the document
// out (w:lastRenderedPageBreak) and where the document itself demands a new page: a page break
// (w:br w:type="page"), a paragraph that starts a page (w:pageBreakBefore, itself or from its style) and a
// section that starts on a new page. The text builder counts marks with no text between them as one break,
// so Word's rendered break just after an explicit one does not add a page.
import { PAGE_MARK } from './extracted-document';

export interface MarkedDocument {
  xml: string;
  /** Breaks Word recorded when it last laid the document out; none means the layout is unknown. */
  renderedBreaks: number;
  /** Breaks the document demands (page breaks, page-starting paragraphs and sections). */
  explicitBreaks: number;
}

const MARK_TEXT = `<w:t>${PAGE_MARK}</w:t>`;
const MARK_RUN = `<w:r>${MARK_TEXT}</w:r>`;
const OFF = /w:val="(?:0|false|off)"/;

const attribute = (xml: string, name: string): string | undefined =>
  new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

/** Paragraph styles that start a page (w:pageBreakBefore), following each style's basedOn chain. */
export function pageStartingStyles(stylesXml: string): Set<string> {
  const own = new Map<string, { breaks: boolean | undefined; basedOn: string | undefined }>();
  for (const [style] of stylesXml.matchAll(/<w:style\b[^>]*w:type="paragraph"[\s\S]*?<\/w:style>/g)) {
    const id = attribute(style, 'w:styleId');
    if (!id) continue;
    const flag = /<w:pageBreakBefore\b[^>]*\/?>/.exec(style)?.[0];
    const basedOn = /<w:basedOn\b[^>]*w:val="([^"]*)"/.exec(style)?.[1];
    own.set(id, { breaks: flag === undefined ? undefined : !OFF.test(flag), basedOn });
  }
  const breaks = (id: string, seen = new Set<string>()): boolean => {
    const style = own.get(id);
    if (!style || seen.has(id)) return false;
    seen.add(id);
    return style.breaks ?? (style.basedOn ? breaks(style.basedOn, seen) : false);
  };
  return new Set([...own.keys()].filter((id) => breaks(id)));
}

/** The index of the `</w:p>` that closes the paragraph whose content starts at `from`. */
function paragraphEnd(xml: string, from: number): number {
  const tags = /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let tag = tags.exec(xml); tag; tag = tags.exec(xml)) {
    if (tag[0] === '</w:p>') {
      if (depth === 0) return tag.index;
      depth--;
    } else if (tag[1] !== '/') depth++;
  }
  return -1;
}

/** Whether a paragraph's properties start a new page: its own flag, or its style's. */
function startsPage(pPr: string, styles: Set<string>): boolean {
  const flag = /<w:pageBreakBefore\b[^>]*\/?>/.exec(pPr)?.[0];
  if (flag !== undefined) return !OFF.test(flag);
  const style = /<w:pStyle\b[^>]*w:val="([^"]*)"/.exec(pPr)?.[1];
  return style !== undefined && styles.has(style);
}

/** A section that ends here starts the next one on a new page unless it is continuous (or a column). */
const sectionBreaksPage = (pPr: string): boolean => {
  const sectPr = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(pPr)?.[0];
  if (!sectPr) return false;
  const type = /<w:type\b[^>]*w:val="([^"]*)"/.exec(sectPr)?.[1] ?? 'nextPage';
  return type !== 'continuous' && type !== 'nextColumn';
};

export function markPageBreaks(documentXml: string, stylesXml = ''): MarkedDocument {
  const styles = pageStartingStyles(stylesXml);
  // Earlier formatting kept by tracked changes holds properties of its own that no longer apply.
  let xml = documentXml
    .split(PAGE_MARK)
    .join('')
    .replace(/<w:(pPrChange|rPrChange|sectPrChange)\b[\s\S]*?<\/w:\1>/g, '');
  let renderedBreaks = 0;
  let explicitBreaks = 0;
  xml = xml.replace(/<w:lastRenderedPageBreak\s*\/>/g, () => {
    renderedBreaks++;
    return MARK_TEXT;
  });
  xml = xml.replace(/<w:br\b[^>]*\bw:type="page"[^>]*?(?:\/>|>\s*<\/w:br>)/g, () => {
    explicitBreaks++;
    return MARK_TEXT;
  });
  // Paragraph properties, last first, so that inserting a run leaves the earlier offsets as they were.
  const found = [...xml.matchAll(/<w:pPr(?:\s[^>]*)?(?<!\/)>[\s\S]*?<\/w:pPr>/g)].reverse();
  for (const match of found) {
    const pPr = match[0];
    const after = match.index + pPr.length;
    if (sectionBreaksPage(pPr)) {
      const end = paragraphEnd(xml, after);
      if (end >= 0) {
        xml = `${xml.slice(0, end)}${MARK_RUN}${xml.slice(end)}`;
        explicitBreaks++;
      }
    }
    if (startsPage(pPr, styles)) {
      xml = `${xml.slice(0, after)}${MARK_RUN}${xml.slice(after)}`;
      explicitBreaks++;
    }
  }
  return { xml, renderedBreaks, explicitBreaks };
}
