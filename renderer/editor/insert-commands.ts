// Insert commands of the toolbar and the keyboard that can be refused, with the reason said in words.
import { insertFootnote } from '../../core/editor/with-footnotes';
import { store } from '../app/desk-store';
import type { DeskEditor } from './slate-editor-type';

/** Insert footnote (Ctrl+Alt+F): the marker at the cursor, the cursor in the note. */
export function insertFootnoteHere(editor: DeskEditor): void {
  const refusal = insertFootnote(editor);
  if (refusal === 'letterhead')
    store.alert('A footnote cannot go in the letterhead, which heads the page: put it in the letter’s text.');
  else if (refusal === 'no-cursor')
    store.alert('Click in the letter where the footnote goes, then insert it.');
}
