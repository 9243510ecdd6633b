// Tells whoever shows something worked out from the open draft's text (the word count, Find's matches) that
// the text changed. They recompute after a pause in typing, never on the keystroke itself.
type Listener = () => void;

const listeners = new Set<Listener>();

export function onDraftChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyDraftChange(): void {
  for (const listener of listeners) listener();
}

/** Calls `run` once typing has paused for `ms` after a change (and once at the start). */
export function afterDraftChanges(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onDraftChange(() => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  });
  run();
  return () => {
    clearTimeout(timer);
    stop();
  };
}
