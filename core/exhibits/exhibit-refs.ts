// Exhibit references in drafts ("Exhibit B") are inline nodes that carry the exhibit's id; these keep their
// labels in step with the list and find them when an exhibit is about to be deleted.
import type { BlockNode, ExhibitRefNode } from '../document/model';

/** The label a reference shows once its exhibit has been deleted: "Exhibit [deleted]", never a stale letter. */
export const DELETED_EXHIBIT_LABEL = '[deleted]';

type AnyNode = { type?: string; children?: unknown[]; text?: string } & Record<string, unknown>;

const isExhibitRef = (node: unknown): node is ExhibitRefNode =>
  typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'exhibit-ref';

function mapNode(node: AnyNode, labels: ReadonlyMap<string, string>): AnyNode {
  if (isExhibitRef(node)) {
    const label = labels.get(node.exhibitId) ?? DELETED_EXHIBIT_LABEL;
    return label === node.label ? node : { ...node, label };
  }
  if (!Array.isArray(node.children)) return node;
  let changed = false;
  const children = node.children.map((child) => {
    const next = mapNode(child as AnyNode, labels);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...node, children } : node;
}

/**
 * Gives every exhibit-ref node the current label of its exhibit (DELETED_EXHIBIT_LABEL when it is not in
 * the list any more); unchanged subtrees keep their identity.
 */
export function refreshExhibitRefs(blocks: BlockNode[], labels: ReadonlyMap<string, string>): BlockNode[] {
  return blocks.map((block) => mapNode(block as unknown as AnyNode, labels) as unknown as BlockNode);
}

export interface ExhibitReference {
  draftId: string;
  draftTitle: string;
  /** The text of the paragraph holding the reference, with references written as "Exhibit B". */
  paragraphText: string;
}

function inlineText(node: AnyNode): string {
  if (isExhibitRef(node)) return `Exhibit ${node.label}`;
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'field') return String(node.value ?? '');
  return (node.children ?? []).map((c) => inlineText(c as AnyNode)).join('');
}

function collect(node: AnyNode, exhibitId: string, found: string[]): void {
  const children = (node.children ?? []) as AnyNode[];
  if (children.some((c) => isExhibitRef(c) && c.exhibitId === exhibitId)) {
    found.push(inlineText(node).replace(/\s+/g, ' ').trim());
    return;
  }
  for (const child of children) collect(child, exhibitId, found);
}

/** Every paragraph in the drafts that refers to the exhibit: the warning shown before deleting it. */
export function findExhibitReferences(
  drafts: readonly { id: string; title: string; body: BlockNode[] }[],
  exhibitId: string,
): ExhibitReference[] {
  const references: ExhibitReference[] = [];
  for (const draft of drafts) {
    const found: string[] = [];
    for (const block of draft.body) collect(block as unknown as AnyNode, exhibitId, found);
    for (const paragraphText of found)
      references.push({ draftId: draft.id, draftTitle: draft.title, paragraphText });
  }
  return references;
}

/** id -> label that answers DELETED_EXHIBIT_LABEL for an exhibit not in the list, never undefined. */
class LabelsWithDeleted extends Map<string, string> {
  override get(exhibitId: string): string {
    return super.get(exhibitId) ?? DELETED_EXHIBIT_LABEL;
  }
}

/**
 * The labels the exporter prints for references. Given the matter's exhibit list, a reference whose exhibit
 * is not in it prints "Exhibit [deleted]"; without a list (an export without its exhibit part) the label
 * stored in the reference stands.
 */
export function exportLabels(
  exhibits: readonly { id: string; label: string }[] | undefined,
): ReadonlyMap<string, string> {
  if (!exhibits) return new Map();
  return new LabelsWithDeleted(exhibits.map((exhibit) => [exhibit.id, exhibit.label]));
}
