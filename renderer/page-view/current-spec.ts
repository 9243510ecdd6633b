// The open draft as the export would lay it out: the same bind step (values, exhibit labels, continuation
// header, the exhibits it encloses) run on the editor's newest text, then read into a page spec. Which
// exhibits go out as their record's own pages is asked of the export's own decision (whole-record.ts); as the
// export does (electron/services/exhibit-pages/enclosed-record-pages.ts), a whole record whose pages were
// never counted takes the count of its pages once they are known, and the letter is bound again with it.
import { wholeRecord } from '../../core/exhibits/whole-record';
import { bindDraft } from '../../core/pipeline/bind-draft';
import { matterParts, type MatterParts } from '../../core/matter-file/matter-file';
import { marksDraft, pageSpec } from '../../core/page-layout/page-spec';
import type { PageSpec } from '../../core/page-layout/page-spec';
import { todayIso } from '../../core/letter/letter-facts';
import { store } from '../app/desk-store';
import { recordPagesState } from './record-pages-state';

export function currentPageSpec(): PageSpec | null {
  const live = store.liveEditor;
  const file = store.get().file;
  const draft = file?.drafts.find((d) => d.id === live?.draftId);
  if (!live || !file || !draft || draft.damaged) return null;
  const body = live.blocks();
  const first = matterParts(file);
  const bind = (parts: MatterParts) =>
    bindDraft(parts, { ...draft, body }, draft.base ?? body, { today: todayIso() });
  let bound = bind(first);
  const enclosed = (bound.docx.exhibitSet?.exhibits ?? []).filter((e) => wholeRecord(first, e.id));
  const counted = new Map<string, number>();
  for (const exhibit of enclosed) {
    if (wholeRecord(first, exhibit.id)!.record.printedPages > 0) continue;
    const state = recordPagesState(exhibit.id);
    if (state.status === 'ready') counted.set(exhibit.id, state.pages.sizes.length);
  }
  if (counted.size > 0)
    bound = bind({
      ...first,
      records: first.records.map((r) => ({ ...r, printedPages: counted.get(r.id) ?? r.printedPages })),
    });
  const wholeRecords = new Set(enclosed.map((e) => e.id));
  return pageSpec(bound.document, { ...bound.docx, markDraft: marksDraft(bound), wholeRecords });
}
