// Typing comes first: the page view's layout runs its slices only once no key has changed the draft for a
// moment, so a layout in progress never competes with the keystrokes for the main thread.
import { onDraftChange } from '../editor/draft-changes';

const QUIET_MS = 300;

let lastChange = 0;
onDraftChange(() => {
  lastChange = performance.now();
});

/** Resolves once the draft has not changed for QUIET_MS. */
export async function typingPaused(): Promise<void> {
  for (;;) {
    const wait = lastChange + QUIET_MS - performance.now();
    if (wait <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
