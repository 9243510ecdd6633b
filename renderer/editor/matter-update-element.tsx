// A passage the matter changed after the attorney edited it, shown as Word shows a tracked change: the
// attorney's text stays editable, a bar above says what the matter would change, and two buttons settle it.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useSlateStatic } from 'slate-react';
import { HistoryEditor } from 'slate-history';
import { blocksToPlainText } from '../../core/document/plain-text';
import type { MatterUpdateNode } from '../../core/document/model';
import { wordDiff } from '../../core/diff/word-diff';
import { acceptUpdate, keepMine } from '../../core/editor/review-updates';
import { DiffText } from './diff-text';

export function MatterUpdateElement({
  attributes,
  children,
  element,
}: {
  attributes: object;
  children: ReactNode;
  element: MatterUpdateNode;
}) {
  const editor = useSlateStatic();
  const [showing, setShowing] = useState(true);
  const settle = (action: typeof acceptUpdate) =>
    HistoryEditor.withNewBatch(editor as HistoryEditor, () => {
      action(editor, element.id);
    });
  const mine = blocksToPlainText(element.children).trim();
  const theirs = blocksToPlainText(element.proposed).trim();
  return (
    <section {...attributes} className="matter-update" aria-label="Update from the matter, to review">
      <div contentEditable={false} className="matter-update-bar">
        <span className="matter-update-title">
          The matter changed this passage after you edited it. Your text is kept until you choose.
        </span>
        <span className="matter-update-actions">
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded={showing}
            onClick={() => setShowing(!showing)}
          >
            {showing ? 'Hide change' : 'Show change'}
          </button>
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => settle(acceptUpdate)}
          >
            Accept update
          </button>
          <button type="button" className="button button--small" onClick={() => settle(keepMine)}>
            Keep mine
          </button>
        </span>
        {showing && (
          <p className="matter-update-diff" aria-label="What accepting would change">
            <DiffText parts={wordDiff(mine, theirs)} />
          </p>
        )}
      </div>
      <div className="matter-update-mine">{children}</div>
    </section>
  );
}
