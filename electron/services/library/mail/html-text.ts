// An HTML mail body as plain paragraphs: the same HTML walk the DOCX importer uses, after dropping what a
// reader never sees (head, style, script, comments).
import { htmlToText } from '../import-docx';

export function htmlBodyToText(html: string): string {
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '</p><p>')
    .replace(/<(div|tr)\b/gi, '</p><$1');
  return htmlToText(visible).builder.finish('').text;
}
