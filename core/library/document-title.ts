// What an imported source is called: the title its file declares (DOCX and PDF title properties, a Word
// Title-style paragraph, Markdown front matter), else the file's name. Never the first line or heading,
// which is a letterhead ("DALLAS POLICE DEPARTMENT") or a section ("1. Purpose") as often as a title.

/** Titles that programs write when nobody gave one. */
const PLACEHOLDERS = /^(?:untitled|title|document\d*|doc\d*|microsoft word|untitled document)$/i;

/** What a browser's "print to PDF" writes as the title of a page without one: its address. */
const ADDRESS = /^(?:about:(?:blank|srcdoc)|(?:file|data|blob|https?):\S*)$/i;

/**
 * A declared title as a person would write it, or empty when it is missing or a placeholder: "Microsoft
 * Word - GO 301.docx" (what Word's PDF printer writes) becomes "GO 301".
 */
export function cleanTitle(declared: string | undefined | null): string {
  const title = (declared ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^microsoft (?:word|excel|powerpoint) - /i, '')
    .replace(/\.(?:docx?|pdf|rtf|odt|wpd|txt)$/i, '')
    .trim();
  if (!title || PLACEHOLDERS.test(title) || ADDRESS.test(title) || !/[\p{L}\p{N}]/u.test(title)) return '';
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** "GO_301.00 Immigration Enforcement.pdf" -> "GO 301.00 Immigration Enforcement". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const stem = base.includes('.') && !base.startsWith('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const title = stem.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
  return title || base || 'Untitled source';
}
