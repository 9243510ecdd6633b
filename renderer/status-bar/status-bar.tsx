// The bottom bar: saved state, where the file lives, the draft's word count, the response deadline, the page
// zoom, and background work.
import { useDesk } from '../app/desk-store';
import { deadlineText } from './deadline-text';
import { WordCount, ZoomControl } from './draft-stats';
import { LastExport } from './last-export';
import { saveStateText } from './save-state-text';

const clock = (iso: string | null): string => {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
};

function SaveState() {
  const dirty = useDesk((s) => s.dirty);
  const savedAt = useDesk((s) => s.savedAt);
  const autosavedAt = useDesk((s) => s.autosavedAt);
  const path = useDesk((s) => s.path);
  const text = saveStateText({ dirty, path, savedAt, autosavedAt }, clock);
  return (
    <span className={dirty ? 'status-item status-item--dirty' : 'status-item'} data-testid="save-state">
      <span className="status-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

function Deadline() {
  const deadline = useDesk((s) => s.file?.matter.inquiry.deadline ?? '');
  const info = deadlineText(deadline);
  if (!info) return <span className="status-item status-item--muted">No deadline set</span>;
  return (
    <span className={`status-item status-deadline status-deadline--${info.urgency}`} data-testid="deadline">
      {info.text}
    </span>
  );
}

export function StatusBar() {
  const path = useDesk((s) => s.path);
  const busy = useDesk((s) => s.busy);
  const lastExport = useDesk((s) => s.lastExport);
  return (
    <footer className="status-bar" aria-label="Status">
      <div role="status" aria-live="polite" className="status-group">
        <SaveState />
        {busy ? (
          <span className="status-item">{busy.label}</span>
        ) : lastExport ? (
          <LastExport where={lastExport} />
        ) : null}
      </div>
      <span className="status-item status-item--muted status-path" title={path || undefined}>
        {path || 'Not saved to a file yet'}
      </span>
      <WordCount />
      <Deadline />
      <ZoomControl />
    </footer>
  );
}
