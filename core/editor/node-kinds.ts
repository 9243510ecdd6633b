// Small type guards over Slate nodes, shared by the editor plugins and transforms.
import { Element } from 'slate';
import type { Node } from 'slate';
import type { HeadingNode, ListItemNode, ListNode, ParagraphNode, LetterPartType } from '../document/model';
import { LETTER_PART_TYPES } from '../document/model';
import './slate-types';

export const isList = (node: Node): node is ListNode =>
  Element.isElement(node) && (node.type === 'numbered-list' || node.type === 'bulleted-list');

export const isListItem = (node: Node): node is ListItemNode =>
  Element.isElement(node) && node.type === 'list-item';

export const isParagraph = (node: Node): node is ParagraphNode =>
  Element.isElement(node) && node.type === 'paragraph';

/** Blocks that hold text directly: the ones alignment and heading levels apply to. */
export const isTextBlock = (node: Node): node is ParagraphNode | HeadingNode =>
  Element.isElement(node) && (node.type === 'paragraph' || node.type === 'heading');

const letterParts = new Set<string>(LETTER_PART_TYPES);

export const isLetterPart = (node: Node): node is Element & { type: LetterPartType } =>
  Element.isElement(node) && letterParts.has(node.type);

/** Containers whose children must all be paragraphs. */
export const holdsParagraphsOnly = (node: Node): boolean =>
  Element.isElement(node) &&
  (node.type === 'block-quote' || node.type === 'table-cell' || letterParts.has(node.type));
