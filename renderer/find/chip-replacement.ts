// A match inside a field chip is part of a matter value, shared by every letter of the matter. Replacing it
// means changing that value, which the Find and replace panel asks about first; this works out what the
// value would become, or why it cannot be changed from here.
import type { FindMatch } from '../../core/editor/find-matches';
import { newFieldValue } from '../../core/editor/replace-matches';
import { pathKind } from '../../core/matter/matter-paths';
import { isDerivedPath } from '../../core/pipeline/context-schema';
import { store } from '../app/desk-store';
import { formRoot, setMatterValue } from '../matter-form/matter-commands';
import { getAt } from '../matter-form/matter-path';

export type ChipReplacement =
  | { kind: 'change-value'; path: string; label: string; from: string; to: string }
  /** A date, a choice, a formatted or derived value: changed in the form (or the records), not by text. */
  | { kind: 'form-only'; path: string; label: string }
  | { kind: 'not-a-field' };

export function chipReplacement(match: FindMatch, replacement: string): ChipReplacement {
  if (match.place.kind !== 'field') return { kind: 'not-a-field' };
  const { field } = match.place;
  const file = store.get().file;
  const formOnly = { kind: 'form-only' as const, path: field.path, label: field.label };
  if (!file || isDerivedPath(field.path) || pathKind(field.path) !== 'text') return formOnly;
  const stored = getAt(formRoot(file, store.get().activeDraftId), field.path);
  const to = typeof stored === 'string' ? newFieldValue(stored, match, replacement) : undefined;
  if (to === undefined) return formOnly;
  return { kind: 'change-value', path: field.path, label: field.label, from: field.value, to };
}

/** Changes the matter values; every letter of the matter follows, as when the value is typed in the form. */
export function applyChipReplacements(changes: readonly { path: string; to: string }[]): void {
  for (const change of changes) setMatterValue(change.path, change.to);
}
