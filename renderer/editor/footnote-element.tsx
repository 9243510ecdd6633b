// A footnote in the page: its number raised where it stands, then the note's text in a small tinted box the
// user types into (the page view and the export put it at the foot of the page). Screen readers hear
// "Footnote 1" and the note.
import type { ReactNode } from 'react';
import type { FootnoteNode } from '../../core/document/model';
import { useFootnoteNumber } from './footnote-numbering';
import './footnote.css';

// Chrome puts the caret outside an inline element at its edges unless there is content there it cannot
// edit (Slate's own inline examples do the same).
const EdgeSpacer = () => (
  <span contentEditable={false} className="footnote-edge">
    {String.fromCodePoint(160)}
  </span>
);

export function FootnoteElement({
  attributes,
  children,
  element,
}: {
  attributes: object;
  children: ReactNode;
  element: FootnoteNode;
}) {
  const number = useFootnoteNumber(element);
  return (
    <span {...attributes} className="footnote" data-footnote={number}>
      <sup contentEditable={false} className="footnote-mark" aria-hidden="true">
        {number}
      </sup>
      <span className="footnote-text" role="note" aria-label={`Footnote ${number}`}>
        <EdgeSpacer />
        {children}
        <EdgeSpacer />
      </span>
    </span>
  );
}
