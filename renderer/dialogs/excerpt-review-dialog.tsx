// Shown before export when quoted or attached excerpts no longer match the library: which passage, why
// ("the source changed since you quoted it" / "the source is no longer in the library"), which exhibits use
// it. The user reviews them or exports anyway; nothing is left out of the export either way.
import { store } from '../app/desk-store';
import { exportDocx } from '../app/export-commands';
import type { ExportChoices } from '../app/export-commands';
import type { FlaggedExcerpt } from '../app/excerpt-review';
import { ExportAnywayActions } from './export-anyway-actions';
import { Modal } from './modal';

const close = () => store.set({ dialog: null });

export function ExcerptReviewDialog({
  flagged,
  problem,
  choices,
}: {
  flagged: FlaggedExcerpt[];
  problem: string;
  choices: ExportChoices;
}) {
  const count = flagged.length;
  const description =
    count > 0
      ? `${count === 1 ? 'One excerpt no longer matches' : `${count} excerpts no longer match`} the library. Check ${count === 1 ? 'it' : 'them'} before the letter goes out, or export anyway: the quotations and exhibits are exported as they are in the matter.`
      : problem;
  return (
    <Modal
      title="Excerpts to review before export"
      description={description}
      onCancel={close}
      actions={
        <ExportAnywayActions
          label="Export anyway"
          onExport={() => void exportDocx({ ...choices, excerptsReviewed: true })}
        />
      }
    >
      {count > 0 && (
        <ul className="missing-list excerpt-review-list" aria-label="Excerpts to review">
          {flagged.map((item) => (
            <li key={item.excerptId}>
              <strong>{item.reason}</strong>
              {item.usedBy.length > 0 ? ` (${item.usedBy.join(', ')})` : ' (quoted in a draft)'}:{' '}
              {item.quote && <q>{item.quote}</q>}
              <div className="dialog-note">{item.message}</div>
            </li>
          ))}
        </ul>
      )}
      {count > 0 && problem && <p className="dialog-note">{problem}</p>}
    </Modal>
  );
}
