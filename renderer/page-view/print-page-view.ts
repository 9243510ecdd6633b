// Print (Ctrl+P, File > Print): the page view's sheets, laid out first if the page view was closed.
import { store } from '../app/desk-store';
import { isPageViewOpen, setPageViewOpen, whenPagesLaidOut } from './page-view-state';

/** Prints the open draft's pages; false when no draft is open (nothing of ours to print). */
export function printPageView(): boolean {
  if (!store.liveEditor) return false;
  const wasOpen = isPageViewOpen();
  setPageViewOpen(true);
  // A freshly opened page view mounts on the next render; wait for it, then for its pages.
  const mounted = wasOpen ? Promise.resolve() : new Promise((resolve) => requestAnimationFrame(resolve));
  void mounted.then(whenPagesLaidOut).then(() => window.print());
  return true;
}
