// Changing the matter from the form. Paths under `letter.` are the open draft's own facts (its date,
// delivery line, addressees, enclosures); every other path is the matter's. Each change re-binds the drafts.
import { pathKind } from '../../core/matter/matter-paths';
import { holdsPlaceholder } from '../../core/matter/placeholder-value';
import { isDerivedPath, isLetterPath } from '../../core/pipeline/context-schema';
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { changeFile } from '../app/file-changes';
import { store } from '../app/desk-store';
import { getAt, setAt } from './matter-path';
import { newListItem } from './matter-schema-info';

/** What the form reads: the matter, with the open draft's facts under `letter`. */
export function formRoot(file: MatterFile, activeDraftId: string | null): Record<string, unknown> {
  const draft = file.drafts.find((d) => d.id === activeDraftId);
  return { ...file.matter, letter: draft?.letter };
}

function updateRoot(path: string, update: (root: Record<string, unknown>) => Record<string, unknown>): void {
  const id = store.get().activeDraftId;
  if (isLetterPath(path) && !store.get().file?.drafts.some((d) => d.id === id)) return;
  changeFile((file) => {
    const next = update(formRoot(file, id));
    const { letter, ...matter } = next;
    return {
      ...file,
      matter: isLetterPath(path) ? file.matter : (matter as MatterFile['matter']),
      drafts: isLetterPath(path)
        ? file.drafts.map((d) => (d.id === id ? { ...d, letter: letter as LetterFacts } : d))
        : file.drafts,
    };
  });
}

export const setMatterValue = (path: string, value: unknown): void =>
  updateRoot(path, (root) => setAt(root, path, value));

/** One past the highest item number so far: after removing request 2 of 3, the next one is 4, not 3 again. */
function nextItemNumber(list: unknown[]): number {
  const numbers = list.map((item) => Number.parseInt(String(getAt(item, 'number') ?? ''), 10));
  return Math.max(list.length, ...numbers.filter((n) => Number.isFinite(n))) + 1;
}

export function addListItem(listPath: string): void {
  updateRoot(listPath, (root) => {
    const list = (getAt(root, listPath) as unknown[] | undefined) ?? [];
    return setAt(root, listPath, [...list, newListItem(listPath, nextItemNumber(list))]);
  });
}

export function removeListItem(listPath: string, index: number): void {
  updateRoot(listPath, (root) => {
    const list = (getAt(root, listPath) as unknown[] | undefined) ?? [];
    return setAt(
      root,
      listPath,
      list.filter((_item, i) => i !== index),
    );
  });
}

export type TypedIntoField = 'filled' | 'go-to-field' | 'not-editable';

/** What typing on a chip last made each field, so the next key continues it instead of going elsewhere. */
const typedValues = new Map<string, string>();

/**
 * Typing on a field chip. A placeholder (an empty text field, or one still marked "[Fill: …]" or "[Confirm: …]")
 * takes the typed text as its value, as a Word
 * content control does, and keeps taking what is typed next. A chip that already shows a value is left alone
 * (its value is the matter's, shared by every letter): the text goes beside it. A date, number or choice is
 * filled in its form control; a value derived from the records cannot be typed into.
 */
export function typeIntoField(path: string, text: string): TypedIntoField {
  const file = store.get().file;
  if (!file || isDerivedPath(path)) return 'not-editable';
  const current = getAt(formRoot(file, store.get().activeDraftId), path);
  const value = typeof current === 'string' ? current : '';
  const continuing = value !== '' && typedValues.get(path) === value;
  // A "[Confirm: …]" mark is a placeholder too: typing replaces it.
  const placeholder = value === '' || holdsPlaceholder(value);
  if (!continuing && !placeholder) return 'not-editable';
  if (pathKind(path) !== 'text') return 'go-to-field';
  const next = (continuing ? value : '') + text;
  typedValues.set(path, next);
  setMatterValue(path, next);
  return 'filled';
}
