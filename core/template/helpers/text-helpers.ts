// Small wording helpers a letter needs: ordinals, lists in prose, counts with plurals, section citations, case.

/** 1 -> "1st", 22 -> "22nd", 13 -> "13th". Anything that is not a whole number is returned as written. */
export function ordinal(value: string): string {
  const text = value.trim();
  if (!/^-?\d+$/.test(text)) return text;
  const n = Math.abs(Number(text));
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${text}${suffix}`;
}

/** ["A", "B", "C"] -> "A, B, and C" (serial comma, as legal writing uses); empty items are skipped. */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  const kept = items.map((item) => item.trim()).filter((item) => item !== '');
  if (kept.length <= 1) return kept[0] ?? '';
  if (kept.length === 2) return `${kept[0]} ${conjunction} ${kept[1]}`;
  return `${kept.slice(0, -1).join(', ')}, ${conjunction} ${kept[kept.length - 1]}`;
}

/** (3, "record", "records") -> "3 records"; the plural defaults to the singular plus "s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** ("752.053") -> "§ 752.053"; several sections -> "§§ 752.053, 752.055". A leading § is not doubled. */
export function cite(sections: readonly string[]): string {
  const kept = sections.map((s) => s.trim().replace(/^§+\s*/, '')).filter((s) => s !== '');
  if (kept.length === 0) return '';
  // A no-break space keeps the section sign on the same line as its number, and a non-breaking hyphen a
  // range ("552.101-.107") on one line; a range cites several sections.
  const marked = kept.map((s) => s.replace(/\s*[-\u2013]\s*/g, '\u2011'));
  const several = marked.length > 1 || marked[0]!.includes('\u2011');
  return several ? `§§\u00A0${marked.join(', ')}` : `§\u00A0${marked[0]}`;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'v.',
  'via',
]);

/** "city of dallas police department" -> "City of Dallas Police Department" (small words stay lower). */
export function titleCase(text: string): string {
  let first = true;
  return text.replace(/[^\s]+/g, (word) => {
    const lower = word.toLowerCase();
    const keep = !first && SMALL_WORDS.has(lower);
    first = false;
    return keep ? lower : word.charAt(0).toUpperCase() + word.slice(1);
  });
}
