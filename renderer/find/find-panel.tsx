// The Find (Ctrl+F) and Find and replace (Ctrl+H) panel over the open draft. Not modal: the draft stays
// editable beside it. Enter finds the next match, Shift+Enter the previous one, Escape closes the panel and
// leaves the cursor on the match.
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { Editor, Range } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { closeFind, openFind, useFindState } from './find-state';
import { useFind } from './use-find';
import './find.css';

/** The selected words, to search for them (a short selection within one paragraph). */
function selectedWords(editor: Editor): string | undefined {
  const selection = editor.selection;
  if (!selection || Range.isCollapsed(selection)) return undefined;
  const text = Editor.string(editor, selection);
  return text.length > 0 && text.length <= 200 && !text.includes('\n') ? text : undefined;
}

export function FindPanel() {
  const editor = useSlateStatic();
  const { open, mode, request } = useFindState();
  const find = useFind(editor, open);
  const { setQuery, reset } = find;
  const findInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const title = mode === 'replace' ? 'Find and replace' : 'Find';

  useEffect(() => {
    if (!open) return;
    const words = selectedWords(editor);
    if (words) setQuery(words);
    reset();
    findInput.current?.focus();
    findInput.current?.select();
    // Each request to open (Ctrl+F again) comes back to the Find field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, request, editor]);

  if (!open) return null;

  const close = () => {
    closeFind();
    ReactEditor.focus(editor);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      if (event.target === findInput.current || event.shiftKey) find.step(event.shiftKey ? -1 : 1);
      else find.replace();
    }
  };
  const option = (key: 'matchCase' | 'wholeWords', label: string) => (
    <label className="find-option">
      <input
        type="checkbox"
        checked={find.options[key]}
        onChange={(event) => find.setOptions({ ...find.options, [key]: event.target.checked })}
      />
      {label}
    </label>
  );

  return (
    <div className="find-panel" role="dialog" aria-label={title} onKeyDown={onKeyDown}>
      <div className="find-row">
        <label htmlFor={`${id}-find`}>Find</label>
        <input
          id={`${id}-find`}
          ref={findInput}
          type="search"
          value={find.query}
          onChange={(event) => find.setQuery(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <label htmlFor={`${id}-replace`}>Replace with</label>
          <input
            id={`${id}-replace`}
            type="text"
            value={find.replacement}
            onChange={(event) => find.setReplacement(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
      <div className="find-row find-options">
        {option('matchCase', 'Match case')}
        {option('wholeWords', 'Whole words')}
      </div>
      <div className="find-row find-actions">
        <button type="button" className="button" onClick={() => find.step(-1)}>
          Previous
        </button>
        <button type="button" className="button" onClick={() => find.step(1)}>
          Next
        </button>
        {mode === 'replace' ? (
          <>
            <button type="button" className="button" onClick={find.replace}>
              Replace
            </button>
            <button type="button" className="button" onClick={find.replaceAll}>
              Replace all
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => openFind('replace')}>
            Replace…
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
      <p className="find-status" role="status">
        {find.message ||
          (find.query ? `${find.matches.length} ${find.matches.length === 1 ? 'match' : 'matches'}` : '')}
      </p>
      {find.pending && (
        <div className="find-question" role="group" aria-label="Change the matter value?">
          <p>{find.pending.question}</p>
          <button type="button" className="button button--primary" onClick={() => find.answer(true)}>
            Change the matter value
          </button>
          <button type="button" className="button" onClick={() => find.answer(false)}>
            Leave it
          </button>
        </div>
      )}
    </div>
  );
}
