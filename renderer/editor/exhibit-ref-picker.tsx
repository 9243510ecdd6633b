// The toolbar's "Exhibit…" menu: lists the matter's exhibits by their current labels and puts the chosen
// one's reference ("Exhibit B") at the cursor. Hidden while the matter has no exhibits.
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertExhibitReference } from '../../core/editor/insert-at-cursor';
import { exhibitLabel } from '../../core/exhibits/exhibit-label';
import { useDesk } from '../app/desk-store';

const NONE: never[] = [];

export function ExhibitRefPicker() {
  const editor = useSlateStatic();
  const exhibits = useDesk((s) => s.file?.exhibits ?? NONE);
  const style = useDesk((s) => s.file?.exhibitSettings.labelStyle ?? 'letters');
  if (exhibits.length === 0) return null;
  return (
    <select
      className="style-picker exhibit-ref-picker"
      aria-label="Insert exhibit reference"
      title="Insert a reference to an exhibit at the cursor"
      value=""
      onChange={(e) => {
        const index = exhibits.findIndex((exhibit) => exhibit.id === e.target.value);
        if (index < 0) return;
        const id = exhibits[index]!.id;
        const label = exhibitLabel(index, style);
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
      {exhibits.map((exhibit, index) => {
        const label = exhibitLabel(index, style);
        return (
          <option key={exhibit.id} value={exhibit.id}>
            Exhibit {label}: {exhibit.description.slice(0, 60)}
          </option>
        );
      })}
    </select>
  );
}
