// A Markdown record as HTML to print: what its marks mean (headings, lists, tables, quotes, emphasis), every
// character of its text kept. Raw HTML in the file is printed as the text it is, never run as markup.
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeHtml, htmlPage } from './record-html';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

const children = (node: { children: Nodes[] }): string => node.children.map(toHtml).join('');

function toHtml(node: Nodes): string {
  switch (node.type) {
    case 'root':
      return children(node);
    case 'heading':
      return `<h${node.depth}>${children(node)}</h${node.depth}>`;
    case 'paragraph':
      return `<p>${children(node)}</p>`;
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${children(node)}</em>`;
    case 'strong':
      return `<strong>${children(node)}</strong>`;
    case 'delete':
      return `<del>${children(node)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'code':
      return `<pre>${escapeHtml(node.value)}</pre>`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start && node.start !== 1 ? ` start="${node.start}"` : '';
      return `<${tag}${start}>${children(node)}</${tag}>`;
    }
    case 'listItem': {
      const box = node.checked === true ? '☒ ' : node.checked === false ? '☐ ' : '';
      return `<li>${box}${children(node)}</li>`;
    }
    case 'table':
      return `<table>${children(node)}</table>`;
    case 'tableRow':
      return `<tr>${children(node)}</tr>`;
    case 'tableCell':
      return `<td>${children(node)}</td>`;
    // A link prints its text and its address, since the address is part of what the record says.
    case 'link': {
      const text = children(node);
      return node.url && escapeHtml(node.url) !== text ? `${text} (${escapeHtml(node.url)})` : text;
    }
    case 'image':
      return escapeHtml(`[image: ${node.alt || node.url}]`);
    case 'html':
      return `<span class="text">${escapeHtml(node.value)}</span>`;
    case 'footnoteReference':
      return `<sup>${escapeHtml(node.identifier)}</sup>`;
    case 'footnoteDefinition':
      return `<div><sup>${escapeHtml(node.identifier)}</sup> ${children(node)}</div>`;
    default:
      return 'children' in node ? children(node as { children: Nodes[] }) : '';
  }
}

/** The file's front matter, if any, is printed first as it is written: it is part of the record. */
export function markdownHtml(title: string, markdown: string): string {
  const text = markdown.replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  const tree: Root = processor.parse(front ? text.slice(front[0].length) : text);
  const head = front ? `<pre>${escapeHtml(front[0].trimEnd())}</pre>` : '';
  return htmlPage(title, head + toHtml(tree));
}
