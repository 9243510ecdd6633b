// Puts keyboard focus on an element React is about to render (a new list item's first field, the field a
// "Go to field" names): tries for a few frames, opens the folded group around it and scrolls it into view.
const MAX_FRAMES = 20;

/** Where the element scrolls to: `nearest` moves the view only as far as needed. */
export interface ShowOptions {
  block?: ScrollLogicalPosition;
}

export function focusWhenShown(find: () => HTMLElement | null, options: ShowOptions = {}): void {
  let tries = 0;
  const attempt = (): boolean => {
    const element = find();
    if (!element) {
      if (++tries < MAX_FRAMES) requestAnimationFrame(attempt);
      return false;
    }
    const group = element.closest('details');
    if (group) group.open = true;
    element.scrollIntoView({ block: options.block ?? 'nearest' });
    element.focus({ preventScroll: true });
    return true;
  };
  requestAnimationFrame(attempt);
}

/** Focus on an element already rendered (after a synchronous render), at once: no keystroke typed right
 *  after the click can fall between. Falls back to waiting for it. */
export function focusNow(id: string): void {
  const element = document.getElementById(id);
  if (element) element.focus();
  else focusIdWhenShown(id);
}

/** Focus on the element with this id once it is there. */
export const focusIdWhenShown = (id: string, options: ShowOptions = {}): void =>
  focusWhenShown(() => document.getElementById(id), options);
