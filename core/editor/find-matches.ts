// Find in the draft, as Word's Find does: matches within one paragraph (a heading, a table cell, a note),
// in reading order, with "match case" and "whole words". A field chip or an exhibit reference counts by
// the text it shows, so a match can fall inside one; such a match is reported with the chip it is in and
// is never split by a replacement (see replace-matches.ts).
import { Element, Node, Point, Range, Text } from 'slate';
import type { Path } from 'slate';
import type { FieldNode } from '../document/model';
import { fieldDisplayText } from './with-fields';
import './slate-types';

export interface FindOptions {
  matchCase: boolean;
  wholeWords: boolean;
}

/**
 * Where a match lies: in ordinary text (`text`), wholly inside one field chip's value (`field`) or one
 * exhibit reference (`exhibit-ref`), or partly in a chip and partly outside it (`across-chip`).
 */
export type MatchPlace =
  | { kind: 'text' }
  | { kind: 'field'; chipPath: Path; field: FieldNode; offset: number }
  | { kind: 'exhibit-ref'; chipPath: Path; label: string }
  | { kind: 'across-chip'; chipPath: Path };

export interface FindMatch {
  /** The matched text in the document (for a chip match: the chip itself, as Slate selects a void). */
  range: Range;
  /** The text matched, as shown. */
  text: string;
  place: MatchPlace;
}

/** A stretch of a paragraph's shown text and the node it comes from. */
interface Segment {
  start: number;
  end: number;
  path: Path;
  node: Node;
}

/** Stands for an inline element with text of its own (a note): no match runs into or across it. */
const BARRIER = '\uFFFC';

const isChip = (node: Node): node is FieldNode | Extract<Element, { type: 'exhibit-ref' }> =>
  Element.isElement(node) && (node.type === 'field' || node.type === 'exhibit-ref');

function shownText(node: Node): string {
  if (Text.isText(node)) return node.text;
  if (Element.isElement(node) && node.type === 'field') return fieldDisplayText(node);
  if (Element.isElement(node) && node.type === 'exhibit-ref') return `Exhibit ${node.label}`;
  return BARRIER;
}

/** The text a paragraph shows (its notes stand apart), with the node of every stretch. */
function paragraphText(element: Element, path: Path): { text: string; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = [];
  element.children.forEach((child, index) => {
    const shown = shownText(child);
    segments.push({
      start: text.length,
      end: text.length + shown.length,
      path: [...path, index],
      node: child,
    });
    text += shown;
  });
  return { text, segments };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after));
}

/** Where in the paragraph's nodes a stretch [start, end) of its text lies. */
function placeOf(
  segments: readonly Segment[],
  start: number,
  end: number,
): { range: Range; place: MatchPlace } {
  const touched = segments.filter((s) => s.start < end && s.end > start);
  const chip = touched.find((s) => isChip(s.node));
  if (chip) {
    const at = { path: [...chip.path, 0], offset: 0 };
    const range = { anchor: at, focus: at };
    if (touched.length > 1) return { range, place: { kind: 'across-chip', chipPath: chip.path } };
    const node = chip.node as FieldNode | Extract<Element, { type: 'exhibit-ref' }>;
    if (node.type === 'exhibit-ref')
      return { range, place: { kind: 'exhibit-ref', chipPath: chip.path, label: node.label } };
    return { range, place: { kind: 'field', chipPath: chip.path, field: node, offset: start - chip.start } };
  }
  const first = touched[0]!;
  const last = touched[touched.length - 1]!;
  return {
    range: {
      anchor: { path: first.path, offset: start - first.start },
      focus: { path: last.path, offset: end - last.start },
    },
    place: { kind: 'text' },
  };
}

/** Where `query` occurs in one stretch of text, with the options applied. */
export function textMatches(
  text: string,
  query: string,
  options: FindOptions,
): { start: number; end: number }[] {
  if (query === '' || query.includes(BARRIER) || text.length < query.length) return [];
  const pattern = new RegExp(escapeRegExp(query), options.matchCase ? 'gu' : 'giu');
  const out: { start: number; end: number }[] = [];
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    const end = start + found[0].length;
    if (!options.wholeWords || isWholeWord(text, start, end)) out.push({ start, end });
  }
  return out;
}

/** Every match of `query` in the document under `root` (an editor), in reading order. */
export function findMatches(root: Node, query: string, options: FindOptions): FindMatch[] {
  if (query === '') return [];
  const matches: FindMatch[] = [];
  for (const [node, path] of Node.nodes(root)) {
    // A paragraph (or heading, or note) holds its text directly; blocks around it hold only blocks.
    if (!Element.isElement(node) || !node.children.some((child) => Text.isText(child))) continue;
    const { text, segments } = paragraphText(node, path);
    for (const { start, end } of textMatches(text, query, options)) {
      matches.push({ ...placeOf(segments, start, end), text: text.slice(start, end) });
    }
  }
  // A note's matches come where its marker is, between the text before and after it.
  return matches.sort((a, b) => Point.compare(Range.start(a.range), Range.start(b.range)));
}
