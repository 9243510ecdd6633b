// Produce…: the next volume planned (name, Bates numbers, what goes out, what needs a look), its options and
// folder, then progress record by record, then what was written; a failure says why and that nothing was
// written. The matter is saved with the production recorded, as `counsel-desk produce` saves it.
import { useEffect, useState } from 'react';
import type { ApiError } from '../../core/api/result';
import type { ProductionPreview } from '../../core/production/production-preview';
import { hasNativeDialogs } from '../api/desk-client';
import { store, useDesk } from '../app/desk-store';
import { saveMatter } from '../app/file-commands';
import { ChooseFolderDialog } from '../dialogs/folder-browser-dialog';
import { Modal } from '../dialogs/modal';
import { OutputFolder } from './output-folder';
import { previewNext, produce } from './produce-commands';
import { PhaseDialog, type Phase } from './produce-phases';
import { ProductionPlan } from './production-plan';
import { showProductionDialog } from './production-state';

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
  const [loadFiles, setLoadFiles] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'plan' });
  const preview = usePreview(again, matterVersion, dirty);
  const close = () => phase.kind !== 'running' && showProductionDialog(null);

  const start = async () => {
    setPhase({ kind: 'running', done: 0, total: 0 });
    const outcome = await produce({ outDir: outDir.trim(), zip, again, loadFiles }, (done, total) =>
      setPhase({ kind: 'running', done, total }),
    );
    setPhase('error' in outcome ? { kind: 'failed', error: outcome.error } : { kind: 'done', ...outcome });
  };

  if (phase.kind !== 'plan')
    return <PhaseDialog phase={phase} close={close} back={() => setPhase({ kind: 'plan' })} />;
  if (browsing)
    return (
      <ChooseFolderDialog
        title="Produce into folder"
        chooseLabel="Produce into this folder"
        {...(outDir.trim() ? { startIn: outDir.trim() } : {})}
        onChoose={(folder) => {
          setOutDir(folder);
          setBrowsing(false);
        }}
        onCancel={() => setBrowsing(false)}
      />
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
          <input type="checkbox" checked={loadFiles} onChange={(e) => setLoadFiles(e.target.checked)} />
          Concordance load files (DAT/OPT)
        </label>
        <label className="check-row">
          <input type="checkbox" checked={again} onChange={(e) => setAgain(e.target.checked)} />
          Produce again records produced before
        </label>
      </fieldset>
      <OutputFolder value={outDir} onChange={setOutDir} onBrowse={() => setBrowsing(true)} />
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
