// While there are unsaved changes, writes a recovery copy every few seconds, so a crash or a killed
// process loses at most the last few seconds of work. Writing copies the whole matter, which takes a
// moment on long drafts, so it waits for a pause in typing (but never more than MAX_WAIT_MS).
import { desk } from '../api/desk-client';
import { store } from './desk-store';

export const AUTOSAVE_INTERVAL_MS = 3000;
const PAUSE_MS = 700;
const MAX_WAIT_MS = 10_000;
const TICK_MS = 500;

async function writeRecoveryNow(): Promise<void> {
  const file = store.snapshot();
  if (!file) return;
  store.unsavedSinceAutosave = false;
  const result = await desk().writeRecovery({ originalPath: store.get().path, file });
  if (result.ok) store.set({ autosavedAt: result.value.savedAt });
  else {
    store.unsavedSinceAutosave = true;
    store.alert(result.error);
  }
}

export function startAutosave(): () => void {
  let running = false;
  let lastWrite = performance.now();
  let waitingSince: number | null = null;
  const timer = setInterval(() => {
    const now = performance.now();
    if (running || !store.get().dirty || !store.unsavedSinceAutosave) {
      waitingSince = null;
      return;
    }
    waitingSince ??= now;
    if (now - lastWrite < AUTOSAVE_INTERVAL_MS) return;
    const paused = now - store.lastEditAt >= PAUSE_MS;
    if (!paused && now - waitingSince < MAX_WAIT_MS) return;
    running = true;
    lastWrite = now;
    waitingSince = null;
    void writeRecoveryNow().finally(() => (running = false));
  }, TICK_MS);
  return () => clearInterval(timer);
}
