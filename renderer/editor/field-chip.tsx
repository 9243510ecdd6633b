// A live matter value in the text. Shows the value (or "[Label]" while empty), names the field on hover
// and to screen readers, and offers "Unlink" (turn into plain text) from its context menu.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useSlateStatic, useSelected, ReactEditor } from 'slate-react';
import type { FieldNode } from '../../core/document/model';
import { fieldDisplayText, unlinkField } from '../../core/editor/with-fields';
import { holdsPlaceholder } from '../../core/matter/placeholder-value';

export interface ChipProps {
  attributes: object;
  children: ReactNode;
}

export function FieldChip({ attributes, children, element }: ChipProps & { element: FieldNode }) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const [menuOpen, setMenuOpen] = useState(false);
  const empty = element.value === '';
  // "[Confirm: …]" still to be checked counts as not filled in, as the export counts it.
  const marked = holdsPlaceholder(element.value);
  const className = [
    'field-chip',
    marked
      ? 'field-chip--missing'
      : empty
        ? element.required
          ? 'field-chip--missing'
          : 'field-chip--empty'
        : '',
    selected ? 'field-chip--selected' : '',
    element.bold ? 'mark-bold' : '',
    element.italic ? 'mark-italic' : '',
    element.underline ? 'mark-underline' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const name = `${element.label}${(empty && element.required) || marked ? ', required, not filled in' : ''}`;
  const unlink = () => {
    setMenuOpen(false);
    unlinkField(editor, ReactEditor.findPath(editor, element));
  };
  return (
    <span
      {...attributes}
      className={className}
      title={`${element.label}: from the matter. Change it on the Matter tab; right-click to unlink.`}
      data-field-path={element.path}
      onContextMenu={(event) => {
        event.preventDefault();
        setMenuOpen(true);
      }}
    >
      <span
        contentEditable={false}
        data-chip-text
        role="img"
        aria-label={`Field ${name}: ${fieldDisplayText(element)}`}
      >
        {/* Isolated: a right-to-left override in a value must not reverse the letter's words after it. */}
        <bdi>{fieldDisplayText(element)}</bdi>
      </span>
      {menuOpen && (
        <span contentEditable={false} className="chip-menu" role="menu" aria-label={`${element.label} field`}>
          <button
            type="button"
            role="menuitem"
            autoFocus
            onClick={unlink}
            onBlur={() => setMenuOpen(false)}
            onKeyDown={(e) => e.key === 'Escape' && setMenuOpen(false)}
          >
            Unlink (make plain text)
          </button>
        </span>
      )}
      {children}
    </span>
  );
}
