// The one decision of which enclosed exhibits go out as their record's own pages: a record whose excerpt is
// its whole source (not a quoted excerpt). The export (electron/services/exhibit-pages) and the page view
// (renderer/page-view) both ask here, so they cannot disagree.
import type { MatterParts } from '../matter-file/matter-file';

/** The exhibit's record, its place in the list and its whole-source excerpt; undefined for anything else. */
export function wholeRecord(parts: Pick<MatterParts, 'records' | 'excerpts'>, id: string) {
  const index = parts.records.findIndex((r) => r.id === id);
  const record = parts.records[index];
  const excerpt = parts.excerpts.find((e) => e.id === record?.excerptId);
  return record && excerpt?.wholeSource ? { record, index, excerpt } : undefined;
}
