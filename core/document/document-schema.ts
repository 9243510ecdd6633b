// The document model (model.ts) as a zod schema, so every draft read from a matter file is checked on open
// and a damaged one is reported as one sentence naming the paragraph, instead of breaking the editor later.
import { z } from 'zod';
import { describeIssue } from './document-problem';
import { LETTER_PART_TYPES } from './model';
import type { BlockNode } from './model';

const align = z.enum(['left', 'center', 'right', 'justify']).optional();
const flag = z.boolean().optional();
const marks = { bold: flag, italic: flag, underline: flag };
// Slate keeps one empty text inside a void element; any single text is accepted because the editor empties it.
const voidChildren = z.tuple([z.object({ text: z.string() })]);

// Text has no `type`; declaring it absent lets one discriminated union tell text from fields, and zod then
// reports the damage inside the matching kind rather than one error per possible kind.
const textSchema = z.object({ type: z.undefined().optional(), text: z.string(), ...marks });
const fieldSchema = z.object({
  type: z.literal('field'),
  path: z.string().min(1),
  label: z.string(),
  value: z.string(),
  format: z.string().optional(),
  required: flag,
  ...marks,
  children: voidChildren,
});
const exhibitRefSchema = z.object({
  type: z.literal('exhibit-ref'),
  exhibitId: z.string(),
  label: z.string(),
  children: voidChildren,
});
const noteInlineSchema = z.discriminatedUnion('type', [textSchema, fieldSchema, exhibitRefSchema]);
// A footnote holds its note's text inline; a note never holds another note.
const footnoteSchema = z.object({ type: z.literal('footnote'), children: z.array(noteInlineSchema) });
const inlineSchema = z.discriminatedUnion('type', [
  textSchema,
  fieldSchema,
  exhibitRefSchema,
  footnoteSchema,
]);

const paragraphSchema = z.object({ type: z.literal('paragraph'), align, children: z.array(inlineSchema) });
const paragraphsSchema = z.array(paragraphSchema);
const headingSchema = z.object({
  type: z.literal('heading'),
  level: z.literal([1, 2, 3]),
  align,
  children: z.array(inlineSchema),
});

interface CheckedListItem {
  type: 'list-item';
  children: (z.infer<typeof paragraphSchema> | z.infer<typeof listSchema>)[];
}
// Lists nest through their items, the one recursion in the model; z.lazy breaks the cycle.
const listItemSchema: z.ZodType<CheckedListItem> = z.object({
  type: z.literal('list-item'),
  children: z.array(z.lazy(() => z.discriminatedUnion('type', [paragraphSchema, listSchema]))),
});
const listSchema = z.object({
  type: z.enum(['numbered-list', 'bulleted-list']),
  children: z.array(listItemSchema),
});

const tableCellSchema = z.object({ type: z.literal('table-cell'), align, children: paragraphsSchema });
const tableRowSchema = z.object({
  type: z.literal('table-row'),
  header: flag,
  children: z.array(tableCellSchema),
});
const tableSchema = z.object({ type: z.literal('table'), children: z.array(tableRowSchema) });
const blockQuoteSchema = z.object({ type: z.literal('block-quote'), children: paragraphsSchema });
const pageBreakSchema = z.object({ type: z.literal('page-break'), children: voidChildren });
const letterPartSchema = z.object({ type: z.enum(LETTER_PART_TYPES), children: paragraphsSchema });

const passageSchema = z.array(
  z.discriminatedUnion('type', [
    paragraphSchema,
    headingSchema,
    listSchema,
    blockQuoteSchema,
    tableSchema,
    pageBreakSchema,
    letterPartSchema,
  ]),
);
// Top level only: the passages it offers are ordinary blocks, so an update never nests in another.
const matterUpdateSchema = z.object({
  type: z.literal('matter-update'),
  id: z.string(),
  proposed: passageSchema,
  children: passageSchema,
});

/** A draft's body: the top-level blocks of a `DocumentModel`. */
export const blockNodesSchema = z.array(
  z.discriminatedUnion('type', [...passageSchema.element.options, matterUpdateSchema]),
);

export type BlockCheck = { ok: true; blocks: BlockNode[] } | { ok: false; problem: string };

/**
 * Checks a draft's stored blocks. `problem` is one sentence naming the damaged paragraph (1-based, as the
 * attorney counts) with the start of its text, e.g. `paragraph 12 ("The City searched for…") has no "children"`.
 */
export function checkBlocks(value: unknown): BlockCheck {
  const result = blockNodesSchema.safeParse(value);
  // The value itself, not zod's copy: that copy drops properties the model does not name, which a save would lose.
  if (result.success) return { ok: true, blocks: value as BlockNode[] };
  return { ok: false, problem: describeIssue(result.error.issues[0]!, value) };
}
