// What the status bar says about saving: a matter that has no file yet is "Not saved yet", never "No
// changes" (nothing of it is on disk); a file with nothing new since it was opened or saved is "No changes".
export interface SaveFacts {
  dirty: boolean;
  /** Where the matter file is; empty until it is first saved. */
  path: string;
  savedAt: string | null;
  autosavedAt: string | null;
}

export function saveStateText(facts: SaveFacts, clock: (iso: string) => string): string {
  if (!facts.dirty) {
    if (!facts.path) return 'Not saved yet';
    return facts.savedAt ? `Saved ${clock(facts.savedAt)}` : 'No changes';
  }
  return facts.autosavedAt ? `Unsaved changes · Autosaved ${clock(facts.autosavedAt)}` : 'Unsaved changes';
}
