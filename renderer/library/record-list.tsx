// The matter's records in list order: the one list the exhibits (A, B, … in this order), the Bates numbers,
// the request matrix and the letters' enclosures are views of. Reorder by dragging a row's number or with
// Alt+Up / Alt+Down; labels, and every "Exhibit B" in the drafts, follow. Deleting (or un-marking) an exhibit
// that the drafts refer to first lists those references.
import { useState } from 'react';
import type { ExhibitReference } from '../../core/exhibits/exhibit-refs';
import type { LabelStyle } from '../../core/exhibits/exhibit';
import { useDesk } from '../app/desk-store';
import { AddRecordForm } from './add-record-form';
import { BatesSettingsForm } from './bates-settings';
import { ExcerptCheckButton } from './excerpt-check-button';
import { deleteRecord, moveRecordTo, referencesTo, setExhibit, setLabelStyle } from './record-commands';
import { RecordRow } from './record-row';
import { recordName } from './record-words';
import { ReferenceWarning } from './reference-warning';
import { useOpenLetterExhibits, useRecordViews } from './use-record-views';

const NONE: never[] = [];

interface PendingChange {
  id: string;
  name: string;
  refs: ExhibitReference[];
  kind: 'delete' | 'unmark';
}

export function RecordList() {
  const views = useRecordViews();
  const records = useDesk((s) => s.file?.records ?? NONE);
  const excerpts = useDesk((s) => s.file?.excerpts ?? NONE);
  const requests = useDesk((s) => s.file?.matter.inquiry.requests ?? NONE);
  const style = useDesk((s) => s.file?.exhibitSettings.labelStyle ?? 'letters');
  const batesOn = useDesk((s) => s.file?.exhibitSettings.bates.enabled ?? false);
  const enclosedHere = useOpenLetterExhibits();
  const [dragging, setDragging] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const requestNumbers = requests.map((r) => r.number);
  const excerptIds = new Set(excerpts.map((e) => e.id));

  const move = (id: string, to: number) => {
    setAnnouncement(moveRecordTo(id, to));
    requestAnimationFrame(() => document.getElementById(`record-row-${id}`)?.focus());
  };
  const apply = (change: PendingChange) => {
    setPending(null);
    if (change.kind === 'delete') {
      // The Delete button goes with its row: focus moves to the record now in its place (or the one before).
      const index = records.findIndex((r) => r.id === change.id);
      const next = records[index + 1] ?? records[index - 1];
      setAnnouncement(deleteRecord(change.id));
      if (next) requestAnimationFrame(() => document.getElementById(`record-row-${next.id}`)?.focus());
      return;
    }
    setAnnouncement(setExhibit(change.id, false));
  };
  const ask = (id: string, name: string, kind: PendingChange['kind']) => {
    const refs = name.startsWith('Exhibit') ? referencesTo(id) : [];
    if (refs.length > 0) return setPending({ id, name, refs, kind });
    apply({ id, name, refs, kind });
  };

  return (
    <section className="panel-section" aria-labelledby="records-heading">
      <h2 id="records-heading" className="section-heading">
        Records <span className="list-count">{records.length}</span>
      </h2>
      <p className="form-help">
        Everything the response deals with. Exhibits are lettered in this order, and produced records are
        Bates-numbered in it.
      </p>
      <label className="field-label" htmlFor="exhibit-label-style">
        Exhibit labels
      </label>
      <select
        id="exhibit-label-style"
        value={style}
        onChange={(e) => setLabelStyle(e.target.value as LabelStyle)}
      >
        <option value="letters">A, B, C … AA, AB</option>
        <option value="numbers">1, 2, 3</option>
      </select>
      {records.length === 0 ? (
        <p className="empty-note record-empty">
          No records yet. Open a source and choose “Attach as exhibit”, or add a paper record below.
        </p>
      ) : (
        <ol className="record-list" aria-label="Records" aria-describedby="record-reorder-help">
          {views.all.map((view, index) => {
            const record = records[index]!;
            const name = recordName(view);
            return (
              <RecordRow
                key={view.id}
                view={view}
                record={record}
                hasText={excerptIds.has(record.excerptId)}
                count={records.length}
                requestNumbers={requestNumbers}
                enclosed={enclosedHere ? enclosedHere.includes(view.id) : null}
                batesOn={batesOn}
                dragging={dragging === view.id}
                warning={
                  pending?.id === view.id && (
                    <ReferenceWarning
                      name={pending.name}
                      references={pending.refs}
                      confirmLabel={pending.kind === 'delete' ? 'Delete anyway' : 'Remove as exhibit anyway'}
                      onConfirm={() => apply(pending)}
                      onKeep={() => setPending(null)}
                    />
                  )
                }
                onMove={(to) => move(view.id, to)}
                onDragStart={() => setDragging(view.id)}
                onDrop={() => {
                  if (dragging && dragging !== view.id) move(dragging, index);
                  setDragging(null);
                }}
                onDragEnd={() => setDragging(null)}
                onExhibit={(on) =>
                  on ? setAnnouncement(setExhibit(view.id, true)) : ask(view.id, name, 'unmark')
                }
                onDelete={() => ask(view.id, name, 'delete')}
                onAnnounce={setAnnouncement}
              />
            );
          })}
        </ol>
      )}
      <p id="record-reorder-help" className="form-help">
        Drag a row by its number, or focus it and press Alt+Up or Alt+Down, to reorder.
      </p>
      <p role="status" className="form-help record-status">
        {announcement}
      </p>
      <AddRecordForm onAdded={setAnnouncement} />
      <ExcerptCheckButton />
      <BatesSettingsForm />
    </section>
  );
}
