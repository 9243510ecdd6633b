// The open draft as the export would lay it out: the same bind step (values, exhibit labels, continuation
// header, the exhibits it encloses) run on the editor's newest text, then read into a page spec.
import { bindDraft } from '../../core/pipeline/bind-draft';
import type { BoundDraft } from '../../core/pipeline/bind-draft';
import { matterParts } from '../../core/matter-file/matter-file';
import { pageSpec } from '../../core/page-layout/page-spec';
import type { PageSpec } from '../../core/page-layout/page-spec';
import { todayIso } from '../../core/letter/letter-facts';
import { store } from '../app/desk-store';

/**
 * The export marks every page DRAFT when it goes out with stops still open (electron/services/export-service.ts
 * `stopsOf`: required fields empty, or a stop other than an empty field).
 */
const marksDraft = (bound: BoundDraft): boolean =>
  bound.missing.length > 0 || bound.problems.some((p) => p.severity === 'stop' && p.kind !== 'empty-field');

export function currentPageSpec(): PageSpec | null {
  const live = store.liveEditor;
  const file = store.get().file;
  const draft = file?.drafts.find((d) => d.id === live?.draftId);
  if (!live || !file || !draft || draft.damaged) return null;
  const body = live.blocks();
  const bound = bindDraft(matterParts(file), { ...draft, body }, draft.base ?? body, { today: todayIso() });
  return pageSpec(bound.document, { ...bound.docx, markDraft: marksDraft(bound) });
}
