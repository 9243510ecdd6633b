// The record's text as it will go out: redacted passages as black bars carrying their reason. Selecting a
// passage offers "Redact…" (also from the right-click menu, or the context-menu key) and "Redact every
// occurrence…" of it.
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { shortReason } from '../../core/production/reason-label';
import type { TextRun } from './redacted-text';

export type RedactMode = 'passage' | 'every';

interface RecordTextProps {
  label: string;
  runs: TextRun[];
  onRedact: (mode: RedactMode, phrase: string) => void;
}

/** The text selected inside `element`, or empty. */
function selectedIn(element: HTMLElement | null): string {
  const selection = window.getSelection();
  if (!element || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  return element.contains(range.commonAncestorContainer) ? selection.toString().trim() : '';
}

export function RecordText({ label, runs, onRedact }: RecordTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState('');
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const follow = () => setSelected(selectedIn(ref.current));
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, []);
  const openMenu = (event: ReactMouseEvent) => {
    if (!selectedIn(ref.current)) return;
    event.preventDefault();
    const box = ref.current!.getBoundingClientRect();
    // The context-menu key reports no pointer position: the menu opens at the text's corner.
    const keyed = event.clientX === 0 && event.clientY === 0;
    setMenu(keyed ? { x: box.left + 8, y: box.top + 8 } : { x: event.clientX, y: event.clientY });
  };
  const choose = (mode: RedactMode) => {
    const phrase = selectedIn(ref.current) || selected;
    setMenu(null);
    if (phrase) onRedact(mode, phrase);
  };
  return (
    <div className="text-redaction-text-frame">
      <div className="text-redaction-text-tools" role="toolbar" aria-label="Redact the selected text">
        <button
          type="button"
          className="button button--small"
          disabled={!selected}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => choose('passage')}
        >
          Redact…
        </button>
        <button
          type="button"
          className="button button--small"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setMenu(null);
            onRedact('every', selected);
          }}
        >
          Redact every occurrence…
        </button>
        <span className="form-help">
          {selected
            ? `Selected: “${selected.slice(0, 60)}${selected.length > 60 ? '…' : ''}”`
            : 'Select a passage in the text to redact it.'}
        </span>
      </div>
      <div
        ref={ref}
        className="text-redaction-text"
        role="region"
        aria-label={label}
        tabIndex={0}
        onContextMenu={openMenu}
      >
        {runs.map((run, i) =>
          run.reason ? (
            // The reason's citation stands in for the words, as the produced page prints it on the box.
            <span
              key={i}
              className="text-redaction-bar"
              role="img"
              aria-label={`Redacted: ${run.reason}`}
              title={run.reason}
            >
              {shortReason(run.reason)}
            </span>
          ) : (
            <span key={i}>{run.text}</span>
          ),
        )}
        {menu && (
          <div
            className="text-menu text-redaction-menu"
            role="menu"
            aria-label="Redaction"
            style={{ left: menu.x, top: menu.y }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setMenu(null);
              }
            }}
          >
            <button type="button" role="menuitem" autoFocus onClick={() => choose('passage')}>
              Redact…
            </button>
            <button type="button" role="menuitem" onClick={() => choose('every')}>
              Redact every occurrence…
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
