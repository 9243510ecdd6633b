// Numbers as a letter writes them: under ten in words ("three records"), ten and over in figures ("46 pages").

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** 3 -> "three", 46 -> "46"; anything that is not a whole number is returned as written. */
export function numberWords(value: string | number): string {
  const text = String(value).trim();
  if (!/^\d+$/.test(text)) return text;
  const n = Number(text);
  return n < 10 ? WORDS[n]! : String(n);
}

/** (3, "record", "records") -> "three records"; (1, "page") -> "one page"; (46, "page") -> "46 pages". */
export function countWords(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${numberWords(count)} ${count === 1 ? singular : pluralForm}`;
}

/** The pages of a list of records, added up: [{ pages: 8 }, { pages: 46 }] -> 54. */
export function totalPages(items: readonly unknown[]): number {
  return items.reduce<number>((sum, item) => {
    const pages = item !== null && typeof item === 'object' ? (item as { pages?: unknown }).pages : 0;
    return sum + (typeof pages === 'number' && Number.isFinite(pages) ? pages : 0);
  }, 0);
}
