// Continuity: where the user is (the saved matter, its open draft, the view, how far down) is remembered as
// they work, and brought back at the next start or reload. A matter never saved is not remembered here: its
// unsaved work comes back through the recovery copy instead.
import type { LastSession } from '../../core/api/contract';
import { desk } from '../api/desk-client';
import { shownView, store } from './desk-store';
import type { MainView } from './desk-store';
import { showMatter } from './file-commands';

const REMEMBER_AFTER_MS = 400;
const RESTORE_FOR_MS = 3000;

/** The element that scrolls in each view. */
function scrollerOf(view: MainView): HTMLElement | null {
  const selector = view === 'draft' ? '.draft-frame .sheet-scroller' : `[data-scroll-memory="${view}"]`;
  return document.querySelector<HTMLElement>(selector);
}

/** Scrolls a view to `top` once its content is tall enough (a long draft lays out over a few frames). */
export function restoreScroll(view: MainView, top: number): void {
  if (top <= 0) return;
  const until = performance.now() + RESTORE_FOR_MS;
  const attempt = () => {
    const scroller = scrollerOf(view);
    if (scroller) scroller.scrollTop = top;
    if ((scroller && Math.abs(scroller.scrollTop - top) < 2) || performance.now() > until) return;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Opens the matter the user had open last, with its draft, view and scroll position. False when there is
 *  none (or it cannot be opened any more): the app then starts with a new matter. */
export async function restoreLastSession(): Promise<boolean> {
  const openedBefore = store.get().openCount;
  const last = await desk().lastSession();
  if (!last.ok || !last.value) return false;
  const session: LastSession = last.value;
  const opened = await desk().openMatter({ path: session.path });
  if (!opened.ok) {
    store.alert(`The matter open last time could not be opened again. ${opened.error.message}`);
    return false;
  }
  // A file the system asked the app to open meanwhile wins over the one from last time.
  if (store.get().openCount !== openedBefore) return true;
  showMatter(opened.value);
  const draft = opened.value.file.drafts.find((d) => d.id === session.draftId && !d.damaged);
  if (draft)
    store.set({
      activeDraftId: draft.id,
      ...(draft.templateId ? { selectedTemplateId: draft.templateId } : {}),
    });
  store.set({ mainView: session.view });
  restoreScroll(shownView(store.get()), session.scrollTop);
  return true;
}

/** Remembers where the user is while the app runs; returns the function that stops it. */
export function startSessionMemory(): () => void {
  const draftScroll = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const remember = () => {
    const state = store.get();
    const view = shownView(state);
    const scroller = scrollerOf(view);
    const session: LastSession = {
      path: state.path,
      draftId: state.activeDraftId ?? '',
      view: state.mainView,
      scrollTop: Math.round(scroller?.scrollTop ?? 0),
    };
    const key = JSON.stringify(session);
    if (key === last) return;
    last = key;
    void desk().rememberSession(session);
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, REMEMBER_AFTER_MS);
  };
  let shown = shownView(store.get());
  let where = '';
  const stopStore = store.subscribe(() => {
    const state = store.get();
    const now = shownView(state);
    // Back to a draft hidden behind the matter or the library: to where it was scrolled.
    if (now === 'draft' && shown !== 'draft' && state.activeDraftId)
      restoreScroll('draft', draftScroll.get(state.activeDraftId) ?? 0);
    shown = now;
    const next = `${state.path}|${state.activeDraftId}|${state.mainView}`;
    if (next !== where) {
      // Another matter, or none (Close): said at once, so a quit or reload right after cannot bring back
      // the matter just closed. Views and scrolling wait for a pause.
      const otherMatter = where !== '' && !where.startsWith(`${state.path}|`);
      where = next;
      if (otherMatter) {
        clearTimeout(timer);
        remember();
      } else soon();
    }
  });
  const onScroll = (event: Event) => {
    const target = event.target as HTMLElement;
    const id = store.get().activeDraftId;
    if (id && target.classList?.contains('sheet-scroller')) draftScroll.set(id, target.scrollTop);
    soon();
  };
  document.addEventListener('scroll', onScroll, true);
  return () => {
    clearTimeout(timer);
    stopStore();
    document.removeEventListener('scroll', onScroll, true);
  };
}
