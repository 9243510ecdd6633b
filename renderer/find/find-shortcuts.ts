// Ctrl+F (Find) and Ctrl+H (Find and replace), as in Word, wherever the focus is while a draft is open:
// the browser's own find bar and history page give way to them.
import { openFind } from './find-state';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function installFindShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const mod = isMac ? event.metaKey : event.ctrlKey;
    if (!mod || event.altKey || event.shiftKey) return;
    const key =
      event.code === 'KeyF' || event.key.toLowerCase() === 'f'
        ? 'f'
        : event.code === 'KeyH' || event.key.toLowerCase() === 'h'
          ? 'h'
          : '';
    if (!key) return;
    event.preventDefault();
    openFind(key === 'f' ? 'find' : 'replace');
  };
  window.addEventListener('keydown', onKeyDown, true);
  return () => window.removeEventListener('keydown', onKeyDown, true);
}
