// A draft named on the command line for its versions: one of the matter's drafts (by id or title, as
// everywhere), or a draft deleted since, whose versions the file still keeps (by id or its last title).
import type { Draft, MatterFile } from '../../core/matter-file/matter-file';
import { CliError, usageError } from './cli-error';
import { findDraft } from './find-draft';

export interface VersionedDraft {
  id: string;
  title: string;
  /** The draft as it is now; absent for a deleted draft. */
  current?: Draft;
}

export function versionedDraft(file: MatterFile, which: string, fileName: string): VersionedDraft {
  try {
    const draft = findDraft(file, which, fileName);
    return { id: draft.id, title: draft.title, current: draft };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const deleted = file.versions.drafts.find(
      (d) =>
        d.deletedAt !== undefined &&
        (d.draftId === which || d.versions.at(-1)?.title.toLowerCase() === which.toLowerCase()),
    );
    if (!deleted) throw error;
    return { id: deleted.draftId, title: deleted.versions.at(-1)?.title ?? deleted.draftId };
  }
}

/** A version number typed on the command line. */
export function versionNumber(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw usageError(
      `${option} ${text} is not a version number; give 1, 2, 3, … as "counsel-desk versions" lists them.`,
    );
  return Number(text);
}
