// A letter shown read-only, as a version reads or as a compare marks it: inserted text underlined, deleted
// text struck through, text whose formatting alone changed outlined (its earlier formatting on hover). The
// blocks are flattened ones (core/versions): text runs only, no live fields.
import type { ReactNode } from 'react';
import type { Alignment, ContentBlock, ListNode, ParagraphNode, TableNode } from '../../core/document/model';
import { marksInWords, type RevisedText } from '../../core/versions/revised-text';

function run(text: RevisedText, key: number): ReactNode {
  let node: ReactNode = text.text;
  if (text.bold) node = <strong>{node}</strong>;
  if (text.italic) node = <em>{node}</em>;
  if (text.underline) node = <u>{node}</u>;
  switch (text.revision?.kind) {
    case 'insert':
      return <ins key={key}>{node}</ins>;
    case 'delete':
      return <del key={key}>{node}</del>;
    case 'format':
      return (
        <span
          key={key}
          className="format-change"
          title={`Formatting changed (was ${marksInWords(text.revision.from ?? {})})`}
        >
          {node}
        </span>
      );
    default:
      return <span key={key}>{node}</span>;
  }
}

const aligned = (align: Alignment | undefined) => (align ? { textAlign: align } : undefined);

const runs = (paragraph: { children: unknown[] }): ReactNode[] =>
  (paragraph.children as RevisedText[]).map(run);

const paragraph = (node: ParagraphNode, key: number) => (
  <p key={key} style={aligned(node.align)}>
    {runs(node)}
  </p>
);

function list(node: ListNode, key: number): ReactNode {
  const items = node.children.map((item, i) => (
    <li key={i}>
      {item.children.map((child, k) => (child.type === 'paragraph' ? paragraph(child, k) : list(child, k)))}
    </li>
  ));
  return node.type === 'numbered-list' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
}

const table = (node: TableNode, key: number) => (
  <table key={key}>
    <tbody>
      {node.children.map((row, r) => (
        <tr key={r}>
          {row.children.map((cell, c) => {
            const Cell = row.header ? 'th' : 'td';
            return <Cell key={c}>{cell.children.map(paragraph)}</Cell>;
          })}
        </tr>
      ))}
    </tbody>
  </table>
);

function block(node: ContentBlock, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, key);
    case 'heading': {
      const Heading = node.level === 1 ? 'h3' : node.level === 2 ? 'h4' : 'h5';
      return (
        <Heading key={key} style={aligned(node.align)}>
          {runs(node)}
        </Heading>
      );
    }
    case 'numbered-list':
    case 'bulleted-list':
      return list(node, key);
    case 'table':
      return table(node, key);
    case 'page-break':
      return <hr key={key} className="letter-view-page-break" aria-label="Page break" />;
    case 'block-quote':
      return <blockquote key={key}>{node.children.map(paragraph)}</blockquote>;
    default:
      return (
        <div key={key} className={`letter-view-part letter-view-part--${node.type}`}>
          {node.children.map(paragraph)}
        </div>
      );
  }
}

export function LetterView({ blocks, label }: { blocks: readonly ContentBlock[]; label: string }) {
  return (
    <div className="letter-view" role="document" aria-label={label} tabIndex={0}>
      {blocks.map(block)}
    </div>
  );
}
