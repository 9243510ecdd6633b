// Pinpoint citations for excerpts, in one consistent style:
//
//   <source name>[, <section>][, at <page>[-<page>]]
//
// - Source name: the identifier and the title ("General Order 301.00, Immigration Enforcement"); a title
//   that already contains the identifier ("Dallas Police Department General Order 301.00") stands alone.
// - Section: a numbered heading ("3.2 Detainer Requests") cites as "§ 3.2"; an unnumbered one as the
//   heading in quotation marks (“Scope”); none when the passage lies before the first heading.
// - Pages: "at 4" for one page, "at 4-5" for a range; omitted for a one-page source.
// - A whole source (attached as an exhibit in full) cites by its name alone.
// Example: "Dallas Police Department General Order 301.00, § 3.2, at 4-5".
import type { Excerpt } from './excerpt';

type Citable = Pick<
  Excerpt,
  'sourceTitle' | 'identifier' | 'section' | 'pageStart' | 'pageEnd' | 'sourcePageCount' | 'wholeSource'
>;

/** "3.2 Detainer Requests" -> "§ 3.2"; "Section 4. Training" -> "§ 4"; "Scope" -> “Scope”. */
export function citeSection(heading: string): string {
  const trimmed = heading.trim();
  if (!trimmed) return '';
  const numbered = /^(?:(?:section|§)\s*)?(\d+(?:\.\d+)*)\b/i.exec(trimmed);
  if (numbered) return `§ ${numbered[1]}`;
  return `\u201c${trimmed}\u201d`;
}

export function citePages(pageStart: number, pageEnd: number): string {
  return pageEnd > pageStart ? `at ${pageStart}-${pageEnd}` : `at ${pageStart}`;
}

/** The name a source is cited by: identifier and title, without repeating the identifier in the title. */
export function citeSourceName(sourceTitle: string, identifier: string): string {
  const title = sourceTitle.trim();
  const id = identifier.trim();
  if (!id) return title;
  if (!title || title.toLowerCase().includes(id.toLowerCase())) return title || id;
  return `${id}, ${title}`;
}

export function formatCitation(excerpt: Citable): string {
  const parts = [citeSourceName(excerpt.sourceTitle, excerpt.identifier)];
  if (excerpt.wholeSource) return parts[0]!;
  const section = citeSection(excerpt.section);
  if (section) parts.push(section);
  if (excerpt.sourcePageCount !== 1) parts.push(citePages(excerpt.pageStart, excerpt.pageEnd));
  return parts.filter(Boolean).join(', ');
}
