// An "Exhibit B" reference in the text. It shows the label the bind step gave it from the records list (so
// reordering relabels every reference at once); a reference whose record was deleted, or may not go out, shows
// its bracketed label ("Exhibit [deleted]", "Exhibit [withheld]") marked as broken, as it would export.
import { useSelected } from 'slate-react';
import type { ExhibitRefNode } from '../../core/document/model';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { recordViews, type RecordView } from '../../core/records/record-views';
import { useDesk } from '../app/desk-store';
import type { ChipProps } from './field-chip';

const NONE: RecordView[] = [];
let cached: { key: readonly unknown[]; exhibits: RecordView[] } = { key: [], exhibits: NONE };

/**
 * The matter's exhibits as the records list shows them (label, description). Worked out once per change to
 * the records, their excerpts or the settings, however many chips ask: typing leaves those alone.
 */
export function currentExhibits(file: MatterFile | null): RecordView[] {
  if (!file) return NONE;
  const key = [file.records, file.excerpts, file.exhibitSettings];
  if (key.some((part, i) => part !== cached.key[i])) cached = { key, exhibits: recordViews(file).exhibits };
  return cached.exhibits;
}

/** The exhibit's current view, or undefined when its record is gone or no longer an exhibit. */
const exhibitOf = (file: MatterFile | null, id: string) => currentExhibits(file).find((v) => v.id === id);

export function ExhibitChip({ attributes, children, element }: ChipProps & { element: ExhibitRefNode }) {
  const selected = useSelected();
  const description = useDesk((s) => exhibitOf(s.file, element.exhibitId)?.description ?? '');
  const broken = element.label.startsWith('[');
  const text = `Exhibit ${element.label}`;
  const className = [
    'field-chip',
    'field-chip--exhibit',
    broken ? 'field-chip--broken' : '',
    selected ? 'field-chip--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const name = broken
    ? `Broken exhibit reference (Exhibit ${element.label}): its record was deleted or may not go out. Delete this reference or insert a new one.`
    : `Exhibit reference: Exhibit ${element.label}${description ? `, ${description}` : ''}`;
  return (
    <span {...attributes} className={className} title={name} data-exhibit-ref={element.exhibitId}>
      <span contentEditable={false} data-chip-text role="img" aria-label={name}>
        {text}
      </span>
      {children}
    </span>
  );
}
