// The renderer's editor type: the core schema plus React and undo history.
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import '../../core/editor/slate-types';

export type DeskEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: DeskEditor;
  }
}
