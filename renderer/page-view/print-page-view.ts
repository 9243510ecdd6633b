// Print (Ctrl+P, File > Print): the page view's sheets, laid out first if the page view was closed, the
// pictures of a record's own pages all drawn first.
import { store } from '../app/desk-store';
import { isPageViewOpen, setPageViewOpen, whenPagesLaidOut } from './page-view-state';
import { drawEveryPicture } from './record-sheet';

/** Prints the open draft's pages; false when no draft is open (nothing of ours to print). */
export function printPageView(): boolean {
  if (!store.liveEditor) return false;
  const wasOpen = isPageViewOpen();
  setPageViewOpen(true);
  // A freshly opened page view mounts on the next render; wait for it, then for its pages.
  const mounted = wasOpen ? Promise.resolve() : new Promise((resolve) => requestAnimationFrame(resolve));
  void mounted
    .then(whenPagesLaidOut)
    .then(drawEveryPicture)
    .then(() => window.print());
  return true;
}
