// Keeps a draft's linked fields in step with the matter while the user edits the matter form. Runs on every
// keystroke, so it is plain data walking (no Handlebars) and returns unchanged nodes as they were.
import type { BlockNode, FieldNode } from '../document/model';
import { isFieldNode } from '../document/model';
import { valueAtPath } from '../matter/matter-paths';
import { holdsPlaceholder, isUnfilled, placeholderIn } from '../matter/placeholder-value';
import { applyFormat } from './field-format';

type AnyNode = { children?: unknown[] } & Record<string, unknown>;

function refreshList<T>(list: T[], context: unknown): T[] {
  let changed = false;
  const next = list.map((child) => {
    const refreshed = refreshNode(child, context);
    if (refreshed !== child) changed = true;
    return refreshed;
  });
  return changed ? next : list;
}

function refreshNode<T>(node: T, context: unknown): T {
  if (isFieldNode(node)) {
    const value = applyFormat(node.format, valueAtPath(context, node.path));
    return (value === node.value ? node : { ...node, value }) as T;
  }
  const element = node as AnyNode;
  if (!Array.isArray(element.children)) return node;
  const children = refreshList(element.children, context);
  // A passage under review holds the matter's proposed text too.
  const proposed = Array.isArray(element.proposed) ? refreshList(element.proposed, context) : undefined;
  if (children === element.children && proposed === element.proposed) return node;
  return { ...element, children, ...(proposed ? { proposed } : {}) } as T;
}

/**
 * Re-formats every field from the bind context (the matter, the letter's facts and the records views) with
 * the helper chain it was rendered with; everything else is kept, unchanged nodes by identity.
 */
export function refreshFields(blocks: BlockNode[], context: unknown): BlockNode[] {
  return refreshList(blocks, context);
}

function collectFields(node: unknown, into: FieldNode[]): void {
  if (isFieldNode(node)) {
    into.push(node);
    return;
  }
  const children = (node as AnyNode | null)?.children;
  if (Array.isArray(children)) for (const child of children) collectFields(child, into);
}

export interface UnfilledField {
  path: string;
  label: string;
  /** The "[Confirm: …]" mark it still holds; absent when it is simply empty. */
  placeholder?: string;
}

/**
 * Fields the letter cannot go out with, once per path, in document order: a required field still empty, and any
 * field that still holds a "[Fill: …]" or "[Confirm: …]" mark (it would print as it stands).
 */
export function missingRequiredFields(blocks: readonly BlockNode[]): UnfilledField[] {
  const fields: FieldNode[] = [];
  for (const block of blocks) collectFields(block, fields);
  const seen = new Set<string>();
  const missing: UnfilledField[] = [];
  for (const field of fields) {
    const unfilled = field.required ? isUnfilled(field.value) : holdsPlaceholder(field.value);
    if (!unfilled || seen.has(field.path)) continue;
    seen.add(field.path);
    const mark = placeholderIn(field.value);
    missing.push({ path: field.path, label: field.label, ...(mark ? { placeholder: mark } : {}) });
  }
  return missing;
}
