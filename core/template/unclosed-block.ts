// Finds the block a template opens and never closes ({{#each …}} without {{/each}}), so the error points at
// the line where it opens, not at the end of the file where the parser notices.

export interface UnclosedBlock {
  /** The helper that opens it: `each`, `if`, `unless`, `with`. */
  name: string;
  /** The opening tag as written, e.g. `{{#each inquiry.requests}}`. */
  opening: string;
  /** 1-based line and column within the text scanned. */
  line: number;
  column: number;
}

// Comments first, so a `{{#if}}` inside {{!-- … --}} is not counted; then openers and closers.
const TAGS = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*>?\s*([^\s}~]*)[^}]*\}\}/g;

/** The innermost block opened and never closed, or undefined when every block is closed. */
export function findUnclosedBlock(text: string): UnclosedBlock | undefined {
  const open: { name: string; index: number; opening: string }[] = [];
  for (const match of text.matchAll(TAGS)) {
    const [tag, sign, name] = match;
    // `{{^}}` alone is an {{else}}; `{{^x}}` opens an inverse block closed by `{{/x}}`.
    if (!sign || !name) continue;
    if (sign === '/') open.pop();
    else open.push({ name, index: match.index, opening: tag });
  }
  const last = open.at(-1);
  if (!last) return undefined;
  const before = text.slice(0, last.index).split('\n');
  return {
    name: last.name,
    opening: last.opening,
    line: before.length,
    column: before.at(-1)!.length + 1,
  };
}

const ENDS: Record<string, string> = {
  each: 'where the repeated text ends',
  if: 'where the text it keeps or leaves out ends',
  unless: 'where the text it keeps or leaves out ends',
  with: 'where the text that uses its fields ends',
};

/** "`{{#each x}}` is never closed; add `{{/each}}` …", in words a template's author can act on. */
export const unclosedBlockMessage = (block: UnclosedBlock): string =>
  `\`${block.opening}\` is never closed; add \`{{/${block.name}}}\` on a line of its own ${
    ENDS[block.name] ?? 'where the block ends'
  }`;
