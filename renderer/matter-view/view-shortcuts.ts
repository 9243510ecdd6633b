// Find (Ctrl+F) and Replace (Ctrl+H) work in the draft. While the whole matter or the library covers an open
// draft, they bring the draft back first, so the find bar opens where it can be seen and typed into.
// Installed before any draft editor, so it runs ahead of the editor's own find shortcuts.
import { flushSync } from 'react-dom';
import { shownView, store } from '../app/desk-store';

const isFindKey = (event: KeyboardEvent): boolean =>
  event.code === 'KeyF' ||
  event.code === 'KeyH' ||
  event.key.toLowerCase() === 'f' ||
  event.key.toLowerCase() === 'h';

export function installViewShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || !isFindKey(event)) return;
    const state = store.get();
    if (!state.activeDraftId || shownView(state) === 'draft') return;
    flushSync(() => store.set({ mainView: 'draft' }));
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}
