// A paragraph a redline inserts or deletes whole must carry the change on its paragraph mark too (w:ins or
// w:del inside its w:pPr/w:rPr), or Word's Accept All leaves an empty paragraph where one was deleted and
// Reject All one where one was inserted. The blocks are laid out by the shared builders (blocks.ts, lists,
// tables, letter parts), so the marks are added to the built paragraphs afterwards: a paragraph whose runs
// are all tracked deletions (or all insertions) gets its properties made again with the matching mark.
import { DeletedTextRun, InsertedTextRun, Paragraph, ParagraphProperties } from 'docx';
import type { Document, IParagraphOptions } from 'docx';

interface Node {
  root?: unknown[];
}

type Kind = 'insertion' | 'deletion';

function wholeChange(paragraph: Paragraph): Kind | undefined {
  const runs = ((paragraph as unknown as Node).root ?? []).slice(1);
  if (runs.length === 0) return undefined;
  if (runs.every((run) => run instanceof DeletedTextRun)) return 'deletion';
  if (runs.every((run) => run instanceof InsertedTextRun)) return 'insertion';
  return undefined;
}

/** Every paragraph of the body, tables' cells included, in document order. */
function paragraphsIn(node: unknown, out: Paragraph[] = []): Paragraph[] {
  if (node instanceof Paragraph) {
    out.push(node);
    return out;
  }
  const children = (node as Node | null)?.root;
  if (Array.isArray(children)) for (const child of children) paragraphsIn(child, out);
  return out;
}

/**
 * Marks the paragraph marks of paragraphs inserted or deleted whole, numbering them on from `nextId` (the
 * document's one revision counter). Returns how many were marked. A paragraph not built as docx builds one
 * today (no options kept, properties not first) is left as it is: its text is still tracked.
 */
export function markWholeParagraphs(
  doc: Document,
  stamp: { author: string; date: string },
  nextId: number,
): number {
  const body = (doc as unknown as { Document?: { View?: unknown } }).Document?.View;
  let id = nextId;
  for (const paragraph of paragraphsIn(body)) {
    const kind = wholeChange(paragraph);
    const held = paragraph as unknown as Node & { options?: IParagraphOptions; properties?: unknown };
    if (!kind || !held.options || !(held.root?.[0] instanceof ParagraphProperties)) continue;
    const properties = new ParagraphProperties({
      ...held.options,
      run: { ...held.options.run, [kind]: { id: id++, author: stamp.author, date: stamp.date } },
    });
    held.root[0] = properties;
    held.properties = properties;
  }
  return id - nextId;
}
