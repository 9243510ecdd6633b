// Builds the editor: the core schema (fields, lists, page breaks, normalizers), undo history, React, paste
// from Word/HTML, and Slate's chunking so long drafts stay fast.
import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { withDeskSchema } from '../../core/editor/with-desk-schema';
import { withHtmlPaste } from './with-html-paste';
import type { DeskEditor } from './slate-editor-type';

/**
 * Top-level blocks are grouped into chunks of this size; a keystroke re-renders only its chunk's path, and
 * off-screen chunks skip layout and paint (`content-visibility: auto` in sheet.css).
 */
export const CHUNK_SIZE = 30;

export function createDeskEditor(): DeskEditor {
  const editor = withHtmlPaste(withReact(withHistory(withDeskSchema(createEditor()))));
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}
