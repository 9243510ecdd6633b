// After a merge, a passage kept from the draft may name its list item by an old place: request 2 was
// `inquiry.requests.1` until request 1 was removed. The new render knows where each item stands now; its
// paths are given to the kept fields with the same item key, so every value is read from the right item.
import type { BlockNode } from '../document/model';
import { isFieldNode } from '../document/model';

type AnyNode = { children?: unknown[]; proposed?: unknown[] } & Record<string, unknown>;

function collect(node: unknown, into: Map<string, string>): void {
  if (isFieldNode(node)) {
    if (node.itemKey) into.set(node.itemKey, node.path);
    return;
  }
  for (const child of (node as AnyNode).children ?? []) collect(child, into);
}

function repath(node: unknown, paths: ReadonlyMap<string, string>): unknown {
  if (isFieldNode(node)) {
    const path = node.itemKey ? paths.get(node.itemKey) : undefined;
    return path && path !== node.path ? { ...node, path } : node;
  }
  const element = node as AnyNode;
  if (!Array.isArray(element.children)) return node;
  let changed = false;
  const children = element.children.map((child) => {
    const next = repath(child, paths);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...element, children } : node;
}

/** The body with every list-item field pointing where its item stands in `rendered`. */
export function repathFields(body: BlockNode[], rendered: readonly BlockNode[]): BlockNode[] {
  const paths = new Map<string, string>();
  for (const block of rendered) collect(block, paths);
  if (paths.size === 0) return body;
  let changed = false;
  const next = body.map((block) => {
    const moved = repath(block, paths) as BlockNode;
    if (moved !== block) changed = true;
    return moved;
  });
  return changed ? next : body;
}
