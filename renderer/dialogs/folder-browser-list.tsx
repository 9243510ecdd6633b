// The folder browser's list of folders and files: a listbox the keyboard drives like a desktop file dialog
// (arrows and Home/End move, Enter opens a folder or chooses a file, Backspace goes up, letters jump).
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { FolderEntry } from '../../core/api/folder-channels';

interface FolderListProps {
  id: string;
  label: string;
  entries: FolderEntry[];
  active: number;
  onActive: (index: number) => void;
  /** Enter or double-click: a folder opens, a file is chosen. */
  onOpen: (entry: FolderEntry) => void;
  onUp: () => void;
  autoFocus?: boolean;
  emptyText: string;
}

const PAGE = 10;

function EntryIcon({ kind }: { kind: FolderEntry['kind'] }) {
  return (
    <svg className="folder-entry-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {kind === 'folder' ? (
        <path d="M1.5 3.5h5l1.5 1.5h6.5v8h-13z" fill="#d9b45a" stroke="#a8842f" />
      ) : (
        <path d="M3.5 1.5h6l3 3v10h-9z M9.5 1.5v3h3" fill="#fff" stroke="#6b7078" />
      )}
    </svg>
  );
}

export function FolderList(props: FolderListProps) {
  const { id, label, entries, active, onActive, onOpen, onUp, autoFocus, emptyText } = props;
  const list = useRef<HTMLUListElement>(null);
  const typed = useRef({ text: '', at: 0 });
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView({ block: 'nearest' });
  });

  const jumpTo = (letter: string) => {
    const now = Date.now();
    typed.current = { text: now - typed.current.at < 700 ? typed.current.text + letter : letter, at: now };
    const wanted = typed.current.text.toLowerCase();
    const found = entries.findIndex((e) => e.name.toLowerCase().startsWith(wanted));
    if (found >= 0) onActive(found);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = entries.length - 1;
    const move = (index: number) => onActive(Math.min(Math.max(index, 0), Math.max(last, 0)));
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + PAGE),
      PageUp: () => move(active - PAGE),
      Home: () => move(0),
      End: () => move(last),
      Enter: () => entries[active] && onOpen(entries[active]),
      Backspace: onUp,
    };
    const action = keys[event.key];
    if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      action();
    } else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey) {
      jumpTo(event.key);
    }
  };

  return (
    <div className="folder-list-wrap">
      <ul
        ref={list}
        id={id}
        role="listbox"
        aria-label={label}
        tabIndex={0}
        className="folder-list"
        aria-activedescendant={entries[active] ? optionId(active) : undefined}
        onKeyDown={onKeyDown}
        {...(autoFocus ? { 'data-autofocus': true } : {})}
      >
        {entries.map((entry, index) => (
          <li
            key={entry.path}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`folder-entry folder-entry--${entry.kind}`}
            title={entry.path}
            onClick={() => onActive(index)}
            onDoubleClick={() => onOpen(entry)}
          >
            <EntryIcon kind={entry.kind} />
            <span className="folder-entry-name">{entry.name}</span>
            {entry.kind === 'folder' && <span className="folder-entry-kind">folder</span>}
          </li>
        ))}
      </ul>
      {entries.length === 0 && <p className="folder-empty">{emptyText}</p>}
    </div>
  );
}
