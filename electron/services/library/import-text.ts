// Plain text and Markdown importers. Markdown sections come from its headings (remark); plain text
// paragraphs are separated by blank lines and numbered lines such as "3.2 Reporting" start sections.
// Either may be UTF-8, UTF-16 or Windows-1252 (text-encoding.ts). A Markdown file declares its title in its
// front matter (title:) or with a first-level heading that opens it; a plain text file declares none.
import { parse as parseYaml } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { cleanTitle } from '../../../core/library/document-title';
import { TextBuilder, type ExtractedDocument } from './extracted-document';
import { headingLevel } from './heading-line';
import { decodeText as decode } from './text-encoding';

export function extractPlainText(bytes: Uint8Array): ExtractedDocument {
  const builder = new TextBuilder();
  for (const block of decode(bytes)
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const level = lines.length === 1 ? headingLevel(lines[0]!) : 0;
    if (level > 0) builder.heading(lines[0]!, level);
    else builder.paragraph(lines.join(' '));
  }
  return builder.finish('');
}

function addMarkdownNode(builder: TextBuilder, node: RootContent): void {
  switch (node.type) {
    case 'heading':
      builder.heading(toString(node), node.depth);
      return;
    case 'list':
      for (const item of node.children) {
        for (const child of item.children) addMarkdownNode(builder, child);
      }
      return;
    case 'table':
      for (const row of node.children)
        builder.paragraph(row.children.map((cell) => toString(cell)).join(' | '));
      return;
    case 'blockquote':
      for (const child of node.children) addMarkdownNode(builder, child);
      return;
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return;
    default:
      builder.paragraph(toString(node));
  }
}

/** The front matter's title, when the file has front matter that says one. */
function frontMatterTitle(frontMatter: string | undefined): string {
  if (!frontMatter) return '';
  try {
    const data: unknown = parseYaml(frontMatter);
    const title = (data as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? cleanTitle(title) : '';
  } catch {
    return '';
  }
}

export function extractMarkdown(bytes: Uint8Array): ExtractedDocument {
  const text = decode(bytes).replace(/\r\n?/g, '\n');
  const frontMatter = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  const source = frontMatter ? text.slice(frontMatter[0].length) : text;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source);
  const builder = new TextBuilder();
  for (const node of tree.children) addMarkdownNode(builder, node);
  // "# Training Bulletin 2024-05" opening the file is its title; "# 1. Purpose" is a section.
  const opening = tree.children[0];
  const headingTitle =
    opening?.type === 'heading' && opening.depth === 1 && headingLevel(toString(opening)) === 0
      ? cleanTitle(toString(opening))
      : '';
  return builder.finish(frontMatterTitle(frontMatter?.[1]) || headingTitle);
}
