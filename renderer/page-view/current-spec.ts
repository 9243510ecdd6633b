// The open draft as the export would lay it out: the same bind step (values, exhibit labels, continuation
// header, the exhibits it encloses) run on the editor's newest text, then read into a page spec.
import { bindDraft } from '../../core/pipeline/bind-draft';
import { matterParts } from '../../core/matter-file/matter-file';
import { marksDraft, pageSpec } from '../../core/page-layout/page-spec';
import type { PageSpec } from '../../core/page-layout/page-spec';
import { todayIso } from '../../core/letter/letter-facts';
import { store } from '../app/desk-store';

export function currentPageSpec(): PageSpec | null {
  const live = store.liveEditor;
  const file = store.get().file;
  const draft = file?.drafts.find((d) => d.id === live?.draftId);
  if (!live || !file || !draft || draft.damaged) return null;
  const body = live.blocks();
  const bound = bindDraft(matterParts(file), { ...draft, body }, draft.base ?? body, { today: todayIso() });
  return pageSpec(bound.document, { ...bound.docx, markDraft: marksDraft(bound) });
}
