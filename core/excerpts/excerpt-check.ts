// Before export, each excerpt is compared with its source in the library: a source that is gone, or whose
// file or text no longer holds the passage, is flagged so nobody exports a quotation that has drifted.
import type { Excerpt } from './excerpt';

export type ExcerptStatus = 'ok' | 'changed' | 'missing';

export interface ExcerptCheck {
  excerptId: string;
  status: ExcerptStatus;
  /** What is wrong and what to do, for a flagged excerpt; empty when ok. */
  message: string;
}

/** The library's side of the comparison: the source as it is now. */
export interface SourceSnapshot {
  id: string;
  sha256: string;
  text: string;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

export function checkExcerpt(excerpt: Excerpt, source: SourceSnapshot | undefined): ExcerptCheck {
  const name = excerpt.sourceTitle || excerpt.identifier || 'its source';
  if (!source) {
    return {
      excerptId: excerpt.id,
      status: 'missing',
      message: `The source of this excerpt (${name}) is no longer in the library; import it again or remove the excerpt.`,
    };
  }
  if (source.sha256 !== excerpt.sourceSha256) {
    return {
      excerptId: excerpt.id,
      status: 'changed',
      message: `${name} in the library is a different file than when this excerpt was taken; compare the quotation with it.`,
    };
  }
  if (!normalize(source.text).includes(normalize(excerpt.text))) {
    return {
      excerptId: excerpt.id,
      status: 'changed',
      message: `The quoted text no longer appears in ${name}; it was edited after it was taken. Quote it again from the source.`,
    };
  }
  return { excerptId: excerpt.id, status: 'ok', message: '' };
}

/** Checks many excerpts; `lookup` finds a source by id, falling back to the file hash. */
export function checkExcerpts(
  excerpts: Excerpt[],
  lookup: (excerpt: Excerpt) => SourceSnapshot | undefined,
): ExcerptCheck[] {
  return excerpts.map((excerpt) => checkExcerpt(excerpt, lookup(excerpt)));
}
