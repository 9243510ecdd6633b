// Producing the next volume from the app: the preview, the run with its progress (polled, as imports are),
// and taking the saved matter back with the production recorded, as a save does (its version on disk, the
// versions and history the save recorded). The window's unsaved changes go into that save.
import type { ProduceJobStatus, ProduceResult } from '../../core/api/production-requests';
import type { ApiError } from '../../core/api/result';
import type { ProductionPreview } from '../../core/production/production-preview';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { expectedOnDisk, rememberDiskVersion } from '../app/matter-on-disk';
import { windowId } from '../app/window-id';
import { matterChanged } from '../drafts/draft-binding';
import { withRecorded } from '../versions/recorded-parts';
import { showProductionDialog } from './production-state';

const POLL_MS = 150;

export function openProduce(): void {
  if (!store.get().file) {
    store.alert('Open or create a matter first; its records are what is produced.');
    return;
  }
  showProductionDialog({ kind: 'produce' });
}

export async function previewNext(again: boolean): Promise<ProductionPreview | ApiError> {
  const file = store.snapshot();
  if (!file) return { code: 'bad-request', message: 'No matter is open.' };
  const { records, excerpts, exhibitSettings, productions, productionRedactions } = file;
  const result = await desk().previewProduction({
    parts: { records, excerpts, exhibitSettings, productions, productionRedactions },
    again,
  });
  return result.ok ? result.value : result.error;
}

export interface ProduceChoices {
  outDir: string;
  zip: boolean;
  again: boolean;
  loadFiles: boolean;
}

/** Runs the production to its end, reporting progress; the matter in the window is the saved one after. */
export async function produce(
  choices: ProduceChoices,
  onProgress: (done: number, total: number) => void,
): Promise<{ result: ProduceResult; jobId: string } | { error: ApiError }> {
  const file = store.snapshot();
  const path = store.get().path;
  if (!file || !path) return { error: { code: 'bad-request', message: 'Save the matter first.' } };
  const changeCount = store.changeCount;
  const started = await desk().startProduction({
    file,
    path,
    expected: expectedOnDisk(path),
    windowId: windowId(),
    ...choices,
  });
  if (!started.ok) return { error: started.error };
  let status: ProduceJobStatus = started.value;
  while (status.state === 'running') {
    onProgress(status.done, status.total);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const next = await desk().productionStatus({ jobId: status.jobId });
    if (!next.ok) return { error: next.error };
    status = next.value;
  }
  if (status.state === 'failed') return { error: status.error };
  takeSavedMatter(status.result, changeCount);
  return { result: status.result, jobId: status.jobId };
}

function takeSavedMatter(result: ProduceResult, changeCount: number): void {
  rememberDiskVersion(result.path, result.version);
  // The dialog covers the window while it runs; an edit that still arrived stays marked unsaved.
  const editedMeanwhile = store.changeCount !== changeCount;
  store.set({
    path: result.path,
    savedAt: result.savedAt,
    file: withRecorded(result.file, result, store.get().file),
    dirty: editedMeanwhile,
    matterVersion: store.get().matterVersion + 1,
  });
  if (!editedMeanwhile) store.unsavedSinceAutosave = false;
  // The letters show the numbers the volume stamped.
  matterChanged();
}

export async function showVolumeInFolder(jobId: string): Promise<void> {
  const shown = await desk().showProductionInFolder({ jobId });
  if (!shown.ok) store.alert(shown.error);
}
