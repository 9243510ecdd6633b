// Print waits for the page view's pages: opening it makes the wait start, a new layout makes it wait again,
// and only the end of a layout lets it go.
import { describe, expect, it } from 'vitest';
import {
  isPageViewOpen,
  pagesLaidOut,
  pagesPending,
  setPageViewOpen,
  whenPagesLaidOut,
} from '../../../renderer/page-view/page-view-state';

const settledYet = async (promise: Promise<void>) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10)),
  ]);

describe('page view state', () => {
  it('opens, waits for the layout, and waits again while a new layout runs', async () => {
    expect(isPageViewOpen()).toBe(false);
    setPageViewOpen(true);
    expect(isPageViewOpen()).toBe(true);
    const first = whenPagesLaidOut();
    expect(await settledYet(first)).toBe(false);
    pagesLaidOut();
    expect(await settledYet(first)).toBe(true);

    pagesPending();
    const again = whenPagesLaidOut();
    expect(await settledYet(again)).toBe(false);
    pagesPending(); // a layout started over while one ran: still one wait
    expect(whenPagesLaidOut()).toBe(again);
    pagesLaidOut();
    expect(await settledYet(again)).toBe(true);

    setPageViewOpen(false);
    expect(isPageViewOpen()).toBe(false);
  });
});
