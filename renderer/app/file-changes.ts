// Every change to the matter file made outside the editor goes through here: the file changes in the store,
// it is marked unsaved, and the drafts are bound to it again (the open one at once).
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { matterChanged } from '../drafts/draft-binding';
import { store } from './desk-store';

export function changeFile(update: (file: MatterFile) => MatterFile): void {
  const file = store.snapshot();
  if (!file) return;
  store.set({ file: update(file) });
  store.markDirty();
  matterChanged();
}

/** Changes the open draft's letter facts (its date, delivery line, addressees, enclosures). */
export function changeActiveLetter(update: (letter: LetterFacts) => LetterFacts): void {
  const id = store.get().activeDraftId;
  changeFile((file) => ({
    ...file,
    drafts: file.drafts.map((d) => (d.id === id ? { ...d, letter: update(d.letter) } : d)),
  }));
}
