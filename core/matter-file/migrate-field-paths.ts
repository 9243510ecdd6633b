// The chips of a version-1 draft name matter paths that moved in version 2: the letter's date and delivery
// line now belong to the letter, the produced and withheld lists are views of the one records list. This
// points each chip at its new path (with the item key of its request or record), so it shows its value again.
import { itemKey } from '../template/item-key';

type Json = Record<string, unknown>;

export interface PathContext {
  /** What item keys are read from: the upgraded matter, with the records views by id. */
  root: Json;
  /** How many records stand before the first record of the old produced list in the produced view. */
  producedOffset: number;
}

function newPath(path: string, offset: number): string {
  if (path === 'response.letterDate') return 'letter.date';
  if (path === 'response.deliveryLine') return 'letter.deliveryLine';
  const withheld = /^response\.withheld\.(\d+)\.(.+)$/.exec(path);
  if (withheld) return `records.withheld.${withheld[1]}.${withheld[2]}`;
  const produced = /^response\.produced\.(\d+)\.(.+)$/.exec(path);
  if (produced) return `records.produced.${Number(produced[1]) + offset}.${produced[2]}`;
  return path;
}

function upgradeNode(node: unknown, context: PathContext): unknown {
  if (Array.isArray(node)) return node.map((child) => upgradeNode(child, context));
  if (typeof node !== 'object' || node === null) return node;
  const element = node as Json;
  if (element.type === 'field' && typeof element.path === 'string') {
    const path = newPath(element.path, context.producedOffset);
    const key = itemKey(context.root, path);
    return { ...element, path, ...(key === undefined ? {} : { itemKey: key }) };
  }
  return Array.isArray(element.children)
    ? { ...element, children: element.children.map((child) => upgradeNode(child, context)) }
    : element;
}

/** The blocks with every chip pointing where its value now lives; anything else is returned as it was. */
export const upgradeFieldPaths = (blocks: unknown, context: PathContext): unknown =>
  Array.isArray(blocks) ? upgradeNode(blocks, context) : blocks;
