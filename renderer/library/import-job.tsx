// A background import of folders and mailboxes (library:import-start): polled for its progress (how many
// done, what is being read, the time left), cancellable, and summed up when it ends. Also the summary of an
// import of picked files, counted from their outcomes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchProgress, ImportOutcome, ImportSummary } from '../../core/library/library-types';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';

const POLL_MS = 250;
const count = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
const duration = (ms: number) =>
  ms < 60_000 ? `${Math.max(1, Math.ceil(ms / 1000))} s` : `${Math.round(ms / 60_000)} min`;

export function useImportJob(onEnded: () => void) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const ended = useRef(onEnded);
  useEffect(() => {
    ended.current = onEnded;
  });

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    const poll = async () => {
      const result = await desk().importStatus({ jobId });
      if (stopped) return;
      if (!result.ok) {
        store.alert(result.error);
        return setJobId(null);
      }
      setProgress(result.value.progress);
      if (result.value.summary) {
        setSummary(result.value.summary);
        setJobId(null);
        ended.current();
      } else setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [jobId]);

  const start = useCallback(async (paths: string[], custodian: string) => {
    setSummary(null);
    setProgress(null);
    const result = await desk().startImport({ paths, custodian });
    if (result.ok) setJobId(result.value.jobId);
    else store.alert(result.error);
  }, []);
  const cancel = useCallback(() => {
    if (jobId) void desk().cancelImport({ jobId });
  }, [jobId]);
  return { running: jobId !== null, progress, summary, start, cancel };
}

export function ImportProgressView({
  progress,
  onCancel,
}: {
  progress: BatchProgress | null;
  onCancel: () => void;
}) {
  return (
    <div role="status" className="import-progress">
      <progress
        max={Math.max(1, progress?.bytesTotal ?? 1)}
        value={progress?.bytesDone ?? 0}
        aria-label="Import progress"
      />{' '}
      {progress
        ? `${progress.done.toLocaleString()} done · reading ${progress.current}${progress.remainingMs >= 0 ? ` · about ${duration(progress.remainingMs)} left` : ''}`
        : 'Starting the import…'}{' '}
      <button type="button" className="button button--small button--quiet" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}

/** The summary an import of picked files gets, counted from their outcomes. */
export function summaryOf(outcomes: ImportOutcome[]): ImportSummary {
  const failed = outcomes.flatMap((o) =>
    o.status === 'failed' ? [{ item: o.fileName, message: o.message }] : [],
  );
  return {
    imported: outcomes.filter((o) => o.status === 'imported').length,
    duplicates: outcomes.filter((o) => o.status === 'already-in-library' || o.status === 'duplicate').length,
    attachments: 0,
    failed,
    warnings: outcomes.flatMap((o) => (o.status !== 'failed' && o.warnings ? o.warnings : [])),
    skipped: 0,
    cancelled: false,
    elapsedMs: 0,
  };
}

export function ImportSummaryView({
  summary,
  listFailures = true,
}: {
  summary: ImportSummary;
  /** False where the failures are listed already (the outcomes of picked files). */
  listFailures?: boolean;
}) {
  const head =
    `${summary.cancelled ? 'Import cancelled' : 'Import finished'}: ${count(summary.imported, 'item')} imported` +
    (summary.attachments > 0 ? ` (with ${count(summary.attachments, 'attachment')})` : '') +
    `, ${count(summary.duplicates, 'duplicate')} already in the library, ${summary.failed.length.toLocaleString()} failed.` +
    (summary.cancelled ? ' Import the same files again to go on: what is already in is skipped.' : '');
  return (
    <div className="import-summary" role="status">
      <p>{head}</p>
      {listFailures && summary.failed.length > 0 && (
        <ul className="import-outcomes" aria-label="Items that failed">
          {summary.failed.slice(0, 200).map((f, i) => (
            <li key={i} className="import-failed">
              {f.message}
            </li>
          ))}
          {summary.failed.length > 200 && <li>…and {count(summary.failed.length - 200, 'more failure')}.</li>}
        </ul>
      )}
      {summary.warnings.length > 0 && (
        <details>
          <summary>{count(summary.warnings.length, 'attachment')} kept without text</summary>
          <ul className="import-outcomes">
            {summary.warnings.slice(0, 200).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
