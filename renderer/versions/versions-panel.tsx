// The Versions panel: every version kept of the open draft, newest first (when, who, its name, whether sent).
// Open shows one read-only; Restore makes it the current draft again (saved as a new version); ticking two
// (or one and the current draft) compares them.
import { useState } from 'react';
import { timeText } from '../../core/history/history-csv';
import { useDesk } from '../app/desk-store';
import { currentSide, versionSide, type CompareSide } from './compare-sides';
import { restoreVersion, shownVersions, type ShownVersion } from './version-commands';
import { VersionViewer, type ViewerState } from './version-viewer';

type Choice = 'current' | number;

function VersionRow(props: {
  version: ShownVersion;
  picked: boolean;
  onPick: () => void;
  onOpen: () => void;
  onRestore: () => void;
}) {
  const { version } = props;
  const facts = [timeText(version.savedAt), version.author || 'unknown author'];
  return (
    <li className="version-row">
      <input
        type="checkbox"
        checked={props.picked}
        onChange={props.onPick}
        aria-label={`Compare version ${version.number}`}
      />
      <div className="version-facts">
        <span className="version-number">Version {version.number}</span>
        {version.name && <span className="version-name">“{version.name}”</span>}
        {version.sent && <span className="version-sent">Sent {version.sent.date}</span>}
        <span className="version-meta">{facts.join(' · ')}</span>
        {version.unsaved && <span className="version-meta">Saved with the next save</span>}
        {version.restoredFrom !== undefined && (
          <span className="version-meta">Restored from version {version.restoredFrom}</span>
        )}
      </div>
      <button type="button" className="button button--small" onClick={props.onOpen}>
        Open
      </button>
      <button type="button" className="button button--small button--quiet" onClick={props.onRestore}>
        Restore
      </button>
    </li>
  );
}

export function VersionsPanel({ draftId, title }: { draftId: string; title: string }) {
  // Re-read whenever the file changes (a save adds versions; a name or a sent mark waits in the history).
  const file = useDesk((s) => s.file);
  const versions = file ? shownVersions(draftId).reverse() : [];
  const [picked, setPicked] = useState<Choice[]>([]);
  const [viewer, setViewer] = useState<ViewerState | null>(null);
  const toggle = (which: Choice) =>
    setPicked((now) => (now.includes(which) ? now.filter((p) => p !== which) : [...now, which].slice(-2)));
  const sideOf = (which: Choice): CompareSide | null =>
    which === 'current' ? currentSide(draftId) : versionSide(draftId, which);
  const open = (version: ShownVersion) => {
    const side = versionSide(draftId, version.number);
    if (side) setViewer({ kind: 'version', draftId, version, side });
  };
  const compare = () => {
    // The earlier one first: a version before the current draft, a lower number before a higher one.
    const order = [...picked].sort((a, b) => (a === 'current' ? 1 : b === 'current' ? -1 : a - b));
    const [before, after] = order.map(sideOf);
    if (before && after) setViewer({ kind: 'compare', draftId, before, after });
  };
  return (
    <section className="panel-section versions-panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="section-heading">
        Versions of “{title}” <span className="list-count">{versions.length}</span>
      </h2>
      {versions.length === 0 ? (
        <p className="empty-note">
          No versions yet: one is kept each time the matter is saved with this draft changed.
        </p>
      ) : (
        <>
          <ul className="version-list">
            <li className="version-row version-row--current">
              <input
                type="checkbox"
                checked={picked.includes('current')}
                onChange={() => toggle('current')}
                aria-label="Compare the current draft"
              />
              <div className="version-facts">
                <span className="version-number">Current draft</span>
                <span className="version-meta">As it is in the editor, saved or not</span>
              </div>
            </li>
            {versions.map((version) => (
              <VersionRow
                key={version.number}
                version={version}
                picked={picked.includes(version.number)}
                onPick={() => toggle(version.number)}
                onOpen={() => open(version)}
                onRestore={() => restoreVersion(draftId, version.number)}
              />
            ))}
          </ul>
          <button type="button" className="button" disabled={picked.length !== 2} onClick={compare}>
            Compare the two ticked
          </button>
        </>
      )}
      {viewer && <VersionViewer state={viewer} onClose={() => setViewer(null)} />}
    </section>
  );
}
