// File shortcuts in browser mode. In the desktop app the native menu owns these accelerators.
import { newMatter, openMatter, saveMatter } from './file-commands';
import { exportDocx } from './export-commands';
import { printPageView } from '../page-view/print-page-view';

export function installGlobalShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    const run = (action: () => unknown) => {
      event.preventDefault();
      void action();
    };
    if (key === 's' && event.shiftKey) run(() => saveMatter({ saveAs: true }));
    else if (key === 's') run(() => saveMatter());
    else if (key === 'o' && !event.shiftKey) run(() => openMatter());
    else if (key === 'e' && event.shiftKey) run(() => exportDocx());
    else if (key === 'n' && event.altKey === false && event.shiftKey) run(newMatter);
    // Print prints the draft's pages (the page view); with no draft open the browser's own print stands.
    else if (key === 'p' && !event.shiftKey && printPageView()) event.preventDefault();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
