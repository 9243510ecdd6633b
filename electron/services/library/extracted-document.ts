// What every importer produces: the text of a file with its page and section boundaries, plus metadata
// hints. The text builder keeps offsets right so importers only append paragraphs, headings and pages.
import type { PageSpan, SectionSpan } from '../../../core/library/library-types';

export interface ExtractedDocument {
  /** Title from document metadata or the first heading; empty when the file has neither. */
  title: string;
  text: string;
  pages: PageSpan[];
  sections: SectionSpan[];
  isEmail: boolean;
}

/** Accumulates text paragraph by paragraph, recording where pages and sections begin. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private pages: PageSpan[] = [];
  private sections: { title: string; level: number; start: number }[] = [];

  /** Starts a new page (PDF pages); sources without pages are one page. */
  startPage(page: number): void {
    this.closePage();
    this.pages.push({ page, start: this.length, end: this.length });
  }

  heading(title: string, level: number): void {
    const clean = title.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    this.sections.push({ title: clean, level, start: this.length });
    this.paragraph(clean);
  }

  paragraph(text: string): void {
    const clean = text.replace(/[ \t\f\v\r]+/g, ' ').trim();
    if (!clean) return;
    if (this.length > 0) this.append('\n\n');
    this.append(clean);
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
