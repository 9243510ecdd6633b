// What the review rules read from a letter as it goes out, in one walk: the fields it prints, the exhibits it
// refers to, its text outside the enclosures list and its signature block.
import type { BlockNode } from '../document/model';
import { blocksToPlainText } from '../document/plain-text';

export interface LetterScan {
  /** Paths of every field the letter prints, e.g. `inquiry.requests.0.status`. */
  fieldPaths: Set<string>;
  /** Paths of the fields printed outside the enclosures list. */
  textFieldPaths: Set<string>;
  /** Ids of the exhibits an exhibit reference points to. */
  referencedIds: Set<string>;
  /**
   * The letter's text without its enclosures list: where "Exhibit A" counts as a reference. Read only when a rule
   * needs it (the bind runs at every keystroke and a letter may hold hundreds of pages).
   */
  text: () => string;
  /** The whole letter's text, for a jurat or a notary block (read only for a sworn form). */
  fullText: () => string;
  /** The signature block's fields and text; undefined when the letter has none. */
  signature?: { fieldPaths: Set<string>; text: string };
}

function collect(node: unknown, fields: Set<string>, refs: Set<string>): void {
  const element = node as { type?: string; path?: string; exhibitId?: string; children?: unknown[] };
  if (element.type === 'field' && element.path) fields.add(element.path);
  if (element.type === 'exhibit-ref' && element.exhibitId) refs.add(element.exhibitId);
  for (const child of element.children ?? []) collect(child, fields, refs);
}

function once(read: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= read());
}

export function scanLetter(children: readonly BlockNode[]): LetterScan {
  const fieldPaths = new Set<string>();
  const textFieldPaths = new Set<string>();
  const referencedIds = new Set<string>();
  const body = children.filter((block) => block.type !== 'enclosures');
  for (const block of children) collect(block, fieldPaths, referencedIds);
  for (const block of body) collect(block, textFieldPaths, new Set());
  const signatureBlock = children.find((block) => block.type === 'signature-block');
  const signaturePaths = new Set<string>();
  if (signatureBlock) collect(signatureBlock, signaturePaths, new Set());
  return {
    fieldPaths,
    textFieldPaths,
    referencedIds,
    text: once(() => blocksToPlainText(body)),
    fullText: once(() => blocksToPlainText(children)),
    ...(signatureBlock
      ? { signature: { fieldPaths: signaturePaths, text: blocksToPlainText([signatureBlock]) } }
      : {}),
  };
}
