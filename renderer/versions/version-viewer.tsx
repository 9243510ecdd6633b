// A version opened read-only, or two versions compared, in a dialog over the editor. From a version the user
// can name it, mark it sent (then it is final) or restore it as the current draft.
import { useMemo, useState } from 'react';
import { compareVersions, describeStats } from '../../core/versions/compare-versions';
import { flattenBlocks } from '../../core/versions/flatten-blocks';
import { versionLine } from '../../core/versions/version-line';
import { Modal } from '../dialogs/modal';
import { LetterView } from './letter-view';
import { VersionMarks } from './version-marks';
import { restoreVersion, type ShownVersion } from './version-commands';
import type { CompareSide } from './compare-sides';
import { exportRedline } from './redline-export';

export type ViewerState =
  | { kind: 'version'; draftId: string; version: ShownVersion; side: CompareSide }
  | { kind: 'compare'; draftId: string; before: CompareSide; after: CompareSide };

function VersionDialog({
  state,
  onClose,
}: {
  state: Extract<ViewerState, { kind: 'version' }>;
  onClose: () => void;
}) {
  const blocks = useMemo(() => flattenBlocks(state.side.body), [state.side]);
  const { version } = state;
  const restore = () => {
    restoreVersion(state.draftId, version.number);
    onClose();
  };
  return (
    <Modal
      title={`Version ${version.number} of “${state.side.title}” (read-only)`}
      description={versionLine(version)}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={restore}>
            Restore as the current draft
          </button>
          <span className="modal-actions-spacer" />
          <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <div className="version-viewer">
        <VersionMarks draftId={state.draftId} version={version} />
        <LetterView blocks={blocks} label={`Version ${version.number}, read-only`} />
      </div>
    </Modal>
  );
}

const LEGEND =
  'Inserted text is underlined, deleted text struck through, and text whose formatting alone changed is outlined. Text moved unchanged is not marked.';

function CompareDialog({
  state,
  onClose,
}: {
  state: Extract<ViewerState, { kind: 'compare' }>;
  onClose: () => void;
}) {
  const comparison = useMemo(
    () => compareVersions(state.before.body, state.after.body, { moves: 'unflagged' }),
    [state.before, state.after],
  );
  const [written, setWritten] = useState('');
  const write = async () => {
    const where = await exportRedline(state.draftId, state.before, state.after);
    if (where) setWritten(`Wrote ${where}; the export goes into the history with the next save.`);
  };
  const title = `Changes from ${state.before.label} to ${state.after.label}`;
  return (
    <Modal
      title={title}
      description={describeStats(comparison.stats) || 'The two read the same.'}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={() => void write()}>
            Export redline DOCX
          </button>
          <span className="modal-actions-spacer" />
          <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <div className="version-viewer">
        <p className="form-help">{LEGEND}</p>
        <p className="form-help" role="status">
          {written}
        </p>
        <LetterView blocks={comparison.blocks} label={title} />
      </div>
    </Modal>
  );
}

export function VersionViewer({ state, onClose }: { state: ViewerState; onClose: () => void }) {
  return state.kind === 'version' ? (
    <VersionDialog state={state} onClose={onClose} />
  ) : (
    <CompareDialog state={state} onClose={onClose} />
  );
}
