// How each document node looks in the editor. Letter parts keep their letter layout (centred letterhead,
// signature block, ...); page breaks show as a dashed rule.
import type { CSSProperties } from 'react';
import type { RenderChunkProps, RenderElementProps, RenderLeafProps } from 'slate-react';
import { RevealingChunk } from './chunk-reveal';
import { ExhibitChip } from './exhibit-chip';
import { FieldChip } from './field-chip';
import { FootnoteElement } from './footnote-element';
import { MatterUpdateElement } from './matter-update-element';

const alignStyle = (align: string | undefined): CSSProperties | undefined =>
  align && align !== 'left' ? { textAlign: align as CSSProperties['textAlign'] } : undefined;

export function renderElement({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'paragraph':
      return (
        <p {...attributes} style={alignStyle(element.align)}>
          {children}
        </p>
      );
    case 'heading': {
      const Tag = `h${element.level}` as 'h1' | 'h2' | 'h3';
      return (
        <Tag {...attributes} className="doc-heading" style={alignStyle(element.align)}>
          {children}
        </Tag>
      );
    }
    case 'numbered-list':
      return <ol {...attributes}>{children}</ol>;
    case 'bulleted-list':
      return <ul {...attributes}>{children}</ul>;
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'block-quote':
      return <blockquote {...attributes}>{children}</blockquote>;
    case 'table':
      return (
        <table {...attributes} className="doc-table">
          <tbody>{children}</tbody>
        </table>
      );
    case 'table-row':
      return (
        <tr {...attributes} className={element.header ? 'doc-table-header' : undefined}>
          {children}
        </tr>
      );
    case 'table-cell':
      return (
        <td {...attributes} style={alignStyle(element.align)}>
          {children}
        </td>
      );
    case 'page-break':
      return (
        <div {...attributes} className="page-break">
          <div contentEditable={false} className="page-break-rule">
            <span>Page break</span>
          </div>
          {children}
        </div>
      );
    case 'field':
      return (
        <FieldChip attributes={attributes} element={element}>
          {children}
        </FieldChip>
      );
    case 'exhibit-ref':
      return (
        <ExhibitChip attributes={attributes} element={element}>
          {children}
        </ExhibitChip>
      );
    case 'footnote':
      return (
        <FootnoteElement attributes={attributes} element={element}>
          {children}
        </FootnoteElement>
      );
    case 'matter-update':
      return (
        <MatterUpdateElement attributes={attributes} element={element}>
          {children}
        </MatterUpdateElement>
      );
    default:
      return (
        <div {...attributes} className={`letter-part letter-part--${element.type}`} data-part={element.type}>
          {children}
        </div>
      );
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  return <span {...attributes}>{content}</span>;
}

/** Lowest chunks skip layout and paint while off screen (see `.doc-chunk` in sheet.css). */
export function renderChunk(props: RenderChunkProps) {
  return <RevealingChunk {...props} />;
}
