// Whatever is done to the open draft from elsewhere (a quotation, an exhibit reference, going to an update,
// focus) first brings it into view when the whole matter or the library covers it: the draft stays mounted
// while hidden, so without this the change and the caret would land out of sight.
import type { LiveEditor } from './desk-store';

export function revealedFirst(editor: LiveEditor, reveal: () => void): LiveEditor {
  const shown =
    <A extends unknown[], R>(action: (...args: A) => R) =>
    (...args: A): R => {
      reveal();
      return action(...args);
    };
  return {
    ...editor,
    insertBlocks: shown(editor.insertBlocks),
    insertExhibitRef: shown(editor.insertExhibitRef),
    goToUpdate: shown(editor.goToUpdate),
    focus: shown(editor.focus),
  };
}
