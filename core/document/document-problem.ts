// Turns the first problem zod found in a draft's stored blocks into one sentence an attorney can act on:
// which paragraph (1-based, with the start of its text), where inside it, and what is wrong.
import type { z } from 'zod';
import { LETTER_PART_TYPES } from './model';

type Issue = z.core.$ZodIssue;
type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Kinds in the attorney's words: the type with spaces ("table-cell" is a "table cell"), except these.
const KIND_WORDS: Record<string, string> = {
  're-line': 'Re: line',
  enclosures: 'list of enclosures',
  'exhibit-ref': 'exhibit reference',
};
const KINDS = new Set<unknown>([
  ...LETTER_PART_TYPES,
  ...'paragraph heading numbered-list bulleted-list list-item block-quote table'.split(' '),
  ...'table-row table-cell page-break field exhibit-ref matter-update footnote'.split(' '),
]);
function kindOf({ type, ...node }: Node): string {
  if (type === undefined) return 'text' in node ? 'text run' : 'element';
  return typeof type === 'string' && KINDS.has(type)
    ? (KIND_WORDS[type] ?? type.replace(/-/g, ' '))
    : 'element';
}
const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

/** Where a child sits, in the words of the thing holding it; undefined for text and fields inside a line. */
function stepName(parent: Node, key: PropertyKey, n: number): string | undefined {
  const type = String(parent.type);
  if (type === 'table') return `row ${n}`;
  if (type === 'table-row') return `cell ${n}`;
  if (type === 'numbered-list' || type === 'bulleted-list') return `item ${n}`;
  if (type === 'list-item') return ''; // the item's own paragraph, or its nested list whose item follows
  if (type === 'matter-update')
    return `${key === 'proposed' ? 'the proposed text' : 'your text'}, paragraph ${n}`;
  if (
    type === 'block-quote' ||
    type === 'table-cell' ||
    (LETTER_PART_TYPES as readonly string[]).includes(type)
  )
    return `paragraph ${n}`;
  return undefined;
}

/** The start of a block's text, for recognising it: `"The City searched for…"`. */
function quoteOf(block: unknown): string {
  let text = '';
  const visit = (node: unknown): void => {
    if (!isNode(node) || text.length > 40) return;
    if (typeof node.text === 'string') text += node.text;
    else if (typeof node.value === 'string') text += node.value;
    else if (node.type === 'exhibit-ref' && typeof node.label === 'string') text += node.label;
    else if (Array.isArray(node.children)) node.children.forEach((child) => visit(child));
    if (node.type === 'paragraph' || node.type === 'heading') text += ' ';
  };
  visit(block);
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= 30) return text && ` ("${text}")`;
  const cut = text.slice(0, 30);
  const space = cut.lastIndexOf(' ');
  return ` ("${(space > 15 ? cut.slice(0, space) : cut).trimEnd()}…")`;
}

const describeValue = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(typeof value === 'string' ? value.slice(0, 30) : value) ?? 'nothing';
};
const WANTED: Record<string, string> = { string: 'text', boolean: 'true or false', array: 'a list' };

/** Walks the issue's path to name the damaged element: which block, and where inside it. */
function locate(path: readonly PropertyKey[], root: unknown[]) {
  const top = Number(path[0]);
  const block = root[top];
  const trail: string[] = [isNode(block) ? `paragraph ${top + 1}${quoteOf(block)}` : `block ${top + 1}`];
  let node: unknown = block;
  let parent: Node | undefined;
  let named = true;
  let i = 1;
  for (; i + 1 < path.length && isNode(node) && typeof path[i + 1] === 'number'; i += 2) {
    const children = node[String(path[i])];
    const step = stepName(node, path[i]!, Number(path[i + 1]) + 1);
    named = step !== undefined;
    const last = trail[trail.length - 1]!;
    if (step?.startsWith('item ') && last.startsWith('item '))
      trail[trail.length - 1] = `${last}.${step.slice(5)}`;
    else if (step) trail.push(step);
    parent = node;
    node = Array.isArray(children) ? children[Number(path[i + 1])] : undefined;
  }
  return { where: trail.join(', '), node, parent, named, key: path[i] };
}

export function describeIssue(issue: Issue, root: unknown): string {
  if (!Array.isArray(root))
    return `the draft's text is not a list of paragraphs (found ${describeValue(root)})`;
  const discriminator = issue.code === 'invalid_union' && issue.path[issue.path.length - 1] === 'type';
  const at = locate(discriminator ? issue.path.slice(0, -1) : issue.path, root);
  const { where, node, named } = at;
  if (!isNode(node))
    return `${where} ${named ? 'is' : 'has something that is'} not a document element (found ${describeValue(node)})`;
  if (discriminator) return `${where} ${misplaced(node, at.parent, named)}`;
  const key = String(at.key);
  const kind = key === 'text' ? 'text run' : kindOf(node);
  // Said of the damaged element: directly when `where` names it, else as "has a field with no "path"".
  const say = (fault: string) => `${where} ${named ? 'has' : `has ${withArticle(kind)} with`} ${fault}`;
  const input = node[key];
  const setTo = `${JSON.stringify(key)} set to ${describeValue(input)}, which is not`;
  if (issue.code === 'invalid_type' && input === undefined)
    return say(key === 'text' ? 'no text' : `no ${JSON.stringify(key)}`);
  if (issue.code === 'invalid_type') return say(`${setTo} ${WANTED[issue.expected] ?? issue.expected}`);
  if (issue.code === 'invalid_value' && key === 'level')
    return `${where} is a heading of level ${describeValue(input)}, but only levels 1, 2 and 3 exist`;
  if (issue.code === 'invalid_value') return say(`${setTo} one of ${issue.values.map(String).join(', ')}`);
  if ((issue.code === 'too_small' || issue.code === 'too_big') && Array.isArray(input))
    return say(`${JSON.stringify(key)} holding ${input.length} elements instead of one empty text`);
  if (issue.code === 'too_small') return say(`an empty ${JSON.stringify(key)}`);
  return say(`a damaged ${JSON.stringify(key)}`);
}

/** An element whose `type` is unknown, missing, or a kind that cannot stand where it is. */
function misplaced(node: Node, parent: Node | undefined, named: boolean): string {
  const verb = named ? 'is' : 'has';
  if (node.type !== undefined && !KINDS.has(node.type))
    return `${verb} an element of unknown kind ${describeValue(node.type)}`;
  const kind = kindOf(node);
  if (kind === 'element') return `${verb} an element with no kind (no "type")`;
  const around = parent && kindOf(parent);
  if (!around) return `${verb} ${withArticle(kind)}, which cannot go directly in the draft`;
  return `${verb} ${withArticle(kind)}, which cannot go inside ${around === kind ? `another ${around}` : withArticle(around)}`;
}
