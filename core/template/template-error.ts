// A problem in a template file, located by file, line and column so the person who wrote it can fix it.

export class TemplateError extends Error {
  override readonly name: string = 'TemplateError';

  constructor(
    readonly file: string,
    /** 1-based line in the template file (front matter included). */
    readonly line: number,
    /** 1-based column. */
    readonly column: number,
    /** The problem in plain words, without the location (see `located`). */
    message: string,
  ) {
    super(message);
  }

  /** `templates/response.md:42:7: the field …`, the form editors and terminals link to. */
  get located(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.message}`;
  }
}

/** Several problems in one file (e.g. a `--template-file`), thrown as one error located at the first. */
export class TemplateErrors extends TemplateError {
  override readonly name: string = 'TemplateErrors';

  constructor(readonly errors: readonly TemplateError[]) {
    const [first, ...rest] = errors;
    const more = rest.map((e) => `\n${e.located}`).join('');
    super(
      first?.file ?? '',
      first?.line ?? 0,
      first?.column ?? 0,
      `${first?.message ?? 'the template has problems'}${more}`,
    );
  }
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** `; did you mean \`x\`?` for the closest candidate, or '' when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  // Long dotted paths share most of their letters, so the allowance grows slowly with length.
  let bestScore = Math.max(2, Math.floor(word.length / 6)) + 1;
  for (const candidate of candidates) {
    const score = distance(word, candidate);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best ? `; did you mean \`${best}\`?` : '';
}
