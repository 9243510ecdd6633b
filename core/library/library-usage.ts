// Which matters use which library sources: a matter uses a source when one of its excerpts (a quotation or
// a record's text, whole or in part) was taken from it.
import type { Excerpt } from '../excerpts/excerpt';

export interface MatterUsage {
  /** The matter file; empty for the matter open and never saved. */
  path: string;
  title: string;
  sourceIds: string[];
}

/** The sources an open matter's excerpts come from. */
export const sourcesUsedBy = (excerpts: readonly Pick<Excerpt, 'sourceId'>[]): string[] => [
  ...new Set(excerpts.map((e) => e.sourceId).filter(Boolean)),
];

/** For each source id, the names of the matters that use it; the open matter's own state replaces what its
 *  file on disk says (it may hold unsaved quotations). */
export function usageBySource(
  onDisk: readonly MatterUsage[],
  open: MatterUsage | null,
): Map<string, string[]> {
  const matters = open ? [open, ...onDisk.filter((m) => !open.path || m.path !== open.path)] : onDisk;
  const bySource = new Map<string, string[]>();
  for (const matter of matters) {
    const name = matter.title.trim() || 'Untitled matter';
    for (const id of matter.sourceIds) bySource.set(id, [...(bySource.get(id) ?? []), name]);
  }
  return bySource;
}
