// Types for editor-draft.mjs, which the page view agreement test also lays out.
/** The 300-page draft's body in the document model: 3,000 paragraphs, headings, numbered lists. */
export function bigDraftBlocks(paragraphs?: number): unknown[];

/** A .cdesk file holding `matter` and one big draft. */
export function bigMatterFile(matter: unknown, paragraphs?: number): unknown;
