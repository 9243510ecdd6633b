// Replace for Find and replace. Only matches in ordinary text are replaced here: a chip (a matter value or
// an exhibit reference) is never cut apart. A match inside a field's value changes the matter value instead,
// which the app asks about first (newFieldValue says what the value becomes).
import { Editor, Range, Transforms } from 'slate';
import { textMatches } from './find-matches';
import type { FindMatch, FindOptions } from './find-matches';
import './slate-types';

/** Replaces one match in ordinary text; false (nothing changed) for a match in or across a chip. */
export function replaceMatch(editor: Editor, match: FindMatch, replacement: string): boolean {
  if (match.place.kind !== 'text') return false;
  // The replacement takes the formatting of the match's first letter, as in Word.
  Transforms.insertText(editor, replacement, { at: match.range });
  return true;
}

export interface ReplaceAllOutcome {
  replaced: number;
  /** Matches left alone because they are in (or run into) a chip. */
  skipped: FindMatch[];
}

/**
 * Replaces every match in ordinary text, from the last to the first so the earlier ones stay where they
 * were found. Run it inside one history batch (the app does) and one Undo takes all of it back.
 */
export function replaceAllMatches(
  editor: Editor,
  matches: readonly FindMatch[],
  replacement: string,
): ReplaceAllOutcome {
  const skipped = matches.filter((match) => match.place.kind !== 'text');
  const refs = matches
    .filter((match) => match.place.kind === 'text')
    .map((match) => Editor.rangeRef(editor, match.range, { affinity: 'inward' }));
  let replaced = 0;
  Editor.withoutNormalizing(editor, () => {
    for (const ref of [...refs].reverse()) {
      const range = ref.current;
      if (range && Range.isExpanded(range)) {
        Transforms.insertText(editor, replacement, { at: range });
        replaced += 1;
      }
    }
  });
  for (const ref of refs) ref.unref();
  return { replaced, skipped };
}

/** A field's value with the matched stretch replaced, or undefined when the value is not shown as stored. */
export function newFieldValue(
  storedValue: string,
  match: FindMatch,
  replacement: string,
): string | undefined {
  if (match.place.kind !== 'field') return undefined;
  const { field, offset } = match.place;
  // A formatted value ("March 7, 2025" from 2025-03-07, an upper-cased city) cannot be edited as shown.
  if (field.value === '' || storedValue !== field.value) return undefined;
  return storedValue.slice(0, offset) + replacement + storedValue.slice(offset + match.text.length);
}

/** Every match in a stored matter value replaced (Replace all reaching into a field's value). */
export function replaceInValue(
  value: string,
  query: string,
  options: FindOptions,
  replacement: string,
): string {
  let out = '';
  let last = 0;
  for (const { start, end } of textMatches(value, query, options)) {
    out += value.slice(last, start) + replacement;
    last = end;
  }
  return out + value.slice(last);
}
