// "[Fill: …]" and "[Confirm: …]" mark what the attorney still has to supply or check (the shipped example is
// full of them). Such a value is not filled in: it counts as empty everywhere — `check`, the editor's
// placeholders, and the export's DRAFT mark — above all on a sworn form.

const PLACEHOLDER = /\[\s*(?:fill|confirm)\s*:[^\]]*\]/i;

/** The value still holds a "[Fill: …]" or "[Confirm: …]" mark. */
export const holdsPlaceholder = (value: string): boolean => PLACEHOLDER.test(value);

/** Empty, or only partly filled in (a placeholder mark remains). */
export const isUnfilled = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && (value.trim() === '' || holdsPlaceholder(value)));

/** The first mark in the value, as a message quotes it: "[Confirm: the deadline]". */
export const placeholderIn = (value: string): string => PLACEHOLDER.exec(value)?.[0] ?? '';
