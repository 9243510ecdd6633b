// Writes a matter value into Markdown so that it reads back as the same literal text (for `render --out x.md`).

const ALWAYS = /[\\`*_[\]<>#|~&{}]/g;

/** Escapes characters Markdown (with GFM and directives) could read as syntax, and line-start markers. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(ALWAYS, (ch) => `\\${ch}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-+=:])/, '$1\\$2'))
    .join('\n');
}
