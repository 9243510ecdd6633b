// What every importer produces: the text of a file with its page and section boundaries, plus metadata
// hints. The text builder keeps offsets right so importers only append paragraphs, headings and pages.
import type { PageSpan, SectionSpan } from '../../../core/library/library-types';

export interface ExtractedDocument {
  /** The title the file declares (a title property or title paragraph); empty when it declares none. */
  title: string;
  text: string;
  pages: PageSpan[];
  sections: SectionSpan[];
  isEmail: boolean;
}

/**
 * Marks a page break inside text handed to a builder made with `pageMarks` (DOCX: the importer puts one
 * where the document breaks a page). A Unicode noncharacter, so no real text is taken for one.
 */
export const PAGE_MARK = '\uFDD0';

/** Collapses spaces and takes the marks out, returning where each mark was in the cleaned text. */
function withoutMarks(text: string): { clean: string; marks: number[] } {
  let spaced = '';
  const found: number[] = [];
  for (const ch of text.replace(/[ \t\f\v\r]+/g, ' ')) {
    if (ch === PAGE_MARK) found.push(spaced.length);
    else if (ch !== ' ' || !spaced.endsWith(' ')) spaced += ch;
  }
  const lead = spaced.length - spaced.trimStart().length;
  const clean = spaced.trim();
  // A mark just before a space starts its page after the space.
  const at = (m: number) => {
    const inClean = Math.max(0, m - lead);
    return Math.min(clean.length, clean[inClean] === ' ' ? inClean + 1 : inClean);
  };
  return { clean, marks: found.map(at) };
}

/** Accumulates text paragraph by paragraph, recording where pages and sections begin. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private pages: PageSpan[] = [];
  private sections: { title: string; level: number; start: number }[] = [];
  private breakBeforeNext = false;

  constructor(private readonly options: { pageMarks?: boolean } = {}) {}

  /** Starts a new page (PDF pages); sources without pages are one page. */
  startPage(page: number): void {
    this.closePage();
    this.pages.push({ page, start: this.length, end: this.length });
  }

  heading(title: string, level: number): void {
    const added = this.block(title.replace(/\s+/g, ' '));
    if (added) this.sections.push({ title: added.text, level, start: added.start });
  }

  /** A paragraph; one that `continues` the paragraph before it (across a PDF page) follows it after a space. */
  paragraph(text: string, continues = false): void {
    this.block(text, continues ? ' ' : '\n\n');
  }

  /** Appends one block of text; returns where it starts and its text, or undefined when it had none. */
  private block(text: string, separator = '\n\n'): { start: number; text: string } | undefined {
    const marked = this.options.pageMarks ? text : text.split(PAGE_MARK).join('');
    const { clean, marks } = withoutMarks(marked);
    if (!clean) {
      if (marks.length > 0) this.breakBeforeNext = true;
      return undefined;
    }
    if (this.length > 0) this.append(separator);
    const start = this.length;
    if (this.breakBeforeNext) this.breakAt(start);
    this.breakBeforeNext = false;
    this.append(clean);
    for (const mark of marks) {
      if (mark >= clean.length) this.breakBeforeNext = true;
      else this.breakAt(start + mark);
    }
    return { start, text: clean };
  }

  /** A page break at `offset`; breaks with no text between them are one break. */
  private breakAt(offset: number): void {
    if (offset === 0) return;
    if (this.pages.length === 0) this.pages.push({ page: 1, start: 0, end: 0 });
    const last = this.pages[this.pages.length - 1]!;
    if (last.start === offset) return;
    last.end = offset;
    this.pages.push({ page: last.page + 1, start: offset, end: offset });
  }

  private append(part: string): void {
    this.parts.push(part);
    this.length += part.length;
  }

  private closePage(): void {
    const last = this.pages[this.pages.length - 1];
    if (last) last.end = this.length;
  }

  finish(title: string, isEmail = false): ExtractedDocument {
    this.closePage();
    const text = this.parts.join('');
    const pages = this.pages.length > 0 ? this.pages : [{ page: 1, start: 0, end: text.length }];
    const sections: SectionSpan[] = this.sections.map((s, i) => {
      const next = this.sections.slice(i + 1).find((later) => later.level <= s.level);
      return { ...s, end: next ? next.start : text.length };
    });
    return { title, text, pages, sections, isEmail };
  }
}
