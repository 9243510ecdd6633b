// Scrolling a column of pages: which page is at the top, going to a page (also when the caller asks to show
// one), and PageUp / PageDown / Home / End moving a whole page at a time.
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';

const sheets = (column: HTMLElement) => [...column.querySelectorAll<HTMLElement>('.page-figure')];

function scrollToPage(column: HTMLElement | null, page: number, behavior: ScrollBehavior): boolean {
  const target = column?.querySelector<HTMLElement>(`.page-figure[data-page="${page}"]`);
  if (!column || !target) return false;
  // The column is the pages' offset parent (position: relative), so offsetTop is within it.
  column.scrollTo({ top: target.offsetTop, behavior });
  return true;
}

export function usePageScroll(
  column: RefObject<HTMLElement | null>,
  count: number,
  show: { page: number } | null | undefined,
) {
  const [current, setCurrent] = useState(1);
  const goTo = (page: number) => {
    if (scrollToPage(column.current, page, 'auto')) setCurrent(page);
  };
  useEffect(() => {
    // The scroll listener below follows the page as it arrives.
    if (show) scrollToPage(column.current, show.page, 'smooth');
  }, [show, column]);
  useEffect(() => {
    const element = column.current;
    if (!element) return;
    const onScroll = () => {
      // The page across the upper part of the view (the last page may never reach the top).
      const top = element.scrollTop + element.clientHeight * 0.4;
      const seen = sheets(element).findLast((s) => s.offsetTop <= top);
      setCurrent(Number(seen?.dataset.page ?? 1));
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [column]);
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, number> = { PageDown: current + 1, PageUp: current - 1, Home: 1, End: count };
    const to = keys[event.key];
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (to === undefined || to < 1 || to > count || typing) return;
    event.preventDefault();
    goTo(to);
  };
  return { current, goTo, onKeyDown };
}
