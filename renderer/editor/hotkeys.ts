// Word's keyboard shortcuts for the editor. Ctrl on Windows/Linux, Cmd on macOS.
import type { KeyboardEvent } from 'react';
import { HistoryEditor } from 'slate-history';
import { toggleList } from '../../core/editor/with-lists';
import { insertPageBreak } from '../../core/editor/with-page-break';
import { setAlign, toggleBlock, toggleMark } from '../../core/editor/transforms';
import type { DeskEditor } from './slate-editor-type';
import { requestPlainPaste } from './with-html-paste';
import { insertFootnoteHere } from './insert-commands';
import { handleTabKey } from './tab-key';
import { takeDomSelection } from './typed-text';

type Command = (editor: DeskEditor) => void;

/** Key (as `KeyboardEvent.code` or `key`) with modifiers -> command. */
const shortcuts: { mod: boolean; shift?: boolean; alt?: boolean; keys: string[]; run: Command }[] = [
  { mod: true, keys: ['b', 'KeyB'], run: (e) => toggleMark(e, 'bold') },
  { mod: true, keys: ['i', 'KeyI'], run: (e) => toggleMark(e, 'italic') },
  { mod: true, keys: ['u', 'KeyU'], run: (e) => toggleMark(e, 'underline') },
  { mod: true, alt: true, keys: ['Digit1'], run: (e) => toggleBlock(e, 'heading-1') },
  { mod: true, alt: true, keys: ['Digit2'], run: (e) => toggleBlock(e, 'heading-2') },
  { mod: true, alt: true, keys: ['Digit3'], run: (e) => toggleBlock(e, 'heading-3') },
  { mod: true, shift: true, keys: ['Digit7'], run: (e) => toggleList(e, 'numbered-list') },
  { mod: true, shift: true, keys: ['Digit8'], run: (e) => toggleList(e, 'bulleted-list') },
  { mod: true, keys: ['Enter'], run: insertPageBreak },
  { mod: true, alt: true, keys: ['KeyF'], run: insertFootnoteHere },
  { mod: true, keys: ['z', 'KeyZ'], run: (e) => HistoryEditor.undo(e) },
  { mod: true, keys: ['y', 'KeyY'], run: (e) => HistoryEditor.redo(e) },
  { mod: true, shift: true, keys: ['z', 'KeyZ'], run: (e) => HistoryEditor.redo(e) },
  { mod: true, keys: ['l', 'KeyL'], run: (e) => setAlign(e, 'left') },
  { mod: true, keys: ['e', 'KeyE'], run: (e) => setAlign(e, 'center') },
  { mod: true, keys: ['r', 'KeyR'], run: (e) => setAlign(e, 'right') },
  { mod: true, keys: ['j', 'KeyJ'], run: (e) => setAlign(e, 'justify') },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Handles a keydown in the editor; returns true when it was one of ours. */
export function handleEditorHotkey(editor: DeskEditor, event: KeyboardEvent): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const tab = handleTabKey(editor, event, mod);
  if (tab !== undefined) return tab;
  if (mod && event.shiftKey && (event.code === 'KeyV' || event.key.toLowerCase() === 'v')) {
    requestPlainPaste(); // the paste event follows; no preventDefault
    return false;
  }
  for (const shortcut of shortcuts) {
    if (mod !== shortcut.mod) continue;
    if (Boolean(shortcut.shift) !== event.shiftKey || Boolean(shortcut.alt) !== event.altKey) continue;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (!shortcut.keys.includes(event.code) && !shortcut.keys.includes(key)) continue;
    event.preventDefault();
    takeDomSelection(editor);
    shortcut.run(editor);
    return true;
  }
  return false;
}
