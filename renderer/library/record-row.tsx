// One record in the records list: its number (the drag handle), description, facts, the requests it answers,
// whether it is an exhibit and whether the open letter encloses it, and its actions. Alt+Up / Alt+Down on the
// row (or in any of its fields but the status list) moves it.
import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import type { MatterRecord } from '../../core/records/record';
import type { RecordView } from '../../core/records/record-views';
import { describeRecord, insertReference, setEnclosedHere } from './record-commands';
import { whyNotEnclosable } from './record-changes';
import { ViewPagesButton } from '../pages/view-pages-button';
import { RedactButton } from '../production/redact-button';
import { RecordFacts } from './record-facts';
import { RecordRequests } from './record-requests';
import { recordName } from './record-words';

export interface RecordRowProps {
  view: RecordView;
  record: MatterRecord;
  hasText: boolean;
  /** How many records the list has (the last one cannot move down). */
  count: number;
  requestNumbers: readonly string[];
  /** Whether the open letter encloses it; null when no draft is open. */
  enclosed: boolean | null;
  batesOn: boolean;
  dragging: boolean;
  /** A confirmation shown under the row (references that a delete would break). */
  warning: ReactNode;
  onMove: (to: number) => void;
  onDragStart: () => void;
  onDrop: () => void;
  onDragEnd: () => void;
  onExhibit: (exhibit: boolean) => void;
  onDelete: () => void;
  onAnnounce: (text: string) => void;
}

function EncloseToggle({
  record,
  name,
  enclosed,
}: {
  record: MatterRecord;
  name: string;
  enclosed: boolean;
}) {
  const reason = whyNotEnclosable(record);
  const reasonId = `enclose-reason-${record.id}`;
  return (
    <div className="record-enclose">
      <label className={reason ? 'check-row check-row--disabled' : 'check-row'}>
        <input
          type="checkbox"
          aria-label={`Enclose ${name} with this letter`}
          aria-describedby={reason ? reasonId : undefined}
          checked={enclosed && !reason}
          disabled={reason !== null}
          onChange={(e) => setEnclosedHere(record.id, e.target.checked)}
        />
        Enclosed with this letter
      </label>
      {reason && (
        <p id={reasonId} className="form-help record-enclose-reason">
          {reason}
        </p>
      )}
    </div>
  );
}

export function RecordRow(props: RecordRowProps) {
  const { view, record, count, enclosed, dragging, onMove, onAnnounce } = props;
  const name = recordName(view);
  const index = view.number - 1;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // Alt+Down opens a drop-down list: on the status select it keeps doing that.
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    const to = index + (event.key === 'ArrowUp' ? -1 : 1);
    if (to >= 0 && to < count) onMove(to);
  };
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', record.id);
    props.onDragStart();
  };
  return (
    <li
      id={`record-row-${record.id}`}
      className={dragging ? 'record-row record-row--dragging' : 'record-row'}
      tabIndex={0}
      aria-label={`${name}: ${view.description || 'no description'}`}
      onKeyDown={onKeyDown}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        props.onDrop();
      }}
    >
      <div className="record-head">
        <span
          className="record-handle"
          draggable
          aria-hidden="true"
          title="Drag to reorder"
          onDragStart={onDragStart}
          onDragEnd={props.onDragEnd}
        >
          {view.number}
        </span>
        <input
          type="text"
          className="record-description"
          aria-label={`Description of ${name}`}
          placeholder="What the record is"
          value={record.description}
          onChange={(e) => describeRecord(record.id, e.target.value)}
        />
      </div>
      <RecordFacts {...props} name={name} />
      <RecordRequests
        recordId={record.id}
        name={name}
        requestNumbers={props.requestNumbers}
        answered={record.requestNumbers}
      />
      <div className="record-toggles">
        <label className="check-row">
          <input
            type="checkbox"
            checked={record.exhibit}
            onChange={(e) => props.onExhibit(e.target.checked)}
          />
          {view.exhibitLabel ? (
            <span>
              Exhibit <strong className="record-exhibit-label">{view.exhibitLabel}</strong>
            </span>
          ) : (
            'Exhibit'
          )}
        </label>
        {enclosed !== null && <EncloseToggle record={record} name={name} enclosed={enclosed} />}
      </div>
      <div className="record-actions">
        {view.exhibitLabel && (
          <button
            type="button"
            className="button button--small"
            aria-label={`Insert reference to ${name}`}
            title="Puts this exhibit's reference at the cursor in the open draft"
            onClick={() => onAnnounce(insertReference(record.id))}
          >
            Insert reference
          </button>
        )}
        {props.hasText && <ViewPagesButton recordId={record.id} name={name} />}
        <RedactButton recordId={record.id} name={name} count={record.redactions.length} />
        <span className="record-actions-spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--danger-quiet button--small"
          aria-label={`Delete ${name}`}
          onClick={props.onDelete}
        >
          Delete
        </button>
      </div>
      {props.warning}
    </li>
  );
}
