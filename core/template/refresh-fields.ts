// Keeps a draft's linked fields in step with the matter while the user edits the matter form. Runs on every
// keystroke, so it is plain data walking (no Handlebars) and returns unchanged nodes as they were.
import type { BlockNode, FieldNode } from '../document/model';
import { isFieldNode } from '../document/model';
import type { Matter } from '../matter/schema';
import { valueAtPath } from '../matter/matter-paths';
import { applyFormat } from './field-format';

type AnyNode = { children?: unknown[] } & Record<string, unknown>;

function refreshNode<T>(node: T, matter: Matter): T {
  if (isFieldNode(node)) {
    const value = applyFormat(node.format, valueAtPath(matter, node.path));
    return (value === node.value ? node : { ...node, value }) as T;
  }
  const element = node as AnyNode;
  if (!Array.isArray(element.children)) return node;
  let changed = false;
  const children = element.children.map((child) => {
    const next = refreshNode(child, matter);
    if (next !== child) changed = true;
    return next;
  });
  return (changed ? { ...element, children } : node) as T;
}

/** Re-formats every field from the matter (same helper chain as when rendered); everything else is kept. */
export function refreshFields(blocks: BlockNode[], matter: Matter): BlockNode[] {
  let changed = false;
  const next = blocks.map((block) => {
    const refreshed = refreshNode(block, matter);
    if (refreshed !== block) changed = true;
    return refreshed;
  });
  return changed ? next : blocks;
}

function collectFields(node: unknown, into: FieldNode[]): void {
  if (isFieldNode(node)) {
    into.push(node);
    return;
  }
  const children = (node as AnyNode | null)?.children;
  if (Array.isArray(children)) for (const child of children) collectFields(child, into);
}

/** Required fields the draft still shows empty, once per path, in document order. */
export function missingRequiredFields(blocks: readonly BlockNode[]): { path: string; label: string }[] {
  const fields: FieldNode[] = [];
  for (const block of blocks) collectFields(block, fields);
  const seen = new Set<string>();
  const missing: { path: string; label: string }[] = [];
  for (const field of fields) {
    if (!field.required || field.value.trim() !== '' || seen.has(field.path)) continue;
    seen.add(field.path);
    missing.push({ path: field.path, label: field.label });
  }
  return missing;
}
