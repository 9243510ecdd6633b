// Generating a draft from a template, switching between a matter's drafts, renaming and deleting them.
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { matterParts } from './draft-binding';

/** "Substantive response", or "Substantive response (2)" when a draft already bears that title: two
 *  drafts of one template stay told apart in the list, the review panel and the exported file names. */
export function distinctDraftTitle(title: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  if (!used.has(title.trim().toLowerCase())) return title;
  let n = 2;
  while (used.has(`${title} (${n})`.toLowerCase())) n++;
  return `${title} (${n})`;
}

export async function generateDraft(): Promise<void> {
  const { file, selectedTemplateId } = store.get();
  if (!file) return;
  if (!selectedTemplateId) {
    store.alert('No template is selected. Choose one in "Template", then select "Generate draft".');
    return;
  }
  store.set({ busy: { label: 'Generating draft…' } });
  const template = store.get().templates.find((t) => t.id === selectedTemplateId);
  const taken = file.drafts.map((d) => d.title);
  const result = await desk().generateDraft({
    templateId: selectedTemplateId,
    parts: matterParts(store.snapshot() ?? file),
    ...(template ? { title: distinctDraftTitle(template.title, taken) } : {}),
  });
  store.set({ busy: null });
  if (!result.ok) {
    store.alert(result.error);
    return;
  }
  const current = store.snapshot() ?? file;
  store.liveEditor = null;
  store.set({
    file: { ...current, drafts: [...current.drafts, result.value] },
    activeDraftId: result.value.id,
    mainView: 'draft',
  });
  store.markDirty();
}

export function selectDraft(id: string): void {
  if (store.get().mainView !== 'draft') store.set({ mainView: 'draft' });
  if (store.get().activeDraftId === id) return;
  const current = store.snapshot();
  store.liveEditor = null;
  store.set({ file: current, activeDraftId: id });
}

/** Gives a draft a new title (the list, exports and Word's document properties use it). Returns a message
 * saying what is wrong when the title is refused, or null once it is saved in the matter. */
export function renameDraft(id: string, title: string): string | null {
  const trimmed = title.trim();
  if (!trimmed) return 'A draft needs a title. Type one, or press Escape to keep the old title.';
  const current = store.snapshot();
  const draft = current?.drafts.find((d) => d.id === id);
  if (!current || !draft) return null;
  if (draft.title === trimmed) return null;
  const renamed = { ...draft, title: trimmed, updatedAt: new Date().toISOString() };
  store.set({ file: { ...current, drafts: current.drafts.map((d) => (d.id === id ? renamed : d)) } });
  store.markDirty();
  return null;
}

/** Asks before deleting: the confirmation dialog names the draft. */
export function askDeleteDraft(id: string): void {
  const draft = store.get().file?.drafts.find((d) => d.id === id);
  if (draft) store.set({ dialog: { kind: 'delete-draft', draftId: id, title: draft.title } });
}

/** Removes a draft from the matter. When it was open, the next draft (or the one before) opens instead.
 * Returns the draft that now stands in its place in the list (null when none is left), so focus can go there. */
export function deleteDraft(id: string): string | null {
  const current = store.snapshot();
  const index = current?.drafts.findIndex((d) => d.id === id) ?? -1;
  if (!current || index < 0) return null;
  const drafts = current.drafts.filter((d) => d.id !== id);
  const { activeDraftId } = store.get();
  const wasOpen = activeDraftId === id;
  if (wasOpen) store.liveEditor = null;
  const neighbour = (drafts[index] ?? drafts[index - 1])?.id ?? null;
  store.set({
    file: { ...current, drafts },
    activeDraftId: wasOpen ? neighbour : activeDraftId,
    dialog: null,
  });
  store.markDirty();
  return neighbour;
}
