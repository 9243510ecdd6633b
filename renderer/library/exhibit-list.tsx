// The matter's exhibits in label order. Reorder by dragging a row or with Alt+Up / Alt+Down on it; labels
// (and every "Exhibit B" in the drafts, the open one included) follow. "Insert reference" puts "Exhibit B" at
// the editor's cursor. Deleting a referenced exhibit first lists its references.
import { useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { exhibitLabel } from '../../core/exhibits/exhibit-label';
import type { ExhibitReference } from '../../core/exhibits/exhibit-refs';
import { useDesk } from '../app/desk-store';
import { ExcerptCheckButton } from './excerpt-check-button';
import { BatesSettingsForm } from './bates-settings';
import { DeleteExhibitWarning } from './delete-exhibit-warning';
import {
  deleteExhibit,
  describeExhibit,
  insertReference,
  moveExhibit,
  referencesTo,
  setLabelStyle,
} from './exhibit-commands';

const NONE: never[] = [];

export function ExhibitList() {
  const exhibits = useDesk((s) => s.file?.exhibits ?? NONE);
  const style = useDesk((s) => s.file?.exhibitSettings.labelStyle ?? 'letters');
  const [dragging, setDragging] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<{
    id: string;
    label: string;
    refs: ExhibitReference[];
  } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const move = (id: string, to: number) => {
    moveExhibit(id, to);
    setAnnouncement(`Moved to position ${to + 1}; now Exhibit ${exhibitLabel(to, style)}.`);
    requestAnimationFrame(() => document.getElementById(`exhibit-row-${id}`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent, id: string, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = index + (event.key === 'ArrowUp' ? -1 : 1);
    if (to >= 0 && to < exhibits.length) move(id, to);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragging) move(dragging, index);
    setDragging(null);
  };
  const askDelete = (id: string, label: string) => {
    const refs = referencesTo(id);
    if (refs.length > 0) return setPendingDelete({ id, label, refs });
    deleteExhibit(id);
    setAnnouncement(`Deleted Exhibit ${label}; the exhibits after it moved up.`);
  };

  return (
    <section className="panel-section" aria-labelledby="exhibits-heading">
      <h2 id="exhibits-heading" className="section-heading">
        Exhibits <span className="list-count">{exhibits.length}</span>
      </h2>
      <label className="field-label" htmlFor="exhibit-label-style">
        Labels
      </label>
      <select
        id="exhibit-label-style"
        value={style}
        onChange={(e) => setLabelStyle(e.target.value as 'letters' | 'numbers')}
      >
        <option value="letters">A, B, C … AA, AB</option>
        <option value="numbers">1, 2, 3</option>
      </select>
      {exhibits.length === 0 ? (
        <p className="empty-note">No exhibits yet. Open a source and choose "Attach as exhibit".</p>
      ) : (
        <ol className="exhibit-list" aria-describedby="exhibit-reorder-help">
          {exhibits.map((exhibit, index) => {
            const label = exhibitLabel(index, style);
            return (
              <li
                key={exhibit.id}
                id={`exhibit-row-${exhibit.id}`}
                className={dragging === exhibit.id ? 'exhibit-row exhibit-row--dragging' : 'exhibit-row'}
                tabIndex={0}
                draggable
                aria-label={`Exhibit ${label}: ${exhibit.description}`}
                onKeyDown={(e) => onKeyDown(e, exhibit.id, index)}
                onDragStart={() => setDragging(exhibit.id)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => onDrop(e, index)}
                onDragEnd={() => setDragging(null)}
              >
                <span className="exhibit-label" aria-hidden="true">
                  {label}
                </span>
                <input
                  type="text"
                  className="exhibit-description"
                  aria-label={`Description of Exhibit ${label}`}
                  value={exhibit.description}
                  onChange={(e) => describeExhibit(exhibit.id, e.target.value)}
                />
                <div className="exhibit-actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Insert reference to Exhibit ${label}`}
                    title="Puts this exhibit's reference at the cursor in the open draft"
                    onClick={() => setAnnouncement(insertReference(exhibit.id))}
                  >
                    Insert reference
                  </button>
                  <span className="exhibit-actions-spacer" />
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move Exhibit ${label} up`}
                    disabled={index === 0}
                    onClick={() => move(exhibit.id, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move Exhibit ${label} down`}
                    disabled={index === exhibits.length - 1}
                    onClick={() => move(exhibit.id, index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--danger-quiet button--small"
                    aria-label={`Delete Exhibit ${label}`}
                    onClick={() => askDelete(exhibit.id, label)}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {pendingDelete && (
        <DeleteExhibitWarning
          label={pendingDelete.label}
          references={pendingDelete.refs}
          onDelete={() => {
            deleteExhibit(pendingDelete.id);
            setPendingDelete(null);
            setAnnouncement(
              `Deleted Exhibit ${pendingDelete.label}; its references now read “Exhibit [deleted]”.`,
            );
          }}
          onKeep={() => setPendingDelete(null)}
        />
      )}
      <p id="exhibit-reorder-help" className="form-help">
        Drag a row, or focus it and press Alt+Up or Alt+Down, to reorder.
      </p>
      <p role="status" className="form-help exhibit-status">
        {announcement}
      </p>
      <ExcerptCheckButton />
      <BatesSettingsForm />
    </section>
  );
}
