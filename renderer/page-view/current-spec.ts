// The open draft as the export would lay it out: the same bind step (values, exhibit labels, continuation
// header, the exhibits it encloses) run on the editor's newest text, then read into a page spec. Which
// exhibits go out as their record's own pages is asked of the export's own decision (whole-record.ts). A whole
// record's page count comes from the matter: its pages, once made for the page view, are stored there
// (record-pages-state.ts), so the letter on screen and the exported one count the same pages.
import { wholeRecord } from '../../core/exhibits/whole-record';
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
  const first = matterParts(file);
  const bound = bindDraft(first, { ...draft, body }, draft.base ?? body, { today: todayIso() });
  const enclosed = (bound.docx.exhibitSet?.exhibits ?? []).filter((e) => wholeRecord(first, e.id));
  const wholeRecords = new Set(enclosed.map((e) => e.id));
  return pageSpec(bound.document, { ...bound.docx, markDraft: marksDraft(bound), wholeRecords });
}
