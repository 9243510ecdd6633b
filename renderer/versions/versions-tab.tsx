// The "Versions & History" tab: the open draft's versions, then the matter's history.
import { useDesk } from '../app/desk-store';
import { HistoryView } from './history-view';
import { VersionsPanel } from './versions-panel';
import './versions.css';

export function VersionsTab() {
  const draft = useDesk((s) => s.file?.drafts.find((d) => d.id === s.activeDraftId));
  return (
    <div className="versions-tab">
      {draft ? (
        <VersionsPanel key={draft.id} draftId={draft.id} title={draft.title} />
      ) : (
        <p className="empty-note">Open a draft to see its versions.</p>
      )}
      <HistoryView />
    </div>
  );
}
