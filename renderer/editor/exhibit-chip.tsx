// An "Exhibit B" reference in the text. It shows the label its exhibit has NOW in the matter's list, so
// reordering the exhibits relabels every reference on screen at once; a reference whose exhibit was
// deleted is marked as broken (and exports as "Exhibit [deleted]").
import { useSelected } from 'slate-react';
import type { ExhibitRefNode } from '../../core/document/model';
import { exhibitLabel } from '../../core/exhibits/exhibit-label';
import { useDesk } from '../app/desk-store';
import type { DeskState } from '../app/desk-store';
import type { ChipProps } from './field-chip';

/** The exhibit's current label and description, or null when it is not in the matter any more. */
function currentExhibit(state: DeskState, exhibitId: string): string | null {
  const file = state.file;
  if (!file) return null;
  const index = file.exhibits.findIndex((e) => e.id === exhibitId);
  if (index < 0) return null;
  return exhibitLabel(index, file.exhibitSettings.labelStyle);
}

export function ExhibitChip({ attributes, children, element }: ChipProps & { element: ExhibitRefNode }) {
  const selected = useSelected();
  const label = useDesk((s) => currentExhibit(s, element.exhibitId));
  const description = useDesk(
    (s) => s.file?.exhibits.find((e) => e.id === element.exhibitId)?.description ?? '',
  );
  const broken = label === null;
  const text = broken ? 'Exhibit [deleted]' : `Exhibit ${label}`;
  const className = [
    'field-chip',
    'field-chip--exhibit',
    broken ? 'field-chip--broken' : '',
    selected ? 'field-chip--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const name = broken
    ? 'Broken exhibit reference: its exhibit was deleted. Delete this reference or insert a new one.'
    : `Exhibit reference: Exhibit ${label}${description ? `, ${description}` : ''}`;
  return (
    <span {...attributes} className={className} title={name} data-exhibit-ref={element.exhibitId}>
      <span contentEditable={false} data-chip-text role="img" aria-label={name}>
        {text}
      </span>
      {children}
    </span>
  );
}
