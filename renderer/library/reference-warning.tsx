// Asked before deleting an exhibit that the drafts (the open one included) still refer to: lists each
// paragraph, so the user knows which "Exhibit B" will turn into a broken reference.
import type { ExhibitReference } from '../../core/exhibits/exhibit-refs';

export function DeleteExhibitWarning({
  label,
  references,
  onDelete,
  onKeep,
}: {
  label: string;
  references: ExhibitReference[];
  onDelete: () => void;
  onKeep: () => void;
}) {
  const count = references.length;
  return (
    <div
      role="alertdialog"
      aria-labelledby="delete-exhibit-title"
      aria-describedby="delete-exhibit-note"
      className="delete-warning"
    >
      <p id="delete-exhibit-title" className="delete-warning-title">
        Exhibit {label} is referred to in {count} place{count === 1 ? '' : 's'}:
      </p>
      <ul className="delete-warning-list">
        {references.map((r, i) => (
          <li key={i}>
            <strong>{r.draftTitle}:</strong> {r.paragraphText}
          </li>
        ))}
      </ul>
      <p id="delete-exhibit-note" className="form-help">
        Deleted, these references show as “Exhibit [deleted]” and export that way until you replace them.
      </p>
      <div className="delete-warning-actions">
        <button type="button" className="button" onClick={onKeep} autoFocus>
          Keep it
        </button>
        <button type="button" className="button button--danger-quiet" onClick={onDelete}>
          Delete anyway
        </button>
      </div>
    </div>
  );
}
