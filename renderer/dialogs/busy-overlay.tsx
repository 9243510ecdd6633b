// Progress for long work (exporting a long draft): an indeterminate bar over the editor.
import { useDesk } from '../app/desk-store';

export function BusyOverlay() {
  const busy = useDesk((s) => s.busy);
  if (!busy) return null;
  return (
    <div className="busy-overlay">
      <div className="busy-card">
        <p id="busy-label">{busy.label}</p>
        <div className="progress" role="progressbar" aria-labelledby="busy-label">
          <div className="progress-bar" />
        </div>
      </div>
    </div>
  );
}
