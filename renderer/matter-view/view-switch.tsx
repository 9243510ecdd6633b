// Three buttons in the command bar choosing what the wide pane shows: the open draft, the whole matter, the
// library. The one showing is pressed; Draft waits for a draft to be open.
import { shownView, useDesk } from '../app/desk-store';
import type { MainView } from '../app/desk-store';
import { showView } from './view-commands';
import '../styles/matter-view.css';

const VIEWS: { view: MainView; label: string; title: string }[] = [
  { view: 'draft', label: 'Draft', title: 'The open draft' },
  { view: 'matter', label: 'Matter', title: 'Every fact of the matter, in sections' },
  { view: 'library', label: 'Library', title: 'Every source in the library' },
];

export function ViewSwitch() {
  const shown = useDesk(shownView);
  const hasDraft = useDesk((s) => s.activeDraftId !== null);
  return (
    <div className="view-switch" role="group" aria-label="Show">
      {VIEWS.map(({ view, label, title }) => (
        <button
          key={view}
          type="button"
          className="view-switch-button"
          aria-pressed={shown === view}
          disabled={view === 'draft' && !hasDraft}
          title={title}
          onClick={() => showView(view)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
