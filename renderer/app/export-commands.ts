// Export DOCX: the same exporter as the CLI, behind a progress indicator. A matter with empty required
// fields is refused with the list; the user may export anyway as a marked draft.
import { desk, hasNativeDialogs } from '../api/desk-client';
import { store } from './desk-store';

function download(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const blob = new Blob([bytes], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportDocx(options: { allowIncomplete?: boolean } = {}): Promise<void> {
  const file = store.snapshot();
  const draft = file?.drafts.find((d) => d.id === store.get().activeDraftId);
  if (!file || !draft) {
    store.alert('There is no draft to export. Choose a template and select "Generate draft" first.');
    return;
  }
  store.set({ busy: { label: `Exporting “${draft.title}” to DOCX…` }, dialog: null });
  const result = await desk().exportDocx({
    draft,
    matter: file.matter,
    ...(options.allowIncomplete ? { allowIncomplete: true } : {}),
  });
  store.set({ busy: null });
  if (!result.ok) {
    if (result.error.code === 'incomplete-matter') {
      store.set({ dialog: { kind: 'incomplete-export', missing: result.error.details ?? [] } });
    } else if (result.error.code !== 'cancelled') store.alert(result.error);
    return;
  }
  const exported = result.value;
  if (exported.base64 && !hasNativeDialogs()) download(exported.base64, exported.fileName);
  store.set({ lastExport: exported.path || exported.fileName });
}
