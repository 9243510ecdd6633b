// Types for big-document.mjs, which the fast-path test also reads.
export interface BigDocument {
  /** A Counsel Desk template (front matter + Handlebars over Markdown). */
  template: string;
  /** The same content as plain Markdown, values filled in, for pandoc. */
  markdown: string;
  city: string;
  counsel: string;
}

export function bigDocument(): BigDocument;
