// After a save, the window takes the versions and history the save recorded (new versions, sealed entries),
// so the Versions panel and the history show them and the next save builds on them. Entries the window added
// while the save ran (an export, a version marked sent) stay pending for the next save.
import type { MatterFile, SavedMatter } from '../../core/api/contract';

export function withRecorded(file: MatterFile, saved: SavedMatter, current: MatterFile | null): MatterFile {
  if (!saved.versions || !saved.history) return file;
  const sealed = new Set(saved.history.map((entry) => entry.id));
  const meanwhile = (current?.history ?? []).filter((entry) => !entry.hash && !sealed.has(entry.id));
  return { ...file, versions: saved.versions, history: [...saved.history, ...meanwhile] };
}
