// Asked before deleting an exhibit, or un-marking it as one, while the drafts (the open one included) still
// refer to it: lists each paragraph, so the user knows which "Exhibit B" will turn into a broken reference.
import type { ExhibitReference } from '../../core/exhibits/exhibit-refs';

export interface ReferenceWarningProps {
  /** "Exhibit B". */
  name: string;
  references: ExhibitReference[];
  /** What goes ahead: "Delete anyway", "Remove as exhibit anyway". */
  confirmLabel: string;
  onConfirm: () => void;
  onKeep: () => void;
}

export function ReferenceWarning({
  name,
  references,
  confirmLabel,
  onConfirm,
  onKeep,
}: ReferenceWarningProps) {
  const count = references.length;
  return (
    <div
      role="alertdialog"
      aria-labelledby="reference-warning-title"
      aria-describedby="reference-warning-note"
      className="delete-warning"
    >
      <p id="reference-warning-title" className="delete-warning-title">
        {name} is referred to in {count} place{count === 1 ? '' : 's'}:
      </p>
      <ul className="delete-warning-list">
        {references.map((r, i) => (
          <li key={i}>
            <strong>{r.draftTitle}:</strong> {r.paragraphText}
          </li>
        ))}
      </ul>
      <p id="reference-warning-note" className="form-help">
        Then these references show as “Exhibit [deleted]” and export that way until you replace them.
      </p>
      <div className="delete-warning-actions">
        <button type="button" className="button" onClick={onKeep} autoFocus>
          Keep it
        </button>
        <button type="button" className="button button--danger-quiet" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
