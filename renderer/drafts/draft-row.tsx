// One row of the drafts list: opens the draft; Rename edits its title in place (Enter saves, Escape keeps
// the old one) and Delete asks first. Both buttons are in the tab order with names that say which draft.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Draft } from '../../core/matter-file/matter-file';
import { LineIcon } from '../editor/toolbar-icons';
import { askDeleteDraft, renameDraft, selectDraft } from './draft-commands';
import { DraftStatusLine } from './draft-status-line';
import { store } from '../app/desk-store';

const shortDate = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
};

const PencilIcon = () => (
  <LineIcon size={14} roundJoins>
    <path d="M10.5 2.5l3 3L5.5 13.5H2.5v-3z" />
  </LineIcon>
);

const BinIcon = () => (
  <LineIcon size={14} roundJoins>
    <path d="M2.5 4.5h11M6 4.5V2.5h4v2M4 4.5l.7 9h6.6l.7-9" />
  </LineIcon>
);

export function DraftRow({ draft, active }: { draft: Draft; active: boolean }) {
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const finish = (refocus: boolean) => {
    setEditing(false);
    // After Enter or Escape, back to the Rename button so keyboard users keep their place.
    if (refocus) requestAnimationFrame(() => renameButton.current?.focus());
  };
  return (
    <li className={active ? 'draft-row draft-row--active' : 'draft-row'}>
      {editing ? (
        <TitleEditor title={draft.title} onDone={finish} save={(title) => renameDraft(draft.id, title)} />
      ) : (
        <button
          type="button"
          className="draft-open"
          data-draft-open={draft.id}
          aria-current={active ? 'true' : undefined}
          onClick={() => (draft.damaged ? store.alert(draft.damaged) : selectDraft(draft.id))}
          title={draft.title}
        >
          <span className="draft-title">{draft.title}</span>
          <span className="draft-meta">{shortDate(draft.updatedAt || draft.createdAt)}</span>
        </button>
      )}
      {!editing && (
        <span className="draft-actions">
          <button
            ref={renameButton}
            type="button"
            className="icon-button"
            aria-label={`Rename draft “${draft.title}”`}
            title="Rename"
            onClick={() => setEditing(true)}
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={`Delete draft “${draft.title}”`}
            title="Delete"
            onClick={() => askDeleteDraft(draft.id)}
          >
            <BinIcon />
          </button>
        </span>
      )}
      <DraftStatusLine draft={draft} />
    </li>
  );
}

/** The title as a text box: Enter saves (an empty title is refused with a message), Escape cancels. */
function TitleEditor(props: {
  title: string;
  save: (title: string) => string | null;
  onDone: (refocus: boolean) => void;
}) {
  const { title, save, onDone } = props;
  // Enter and Escape end the edit; the blur that follows as the box goes away must not end it again.
  const ended = useRef(false);
  const [value, setValue] = useState(title);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.select(), []);
  const end = (refocus: boolean) => {
    ended.current = true;
    onDone(refocus);
  };
  const commit = (refocus: boolean) => {
    const refused = save(value);
    if (refused) setProblem(refused);
    else end(refocus);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      end(true);
    }
  };
  return (
    <div className="draft-rename">
      <input
        ref={input}
        type="text"
        className="draft-rename-input"
        aria-label={`New title for the draft “${title}”`}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        // Leaving the box keeps a good title and drops an empty one, as file managers do.
        onBlur={() => {
          if (!ended.current) (value.trim() ? commit : end)(false);
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="form-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
