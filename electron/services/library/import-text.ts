// Plain text and Markdown importers. Markdown sections come from its headings (remark); plain text
// paragraphs are separated by blank lines and numbered lines such as "3.2 Reporting" start sections.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { TextBuilder, type ExtractedDocument } from './extracted-document';
import { headingLevel } from './heading-line';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');

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

export function extractMarkdown(bytes: Uint8Array): ExtractedDocument {
  const source = decode(bytes).replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source);
  const builder = new TextBuilder();
  for (const node of tree.children) addMarkdownNode(builder, node);
  const firstHeading = tree.children.find((n) => n.type === 'heading');
  return builder.finish(firstHeading ? toString(firstHeading) : '');
}
