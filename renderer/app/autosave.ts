// While there are unsaved changes, writes a recovery copy every few seconds, so a crash or a killed
// process loses at most the last few seconds of work. Writing copies the whole matter, which takes a
// moment on long drafts, so it waits for a pause in typing (but never more than MAX_WAIT_MS). The copy goes
// to this window's own recovery slot, never the matter file and never another window's slot.
import type { RecoveryInfo } from '../../core/api/contract';
import { recoverySlotFor } from '../../core/api/file-version';
import { desk } from '../api/desk-client';
import { store } from './desk-store';
import { expectedOnDisk } from './matter-on-disk';
import { windowId } from './window-id';

export const AUTOSAVE_INTERVAL_MS = 3000;
const PAUSE_MS = 700;
const MAX_WAIT_MS = 10_000;
const TICK_MS = 500;

async function writeRecoveryNow(): Promise<boolean> {
  const file = store.snapshot();
  if (!file) return false;
  store.unsavedSinceAutosave = false;
  const originalPath = store.get().path;
  const baseVersion = originalPath ? expectedOnDisk(originalPath) : null;
  const result = await desk().writeRecovery({
    windowId: windowId(),
    originalPath,
    file,
    ...(baseVersion ? { baseVersion } : {}),
  });
  if (result.ok) store.set({ autosavedAt: result.value.savedAt });
  else {
    store.unsavedSinceAutosave = true;
    store.alert(result.error);
  }
  return result.ok;
}

/** Takes over recovered work shown in this window: it goes into this window's own slot first, and only
 *  then is the slot it came from removed, so a crash in between leaves a copy rather than none. */
export async function adoptRecovery(info: RecoveryInfo): Promise<void> {
  if (info.slot === recoverySlotFor(windowId())) return;
  if (await writeRecoveryNow()) await desk().discardRecovery({ slot: info.slot });
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
