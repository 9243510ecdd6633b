// Turns a selection in a library source (character offsets into its text) into an excerpt with its pinpoint
// (pages and innermost section), and builds the blocks "Quote in draft" inserts.
import type { BlockNode } from '../document/model';
import type { SourceDetail } from '../library/library-types';
import { formatCitation } from './citation';
import type { Excerpt } from './excerpt';

function pageAt(source: SourceDetail, offset: number): number {
  const page = source.pages.find((p) => p.start <= offset && offset < p.end) ?? source.pages.at(-1);
  return page?.page ?? 1;
}

function sectionAt(source: SourceDetail, offset: number): string {
  let best: SourceDetail['sections'][number] | undefined;
  for (const s of source.sections) {
    if (s.start <= offset && offset < s.end && (!best || s.level >= best.level)) best = s;
  }
  return best?.title ?? '';
}

/** What every excerpt keeps of its source, so it can still be cited and checked if the library changes. */
const sourceReference = (source: SourceDetail, id: string) => ({
  id,
  sourceId: source.id,
  sourceSha256: source.sha256,
  sourceTitle: source.title,
  identifier: source.identifier,
});

/** The excerpt for text[start, end) of the source; surrounding whitespace is trimmed off the pinpoint. */
export function makeExcerpt(
  source: SourceDetail,
  start: number,
  end: number,
  id: string,
): Excerpt | undefined {
  const lo = Math.max(0, Math.min(start, end));
  const hi = Math.min(source.text.length, Math.max(start, end));
  const raw = source.text.slice(lo, hi);
  const text = raw.trim();
  if (!text) return undefined;
  const first = lo + (raw.length - raw.trimStart().length);
  const last = first + text.length - 1;
  return {
    ...sourceReference(source, id),
    section: sectionAt(source, first),
    pageStart: pageAt(source, first),
    pageEnd: pageAt(source, last),
    sourcePageCount: source.pageCount,
    wholeSource: false,
    text,
  };
}

export function wholeSourceExcerpt(source: SourceDetail, id: string): Excerpt {
  return {
    ...sourceReference(source, id),
    section: '',
    pageStart: 1,
    pageEnd: Math.max(1, source.pageCount),
    sourcePageCount: source.pageCount,
    wholeSource: true,
    text: source.text,
  };
}

/** A block quote of the passage (one paragraph per source paragraph) followed by its citation. */
export function quoteBlocks(excerpt: Excerpt): BlockNode[] {
  const paragraphs = excerpt.text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [
    {
      type: 'block-quote',
      children: paragraphs.map((text) => ({ type: 'paragraph' as const, children: [{ text }] })),
    },
    { type: 'paragraph', children: [{ text: `${formatCitation(excerpt)}.` }] },
  ];
}
