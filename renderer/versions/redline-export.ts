// "Export redline DOCX" from a compare: the two sides as Word tracked changes, written where the user chooses
// (desktop) or downloaded (browser mode), and recorded in the history with its SHA-256 at the next save.
import { desk, hasNativeDialogs } from '../api/desk-client';
import { store } from '../app/desk-store';
import type { CompareSide } from './compare-sides';
import { downloadFile } from './download-file';
import { addPending } from './version-commands';

const side = ({ label, body, author, date }: CompareSide) => ({
  label,
  body,
  ...(author ? { author } : {}),
  ...(date ? { date } : {}),
});

/** Returns where it went (a path or a file name), or null when it was cancelled or failed (said in an alert). */
export async function exportRedline(
  draftId: string,
  before: CompareSide,
  after: CompareSide,
): Promise<string | null> {
  const file = store.get().file;
  if (!file) return null;
  store.set({ busy: { label: 'Writing the redline…' } });
  const result = await desk().exportRedline({
    title: after.title,
    subject: file.matter.inquiry.subject,
    author: file.matter.counsel.name,
    before: side(before),
    after: side(after),
  });
  store.set({ busy: null });
  if (!result.ok) {
    if (result.error.code !== 'cancelled') store.alert(result.error);
    return null;
  }
  const exported = result.value;
  if (exported.base64 && !hasNativeDialogs())
    downloadFile(
      Uint8Array.from(atob(exported.base64), (c) => c.charCodeAt(0)),
      exported.fileName,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  addPending({
    kind: 'exported',
    draftId,
    draftTitle: after.title,
    fileName: exported.fileName,
    sha256: exported.sha256,
    summary: exported.summary,
  });
  return exported.path || exported.fileName;
}
