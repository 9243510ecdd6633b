// What the library panel does to the open matter: keep excerpts, attach exhibits, reorder them (relabelling
// every reference in every draft) and delete them. All changes go through the store and mark the matter unsaved.
import type { MatterFile } from '../../core/api/contract';
import type { Excerpt } from '../../core/excerpts/excerpt';
import type { BatesSettings } from '../../core/exhibits/exhibit';
import { labelsById } from '../../core/exhibits/exhibit-label';
import { moveExhibitTo } from '../../core/exhibits/exhibit-order';
import {
  findExhibitReferences,
  refreshExhibitRefs,
  type ExhibitReference,
} from '../../core/exhibits/exhibit-refs';
import { store } from '../app/desk-store';

const newId = () => crypto.randomUUID();

function update(change: (file: MatterFile) => MatterFile): boolean {
  const file = store.snapshot();
  if (!file) {
    store.alert('Open or create a matter first; excerpts and exhibits are kept in the matter file.');
    return false;
  }
  store.set({ file: change(file) });
  store.markDirty();
  return true;
}

/** Every draft's exhibit references get the labels of the list's current order. */
function relabel(file: MatterFile): MatterFile {
  const labels = labelsById(file.exhibits, file.exhibitSettings.labelStyle);
  return {
    ...file,
    drafts: file.drafts.map((d) => ({
      ...d,
      document: { ...d.document, children: refreshExhibitRefs(d.document.children, labels) },
    })),
  };
}

/** Stores the excerpt in the matter (so the matter stays self-contained) and returns it. */
export function keepExcerpt(excerpt: Excerpt): boolean {
  return update((file) => ({
    ...file,
    excerpts: [...file.excerpts.filter((e) => e.id !== excerpt.id), excerpt],
  }));
}

export function attachExhibit(excerpt: Excerpt, description: string): boolean {
  return update((file) => ({
    ...file,
    excerpts: [...file.excerpts.filter((e) => e.id !== excerpt.id), excerpt],
    exhibits: [...file.exhibits, { id: newId(), description, excerptId: excerpt.id }],
  }));
}

/** The open draft's references take the new labels too (its chips already show them). */
function relabelOpenDraft(): void {
  const file = store.get().file;
  if (file) store.liveEditor?.setExhibitLabels(labelsById(file.exhibits, file.exhibitSettings.labelStyle));
}

export function moveExhibit(id: string, to: number): void {
  update((file) => relabel({ ...file, exhibits: moveExhibitTo(file.exhibits, id, to) }));
  relabelOpenDraft();
}

export function setLabelStyle(labelStyle: 'letters' | 'numbers'): void {
  update((file) => relabel({ ...file, exhibitSettings: { ...file.exhibitSettings, labelStyle } }));
  relabelOpenDraft();
}

export function setBates(change: Partial<BatesSettings>): void {
  update((file) => ({
    ...file,
    exhibitSettings: { ...file.exhibitSettings, bates: { ...file.exhibitSettings.bates, ...change } },
  }));
}

/** Puts "Exhibit B" at the editor's cursor; says what happened, in words for the panel's status line. */
export function insertReference(id: string): string {
  const file = store.get().file;
  const live = store.liveEditor;
  if (!file) return 'Open or create a matter first.';
  if (!live)
    return 'No draft is open. Open one on the Drafts tab, place the cursor, then insert the reference.';
  const label = labelsById(file.exhibits, file.exhibitSettings.labelStyle).get(id);
  if (label === undefined) return 'That exhibit is no longer in the list.';
  live.insertExhibitRef(id, label);
  return `Inserted “Exhibit ${label}” in the draft.`;
}

export function describeExhibit(id: string, description: string): void {
  update((file) => ({
    ...file,
    exhibits: file.exhibits.map((e) => (e.id === id ? { ...e, description } : e)),
  }));
}

/** The references that deleting the exhibit would leave dangling: shown before asking to confirm. */
export function referencesTo(id: string): ExhibitReference[] {
  const file = store.snapshot();
  // Relabelled first: an undo in the editor can bring back a reference with the label it had then.
  return file ? findExhibitReferences(relabel(file).drafts, id) : [];
}

export function deleteExhibit(id: string): void {
  update((file) => {
    const exhibit = file.exhibits.find((e) => e.id === id);
    const exhibits = file.exhibits.filter((e) => e.id !== id);
    const stillUsed = exhibits.some((e) => e.excerptId === exhibit?.excerptId);
    const excerpts = stillUsed ? file.excerpts : file.excerpts.filter((e) => e.id !== exhibit?.excerptId);
    return relabel({ ...file, exhibits, excerpts });
  });
  relabelOpenDraft();
}

export { newId as newExcerptId };
