// Whether an element is on screen (or close to it) inside its scrolling container, so pages are drawn only
// when they are about to be seen.
import { useEffect, useState, type RefObject } from 'react';

export function useVisible(
  ref: RefObject<Element | null>,
  root: RefObject<Element | null>,
  margin = '400px 0px',
): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => setVisible(entries.some((e) => e.isIntersecting)),
      { root: root.current, rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, root, margin]);
  return visible;
}
