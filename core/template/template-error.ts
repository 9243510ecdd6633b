// A problem in a template, located in its source so the person who wrote it can fix it.

export interface TemplateLocation {
  /** The template or partial file; empty when the text did not come from a file. */
  file: string;
  /** 1-based; 0 when unknown. */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
}

export class TemplateError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(message: string, location: TemplateLocation) {
    super(message);
    this.name = 'TemplateError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
}
