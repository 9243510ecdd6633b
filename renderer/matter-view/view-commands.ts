// Switching what the wide pane shows: the open draft, the whole matter or the library. Focus follows, so
// the next keystroke lands in the view just opened.
import { store } from '../app/desk-store';
import type { MainView } from '../app/desk-store';
import { focusIdWhenShown, focusWhenShown } from '../matter-form/focus-when-shown';
import type { SectionId } from './matter-sections';

export const MATTER_VIEW_HEADING = 'matter-view-heading';

export function showView(view: MainView): void {
  store.set({ mainView: view });
  // The draft keeps its caret while hidden: focus goes back to it once it shows again.
  if (view === 'draft') requestAnimationFrame(() => store.liveEditor?.focus());
  else focusIdWhenShown(view === 'matter' ? MATTER_VIEW_HEADING : 'library-view-heading');
}

export const sectionDomId = (id: SectionId): string => `matter-section-${id}`;

/** Scrolls the matter view to a section and puts focus on its heading (the view opens first if needed). */
export function goToSection(id: SectionId): void {
  if (store.get().mainView !== 'matter' && store.get().activeDraftId) store.set({ mainView: 'matter' });
  focusWhenShown(() => document.getElementById(`${sectionDomId(id)}-heading`), { block: 'start' });
}

/** "Choose a template": the Drafts tab, with focus on its template picker. */
export function chooseTemplate(): void {
  store.set({ sidebarTab: 'drafts' });
  focusIdWhenShown('template-picker');
}
