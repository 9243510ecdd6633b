// Paste: HTML from Word or the web keeps its basic formatting; Ctrl+Shift+V pastes plain text only.
import { Transforms } from 'slate';
import type { DeskEditor } from './slate-editor-type';
import { htmlToBlocks } from './paste-html';

let plainPasteRequested = false;

/** Called on Ctrl+Shift+V: the paste that follows inserts only the plain text. */
export function requestPlainPaste(): void {
  plainPasteRequested = true;
  setTimeout(() => (plainPasteRequested = false), 500);
}

export function withHtmlPaste<T extends DeskEditor>(editor: T): T {
  const { insertData } = editor;
  editor.insertData = (data) => {
    const plain = plainPasteRequested;
    plainPasteRequested = false;
    const text = data.getData('text/plain');
    if (plain) {
      if (text) editor.insertText(text.replace(/\r\n?/g, '\n'));
      return;
    }
    // Copies from inside the editor carry Slate's own fragment; let Slate handle those.
    if (data.types.includes('application/x-slate-fragment')) return insertData(data);
    const html = data.getData('text/html');
    if (html) {
      const blocks = htmlToBlocks(html);
      if (blocks.length > 0) {
        Transforms.insertFragment(editor, blocks);
        return;
      }
    }
    insertData(data);
  };
  return editor;
}
