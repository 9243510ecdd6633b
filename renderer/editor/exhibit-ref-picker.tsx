// The toolbar's "Exhibit…" menu: lists the matter's exhibits (the records attached as exhibits) by their
// current labels and puts the chosen one's reference ("Exhibit B") at the cursor. Hidden while there are none.
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertExhibitReference } from '../../core/editor/insert-at-cursor';
import { useDesk } from '../app/desk-store';
import { currentExhibits } from './exhibit-chip';

export function ExhibitRefPicker() {
  const editor = useSlateStatic();
  const exhibits = useDesk((s) => currentExhibits(s.file));
  if (exhibits.length === 0) return null;
  return (
    <select
      className="style-picker exhibit-ref-picker"
      aria-label="Insert exhibit reference"
      title="Insert a reference to an exhibit at the cursor"
      value=""
      onChange={(e) => {
        const chosen = exhibits.find((exhibit) => exhibit.id === e.target.value);
        if (!chosen) return;
        const { id, exhibitLabel: label } = chosen;
        // Back to the editor first, with the caret where it was; the reference goes in once the browser has
        // reported that caret, so the caret then lands after the chip rather than before it.
        const hadCursor = editor.selection !== null;
        if (hadCursor) ReactEditor.focus(editor);
        setTimeout(() => {
          insertExhibitReference(editor, id, label);
          if (!hadCursor) ReactEditor.focus(editor);
        }, 0);
      }}
    >
      <option value="">Exhibit…</option>
      {exhibits.map((exhibit) => (
        <option key={exhibit.id} value={exhibit.id}>
          Exhibit {exhibit.exhibitLabel}: {exhibit.description.slice(0, 60)}
        </option>
      ))}
    </select>
  );
}
