// GFM footnotes in templates: `…the statute.[^1]` in the text and `[^1]: Tex. Gov't Code § 752.053.` anywhere
// in the template become one footnote node where the reference stands, holding the definition's text (matter
// values in it stay linked). A definition that nothing refers to is kept as text, so no words are lost.
import type { FootnoteDefinition, FootnoteReference, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FootnoteNode, InlineNode, NoteInline } from '../model';
import type { ConvertContext, Marks } from './convert-context';
import { normalizeInlines } from './normalize-inlines';

export interface MarkupNotes {
  definitions: ReadonlyMap<string, FootnoteDefinition>;
  /** Identifiers some reference uses: their definitions are not printed where they stand. */
  referenced: ReadonlySet<string>;
}

type Walkable = { type: string; children?: Walkable[] };

/** Every footnote definition and reference in a parsed template. */
export function collectNotes(root: Root): MarkupNotes | undefined {
  const definitions = new Map<string, FootnoteDefinition>();
  const referenced = new Set<string>();
  const visit = (node: Walkable) => {
    if (node.type === 'footnoteDefinition') {
      const definition = node as unknown as FootnoteDefinition;
      if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition);
      // A reference inside a note stays text (notes never nest): it does not use up its definition.
      return;
    } else if (node.type === 'footnoteReference') {
      referenced.add((node as unknown as FootnoteReference).identifier);
    }
    node.children?.forEach(visit);
  };
  visit(root as Walkable);
  return definitions.size > 0 ? { definitions, referenced } : undefined;
}

type Phrasing = (nodes: readonly PhrasingContent[], marks: Marks, context: ConvertContext) => InlineNode[];

/** The footnote a reference stands for; undefined when it names no definition (or sits in a note itself). */
export function footnoteFor(
  reference: FootnoteReference,
  context: ConvertContext,
  phrasing: Phrasing,
): FootnoteNode | undefined {
  const definition = context.notes?.definitions.get(reference.identifier);
  if (!definition || context.inNote) return undefined;
  const inner: ConvertContext = { ...context, inNote: true, keepLines: false };
  const parts = definition.children.map((child): InlineNode[] =>
    child.type === 'paragraph' ? phrasing(child.children, {}, inner) : [{ text: toString(child) }],
  );
  // Paragraphs of one note run on as one paragraph: a Word footnote of ours is one paragraph.
  const joined = parts.flatMap((part, index) => (index > 0 ? [{ text: ' ' }, ...part] : part));
  return { type: 'footnote', children: normalizeInlines(joined) as NoteInline[] };
}
