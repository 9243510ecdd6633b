// Adding and removing a record's redaction boxes in the open matter. A new box is checked by the app against
// the record's real pages and the matter's reasons (pages:add-box, through core/production/add-redaction.ts);
// only the box and what it changes in the record are applied, so nothing typed meanwhile is lost.
import type { RedactionRect } from '../../core/production/redaction';
import { removeRedaction } from '../../core/production/remove-redaction';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { changeFile } from '../app/file-changes';

/** Adds the box; answers the sentence to show (what was done, or what was wrong). */
export async function addBox(
  recordId: string,
  page: number,
  rect: RedactionRect,
  reason: string,
): Promise<string> {
  const file = store.snapshot();
  if (!file) return 'Open a matter first; its records keep their redactions.';
  const { records, excerpts, redactionReasons } = file;
  const answer = await desk().addBoxRedaction({
    parts: { records, excerpts, redactionReasons },
    recordId,
    page,
    rect,
    reason,
  });
  if (!answer.ok) return answer.error.message;
  const added = answer.value;
  changeFile((f) => ({
    ...f,
    records: f.records.map((r) =>
      r.id === recordId
        ? {
            ...r,
            redactions: [...r.redactions, added.box],
            status: r.status === 'produced' ? added.status : r.status,
            basis: r.basis || added.basis,
          }
        : r,
    ),
    redactionReasons: f.redactionReasons.includes(added.box.reason)
      ? f.redactionReasons
      : [...f.redactionReasons, added.box.reason],
  }));
  return `Page ${page} blacked out: ${added.box.reason}.`;
}

/** Takes the box out, as every redaction is taken out (the record's status and basis stay as the user set them). */
export function removeBox(boxId: string): void {
  changeFile((f) => ({ ...f, ...removeRedaction(f, boxId) }));
}
