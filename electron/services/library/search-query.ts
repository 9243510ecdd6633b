// Turns what a person types into a safe FTS5 query: every word is quoted (so AND, NEAR, * and quotes in the
// input are plain words), "quoted phrases" stay phrases, and the last word also matches as a prefix.

export interface FtsQueries {
  /** Every word must occur. */
  all: string;
  /** Any word may occur: the fallback when `all` finds nothing. */
  any: string;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

export function toFtsQueries(input: string): FtsQueries | undefined {
  const terms: string[] = [];
  const phrase = /"([^"]*)"|(\S+)/g;
  for (const match of input.matchAll(phrase)) {
    const raw = (match[1] ?? match[2] ?? '').trim();
    // Keep letters, digits and the dots of section numbers; the tokenizer ignores the rest anyway.
    const cleaned = raw.replace(/[^\p{L}\p{N}.\s'-]/gu, ' ').trim();
    if (cleaned) terms.push(quote(cleaned));
  }
  if (terms.length === 0) return undefined;
  const last = terms[terms.length - 1]!;
  const withPrefix = /^"[\p{L}\p{N}]+"$/u.test(last) ? [...terms.slice(0, -1), `${last}*`] : terms;
  return { all: withPrefix.join(' AND '), any: withPrefix.join(' OR ') };
}
