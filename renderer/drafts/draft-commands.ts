// Generating a draft from a template and switching between a matter's drafts.
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';

export async function generateDraft(): Promise<void> {
  const { file, selectedTemplateId } = store.get();
  if (!file) return;
  if (!selectedTemplateId) {
    store.alert('No template is selected. Choose one in "Template", then select "Generate draft".');
    return;
  }
  store.set({ busy: { label: 'Generating draft…' } });
  const result = await desk().generateDraft({ templateId: selectedTemplateId, matter: file.matter });
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
  });
  store.markDirty();
}

export function selectDraft(id: string): void {
  if (store.get().activeDraftId === id) return;
  const current = store.snapshot();
  store.liveEditor = null;
  store.set({ file: current, activeDraftId: id });
}
