// Pinpoint citations for excerpts, in one consistent style:
//
//   <source name>[, <section>][, at <page>[-<page>]]
//
// - Source name: the identifier and the title ("General Order 301.00, Immigration Enforcement"); a title
//   that already names the identifier ("Dallas Police Department General Order 301.00", "General Order
//   No. 301.00", "G.O. 301.00 Immigration") stands alone, so the source is named once.
// - Section: a numbered heading ("3.2 Detainer Requests") cites as "§ 3.2"; an unnumbered one as the
//   heading in quotation marks (“Scope”); none when the passage lies before the first heading, or when the
//   heading only repeats the source's name (a document whose opening heading is its title).
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

/** Words only, for comparing names: "General Order No. 301.00:" -> " general order 301.00 ". */
const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/\b(?:no|nos|number)\b\.?|#/g, ' ')
    .replace(/[^\p{L}\p{N}.]+|\.(?!\p{N})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

/** Whether the title already names the identifier, in full or by its initials ("G.O. 301.00"). */
function namesIdentifier(title: string, identifier: string): boolean {
  const inTitle = words(title);
  const id = words(identifier);
  if (inTitle.includes(id)) return true;
  const tokens = id.trim().split(' ');
  const number = tokens.pop();
  if (!number || !/\d/.test(number) || !inTitle.includes(` ${number} `)) return false;
  const initials = tokens.map((t) => t[0]).join('');
  return (
    initials.length > 1 && words(title.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')).includes(` ${initials}`)
  );
}

/** The name a source is cited by: identifier and title, without naming the identifier twice. */
export function citeSourceName(sourceTitle: string, identifier: string): string {
  const title = sourceTitle.trim();
  const id = identifier.trim();
  if (!id) return title;
  if (!title || namesIdentifier(title, id)) return title || id;
  return `${id}, ${title}`;
}

export function formatCitation(excerpt: Citable): string {
  const name = citeSourceName(excerpt.sourceTitle, excerpt.identifier);
  const parts = [name];
  if (excerpt.wholeSource) return name;
  const section = citeSection(excerpt.section);
  const repeatsName = !section.startsWith('§') && words(name).includes(words(excerpt.section));
  if (section && !repeatsName) parts.push(section);
  if (excerpt.sourcePageCount !== 1) parts.push(citePages(excerpt.pageStart, excerpt.pageEnd));
  return parts.filter(Boolean).join(', ');
}
