// Puts keyboard focus on an element React is about to render (a new list item's first field, the field a
// "Go to field" names): tries for a few frames, opens the folded group around it and scrolls it into view.
const MAX_FRAMES = 20;

export function focusWhenShown(find: () => HTMLElement | null, options: { center?: boolean } = {}): void {
  let tries = 0;
  const attempt = () => {
    const element = find();
    if (!element) {
      if (++tries < MAX_FRAMES) requestAnimationFrame(attempt);
      return;
    }
    const group = element.closest('details');
    if (group) group.open = true;
    element.scrollIntoView({ block: options.center ? 'center' : 'nearest' });
    element.focus();
  };
  requestAnimationFrame(attempt);
}

/** Focus on the element with this id once it is there. */
export const focusIdWhenShown = (id: string, options: { center?: boolean } = {}): void =>
  focusWhenShown(() => document.getElementById(id), options);
