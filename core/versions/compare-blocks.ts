// Two versions of a letter compared block by block and word by word: the later version's blocks, with the
// earlier version's deleted text put back where it was, every change marked (revised-text.ts). Blocks that
// did not change are matched whole, so comparing two versions of a long letter costs its changes.
import type {
  ContentBlock,
  FormattedText,
  ListItemNode,
  ParagraphNode,
  TableCellNode,
  TableRowNode,
} from '../document/model';
import { alignNodes, type Aligned } from './align-nodes';
import { compareInline, markAll } from './inline-compare';

type Kind = 'insert' | 'delete';
type Node = ContentBlock | ListItemNode | TableRowNode | TableCellNode;

export interface CompareOptions {
  /** Show a block moved unchanged as unchanged at its new place (the app), or as deleted and inserted (DOCX). */
  moves: 'unflagged' | 'tracked';
}

/** The options, and a count of the blocks found moved. */
export type CompareRun = CompareOptions & { moved: number };

const textOf = (node: unknown): string => {
  if (node === null || typeof node !== 'object') return '';
  const { text, children } = node as { text?: unknown; children?: unknown };
  if (typeof text === 'string') return text;
  return Array.isArray(children) ? children.map(textOf).join(' ') : '';
};

// Only to judge whether two paragraphs are one edited: plain words are enough, and much cheaper than tokens.
const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

/** Blocks of the same kind pair up when they share at least a third of their words (or are both short). */
function similar(before: Node, after: Node): boolean {
  if (before.type !== after.type) {
    const lists = ['numbered-list', 'bulleted-list'];
    if (!(lists.includes(before.type) && lists.includes(after.type))) return false;
  }
  if (!['paragraph', 'heading'].includes(after.type)) return true;
  const was = words(textOf(before));
  const now = words(textOf(after));
  if (was.length < 4 || now.length < 4) return true;
  const known = new Set(was);
  const shared = now.filter((word) => known.has(word)).length;
  return shared * 3 >= Math.max(was.length, now.length);
}

/**
 * A node's identity for matching: its words first (so two different paragraphs differ at their first
 * letters and compare fast), then its formatting and kind. Equal keys mean equal flattened nodes.
 */
function nodeKey(node: unknown): string {
  const { children, text, ...rest } = node as { children?: unknown[]; text?: string };
  if (typeof text === 'string') return `${text}\u0001${JSON.stringify(rest)}`;
  const inner = Array.isArray(children) ? children.map(nodeKey).join('\u0002') : '';
  return `${inner}\u0003${JSON.stringify(rest)}`;
}

/** Every text inside a node marked inserted or deleted. */
function markNode<T>(node: T, kind: Kind): T {
  const { children } = node as { children?: unknown[] };
  if (!Array.isArray(children)) return node;
  if (children.every((child) => typeof (child as FormattedText).text === 'string'))
    return { ...node, children: markAll(children as FormattedText[], kind) };
  return { ...node, children: children.map((child) => markNode(child, kind)) };
}

function alignChildren<T extends Node>(before: readonly T[], after: readonly T[], options: CompareRun): T[] {
  const aligned = alignNodes(before, after, {
    // flattenBlocks builds every node with its keys in one order, so JSON.stringify is canonical here.
    keyOf: nodeKey,
    canPair: similar,
    moves: options.moves === 'unflagged',
    movable: (node) => textOf(node).trim() !== '',
  });
  return aligned.map((entry: Aligned<T>) => {
    switch (entry.kind) {
      case 'moved':
        options.moved++;
        return entry.after;
      case 'same':
        return entry.after;
      case 'insert':
        return markNode(entry.after, 'insert');
      case 'delete':
        return markNode(entry.before, 'delete');
      case 'changed':
        return comparePair(entry.before, entry.after, options);
    }
  });
}

function compareCells(before: TableRowNode, after: TableRowNode, options: CompareRun): TableCellNode[] {
  return after.children.map((cell, index) => {
    const was = before.children[index];
    if (!was) return markNode(cell, 'insert');
    return { ...cell, children: alignChildren(was.children, cell.children, options) };
  });
}

/** One node edited: its children compared, or (a paragraph, a heading) its words. */
function comparePair<T extends Node>(before: T, after: T, options: CompareRun): T {
  const was = before as Node;
  const now = after as Node;
  if (now.type === 'page-break' || was.type === 'page-break') return after;
  if (now.type === 'paragraph' || now.type === 'heading')
    return {
      ...after,
      children: compareInline(
        (was as ParagraphNode).children as FormattedText[],
        now.children as FormattedText[],
      ),
    };
  if (now.type === 'table-row')
    return { ...after, children: compareCells(was as TableRowNode, now, options) };
  const children = alignChildren(
    (was as { children: Node[] }).children,
    (now as { children: Node[] }).children,
    options,
  );
  return { ...after, children };
}

/** The later version's blocks with every change since the earlier one marked. Both must be flattened first. */
export const compareBlocks = (
  before: readonly ContentBlock[],
  after: readonly ContentBlock[],
  options: CompareRun,
): ContentBlock[] => alignChildren(before, after, options);
