// Splits markup into blank-line-separated runs and sends each top-level run of plain prose down the fast
// path; everything else is parsed as Markdown in chunks. Only runs that Markdown would certainly read as a
// standalone top-level paragraph or heading qualify: none inside a code fence or directive container, and
// none at all when the markup uses constructs that reach across blank lines (link definitions, footnotes,
// raw HTML blocks, CR line endings).
import type { ContentBlock } from '../model';
import type { ConvertContext } from './convert-context';
import { plainProseBlock } from './plain-prose';
import { LIST_START, plainList } from './plain-lists';
import { plainTable } from './plain-tables';

export type Segment =
  { kind: 'block'; block: ContentBlock } | { kind: 'markdown'; text: string; firstLine: number };

const ACROSS_BLANK_LINES = /\r|\[[^\]\n]*\]:|<(?:script|pre|style|textarea|[!?])/i;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const CONTAINER_OPEN = /^ {0,3}(:{3,})[ \t]*[A-Za-z]/;
const CONTAINER_CLOSE = /^ {0,3}(:{3,})[ \t]*$/;
const BLANK = /^[ \t]*$/;

/**
 * Follows top-level code fences and directive containers line by line, to know when a line is at the top
 * level. Whenever a fence or container appears where it cannot be followed exactly (in a list or quote,
 * a fence inside a container, a short closing fence), it gives up and the rest of the markup is parsed.
 */
class Nesting {
  private fence: string | undefined;
  private readonly containers: number[] = [];
  private lost = false;

  get atTopLevel(): boolean {
    return !this.lost && this.fence === undefined && this.containers.length === 0;
  }

  see(line: string): void {
    if (this.lost) return;
    if (this.fence !== undefined) {
      const close = FENCE_CLOSE.exec(line)?.[1];
      if (close && close[0] === this.fence[0] && close.length >= this.fence.length) this.fence = undefined;
      return;
    }
    const fence = FENCE_OPEN.exec(line)?.[1];
    if (fence && this.containers.length === 0) this.fence = fence;
    else if (fence || /`{3}|~{3}/.test(line)) this.lost = true;
    else this.seeContainer(line);
  }

  private seeContainer(line: string): void {
    const open = CONTAINER_OPEN.exec(line)?.[1];
    const close = CONTAINER_CLOSE.exec(line)?.[1];
    const innermost = this.containers[this.containers.length - 1];
    if (open) this.containers.push(open.length);
    else if (close && innermost !== undefined && close.length >= innermost) this.containers.pop();
    else if (line.includes(':::') && !(close && innermost === undefined)) this.lost = true;
  }
}

/** The first non-blank line at or after `from`. */
function nextContentLine(lines: readonly string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i += 1) if (!BLANK.test(lines[i]!)) return lines[i];
  return undefined;
}

/**
 * The block for a top-level run, or undefined if it needs the parser. A list qualifies only between fresh
 * blocks: after a blank line, a list marker or an indented line would continue it in Markdown, and the
 * run before it must not be parsed Markdown that might hold a list it continues.
 */
function fastBlock(
  lines: readonly string[],
  next: string | undefined,
  afterFastBlock: boolean,
  context: ConvertContext,
): ContentBlock | undefined {
  const first = lines[0]!;
  if (first.startsWith('|')) return plainTable(lines, context);
  if (LIST_START.test(first)) {
    const fresh = afterFastBlock && (next === undefined || (!/^\s/.test(next) && !LIST_START.test(next)));
    return fresh ? plainList(lines, context) : undefined;
  }
  return plainProseBlock(lines, context);
}

export function segmentMarkup(markup: string, context: ConvertContext): Segment[] {
  if (ACROSS_BLANK_LINES.test(markup)) return [{ kind: 'markdown', text: markup, firstLine: 1 }];
  const lines = markup.split('\n');
  const segments: Segment[] = [];
  const nesting = new Nesting();
  let pendingStart = -1; // first line of the Markdown chunk being collected
  const flush = (end: number) => {
    if (pendingStart < 0) return;
    segments.push({
      kind: 'markdown',
      text: lines.slice(pendingStart, end).join('\n'),
      firstLine: pendingStart + 1,
    });
    pendingStart = -1;
  };
  let i = 0;
  while (i < lines.length) {
    if (BLANK.test(lines[i]!)) {
      nesting.see(lines[i]!);
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && !BLANK.test(lines[end]!)) end += 1;
    const afterFastBlock = pendingStart < 0;
    const block = nesting.atTopLevel
      ? fastBlock(lines.slice(i, end), nextContentLine(lines, end), afterFastBlock, context)
      : undefined;
    if (block) {
      flush(i);
      segments.push({ kind: 'block', block });
    } else if (pendingStart < 0) {
      pendingStart = i;
    }
    for (let line = i; line < end; line += 1) nesting.see(lines[line]!);
    i = end;
  }
  flush(lines.length);
  return segments;
}
