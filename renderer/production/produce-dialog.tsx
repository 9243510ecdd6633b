// Produce…: the next volume planned (name, Bates numbers, what goes out, what needs a look), its options and
// folder, then progress record by record, then what was written; a failure says why and that nothing was
// written. The matter is saved with the production recorded, as `counsel-desk produce` saves it.
import { useEffect, useState } from 'react';
import type { ProduceResult } from '../../core/api/production-requests';
import type { ApiError } from '../../core/api/result';
import type { ProductionPreview } from '../../core/production/production-preview';
import { hasNativeDialogs } from '../api/desk-client';
import { store, useDesk } from '../app/desk-store';
import { saveMatter } from '../app/file-commands';
import { Modal } from '../dialogs/modal';
import { OutputFolder } from './output-folder';
import { previewNext, produce, showVolumeInFolder } from './produce-commands';
import { ProductionPlan } from './production-plan';
import { ProductionResult } from './production-result';
import { showProductionDialog } from './production-state';

type Phase =
  | { kind: 'plan' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; result: ProduceResult; jobId: string }
  | { kind: 'failed'; error: ApiError };

/** A folder beside the matter file, as a first suggestion in browser mode. */
function suggestedFolder(matterPath: string): string {
  const cut = Math.max(matterPath.lastIndexOf('/'), matterPath.lastIndexOf('\\'));
  if (cut < 0 || hasNativeDialogs()) return '';
  return `${matterPath.slice(0, cut + 1)}Productions`;
}

function usePreview(again: boolean, matterVersion: number, dirty: boolean) {
  const [preview, setPreview] = useState<ProductionPreview | ApiError | null>(null);
  useEffect(() => {
    let current = true;
    void previewNext(again).then((p) => current && setPreview(p));
    return () => {
      current = false;
    };
  }, [again, matterVersion, dirty]);
  return preview;
}

export function ProduceDialog() {
  const path = useDesk((s) => s.path);
  const dirty = useDesk((s) => s.dirty);
  const matterVersion = useDesk((s) => s.matterVersion);
  const [again, setAgain] = useState(false);
  const [zip, setZip] = useState(false);
  const [outDir, setOutDir] = useState(() => suggestedFolder(store.get().path));
  const [phase, setPhase] = useState<Phase>({ kind: 'plan' });
  const preview = usePreview(again, matterVersion, dirty);
  const close = () => phase.kind !== 'running' && showProductionDialog(null);

  const start = async () => {
    setPhase({ kind: 'running', done: 0, total: 0 });
    const outcome = await produce({ outDir: outDir.trim(), zip, again }, (done, total) =>
      setPhase({ kind: 'running', done, total }),
    );
    setPhase('error' in outcome ? { kind: 'failed', error: outcome.error } : { kind: 'done', ...outcome });
  };

  if (phase.kind === 'running')
    return (
      <Modal title="Producing…" onCancel={() => undefined} actions={null}>
        <p id="production-progress-label">
          {phase.total > 0 ? `Record ${phase.done} of ${phase.total}` : 'Reading the records…'}
        </p>
        <progress
          className="production-progress"
          aria-labelledby="production-progress-label"
          max={Math.max(phase.total, 1)}
          value={phase.done}
        />
      </Modal>
    );
  if (phase.kind === 'done')
    return (
      <Modal
        title={`${phase.result.production.volume} produced`}
        onCancel={close}
        actions={
          <>
            {hasNativeDialogs() && (
              <button type="button" className="button" onClick={() => void showVolumeInFolder(phase.jobId)}>
                Show in Folder
              </button>
            )}
            <button type="button" className="button button--primary" onClick={close} data-autofocus>
              Close
            </button>
          </>
        }
      >
        <ProductionResult result={phase.result} />
      </Modal>
    );
  if (phase.kind === 'failed')
    return (
      <Modal
        title="The production was not made"
        role="alertdialog"
        description={phase.error.message}
        onCancel={close}
        actions={
          <>
            <button type="button" className="button" onClick={() => setPhase({ kind: 'plan' })}>
              Back
            </button>
            <button type="button" className="button button--primary" onClick={close} data-autofocus>
              Close
            </button>
          </>
        }
      >
        {phase.error.details && (
          <ul className="production-list">
            {phase.error.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </Modal>
    );

  const planned = preview && 'volume' in preview ? preview : null;
  const ready = planned !== null && planned.blockers.length === 0 && path !== '' && outDir.trim() !== '';
  return (
    <Modal
      title="Produce records"
      description="Writes the next production volume: each record Bates-stamped with its redactions burned in, the production index, the privilege log and a manifest."
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!ready}
            onClick={() => void start()}
          >
            Produce
          </button>
        </>
      }
    >
      {!preview && <p className="form-help">Planning the volume…</p>}
      {preview && !planned && (
        <p role="alert" className="production-problem">
          {(preview as ApiError).message}
        </p>
      )}
      {planned && <ProductionPlan preview={planned} />}
      <fieldset className="production-options">
        <legend className="field-label">Options</legend>
        <label className="check-row">
          <input type="checkbox" checked={zip} onChange={(e) => setZip(e.target.checked)} />
          Also write a zip
        </label>
        <label className="check-row">
          <input type="checkbox" checked={again} onChange={(e) => setAgain(e.target.checked)} />
          Produce again records produced before
        </label>
      </fieldset>
      <OutputFolder value={outDir} onChange={setOutDir} />
      {path ? (
        <p className="form-help">
          The matter is saved with the production recorded{dirty ? ', unsaved changes included' : ''}.
        </p>
      ) : (
        <div role="alert" className="production-problem">
          <p>
            Save the matter first: a production is recorded in its file, so the next one continues the
            numbers.
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              showProductionDialog(null);
              void saveMatter();
            }}
          >
            Save…
          </button>
        </div>
      )}
    </Modal>
  );
}
