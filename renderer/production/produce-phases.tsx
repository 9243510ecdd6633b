// The Produce dialog after Produce is pressed: progress record by record, then what was written, or why
// nothing was (with the records named, and Back to the plan).
import type { ProduceResult } from '../../core/api/production-requests';
import type { ApiError } from '../../core/api/result';
import { hasNativeDialogs } from '../api/desk-client';
import { Modal } from '../dialogs/modal';
import { showVolumeInFolder } from './produce-commands';
import { ProductionResult } from './production-result';

export type Phase =
  | { kind: 'plan' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; result: ProduceResult; jobId: string }
  | { kind: 'failed'; error: ApiError };

interface PhaseDialogProps {
  phase: Exclude<Phase, { kind: 'plan' }>;
  close: () => void;
  back: () => void;
}

export function PhaseDialog({ phase, close, back }: PhaseDialogProps) {
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
  return (
    <Modal
      title="The production was not made"
      role="alertdialog"
      description={phase.error.message}
      onCancel={close}
      actions={
        <>
          <button type="button" className="button" onClick={() => back()}>
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
}
