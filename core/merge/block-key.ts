// What makes two blocks "the same passage" when a draft is merged with a new render: structure, text and
// marks, but not the values of field chips or the labels of exhibit references, which the bind step derives
// afresh every time (a matter value that changes must not look like a changed passage), nor the position of
// a list item a field belongs to, which its item key replaces.
import type { BlockNode } from '../document/model';

const keys = new WeakMap<object, string>();

function withoutDerived(this: unknown, key: string, value: unknown): unknown {
  const holder = this as { type?: unknown };
  if (holder.type === 'field' && key === 'value') return undefined;
  // A field in a list item is the same passage wherever its item now stands.
  if (holder.type === 'field' && key === 'path' && 'itemKey' in holder) return undefined;
  if (holder.type === 'exhibit-ref' && key === 'label') return undefined;
  return value;
}

/** A string equal for two blocks exactly when they are the same passage; cached per block object. */
export function blockKey(block: BlockNode): string {
  let key = keys.get(block);
  if (key === undefined) {
    key = JSON.stringify(block, withoutDerived);
    keys.set(block, key);
  }
  return key;
}

export const sameBlocks = (a: readonly BlockNode[], b: readonly BlockNode[]): boolean =>
  a.length === b.length && a.every((block, i) => blockKey(block) === blockKey(b[i]!));
