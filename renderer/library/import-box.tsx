// Import: the desktop app picks files or a whole folder in the system's dialog and imports them in the
// background with progress, time left and Cancel. Browser mode picks them in the browser's file chooser
// (sent as bytes, one file at a time, so progress is shown per file) or takes typed paths of files, folders
// and mailboxes on this computer, imported in the background like the desktop's. Every import may name the
// custodian whose mailbox or files these are.
import { useId, useRef, useState } from 'react';
import type { RequestOf } from '../../core/api/contract';
import type { ImportOutcome, ImportSummary } from '../../core/library/library-types';
import { desk, hasNativeDialogs } from '../api/desk-client';
import { ImportProgressView, ImportSummaryView, summaryOf, useImportJob } from './import-job';

const EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown', '.eml', '.msg', '.mbox', '.pst'];

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

const importable = (f: File) => EXTENSIONS.some((ext) => f.name.toLowerCase().endsWith(ext));

export function ImportBox({ onImported }: { onImported: () => void }) {
  const [paths, setPaths] = useState('');
  const [custodian, setCustodian] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number; name: string } | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [uploadSummary, setUploadSummary] = useState<ImportSummary | null>(null);
  const job = useImportJob(onImported);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const stopUploads = useRef(false);
  const pathsId = useId();
  const custodianId = useId();
  const busy = progress !== null || job.running;

  async function run(jobs: { name: string; request: () => Promise<RequestOf<'library:import'>> }[]) {
    const results: ImportOutcome[] = [];
    setUploadSummary(null);
    stopUploads.current = false;
    for (const [index, item] of jobs.entries()) {
      if (stopUploads.current) break;
      setProgress({ done: index, total: jobs.length, name: item.name });
      const result = await desk().importToLibrary(await item.request());
      if (result.ok) results.push(...result.value);
      else results.push({ status: 'failed', fileName: item.name, message: result.error.message });
    }
    setProgress(null);
    setOutcomes(results);
    setUploadSummary({ ...summaryOf(results), cancelled: stopUploads.current });
    onImported();
  }

  const importPicked = (files: FileList | null, input: HTMLInputElement | null) => {
    const list = [...(files ?? [])].filter(importable);
    void run(
      list.map((f) => ({
        name: f.webkitRelativePath || f.name,
        request: async () => ({ files: [{ name: f.name, base64: await toBase64(f) }], custodian }),
      })),
    );
    if (input) input.value = '';
  };

  // The desktop app: the system's dialog names the files or the folder, and the main process reads them in
  // the background (mailboxes of any size, with progress, time left and Cancel) instead of sending bytes.
  const chooseAndImport = async (what: 'files' | 'folder') => {
    const chosen = await desk().chooseImport({ what });
    if (!chosen.ok || chosen.value.length === 0) return; // cancelled (an error is shown by the client)
    setOutcomes([]);
    setUploadSummary(null);
    void job.start(chosen.value, custodian);
  };
  const pickFiles = () => (hasNativeDialogs() ? void chooseAndImport('files') : fileInput.current?.click());
  const pickFolder = () =>
    hasNativeDialogs() ? void chooseAndImport('folder') : folderInput.current?.click();

  const importPaths = () => {
    const list = paths
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    setOutcomes([]);
    setUploadSummary(null);
    void job.start(list, custodian);
    setPaths('');
  };

  return (
    <section className="panel-section" aria-labelledby="library-import-heading">
      <h2 id="library-import-heading" className="section-heading">
        Import
      </h2>
      <label htmlFor={custodianId} className="field-label">
        Custodian (whose mailbox or files these are)
      </label>
      <input
        id={custodianId}
        type="text"
        value={custodian}
        onChange={(e) => setCustodian(e.target.value)}
        placeholder="Ana Ruiz"
      />
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept={EXTENSIONS.join(',')}
        aria-label="Files to import"
        onChange={(e) => importPicked(e.target.files, fileInput.current)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label="Folder to import"
        {...{ webkitdirectory: '' }}
        onChange={(e) => importPicked(e.target.files, folderInput.current)}
      />
      <button type="button" className="button button--primary" disabled={busy} onClick={pickFiles}>
        Import files…
      </button>
      <button type="button" className="button" disabled={busy} onClick={pickFolder}>
        Import a folder…
      </button>
      {!hasNativeDialogs() && (
        <>
          <label htmlFor={pathsId} className="field-label">
            Or paths on this computer (files, folders, mailboxes), one per line
          </label>
          <textarea
            id={pathsId}
            rows={2}
            value={paths}
            onChange={(e) => setPaths(e.target.value)}
            placeholder="/home/me/exports/ruiz.pst"
          />
          <button type="button" className="button" disabled={!paths.trim() || busy} onClick={importPaths}>
            Import paths
          </button>
        </>
      )}
      {progress && (
        <div role="status" className="import-progress">
          <progress max={progress.total} value={progress.done} aria-label="Import progress" /> Importing{' '}
          {progress.name} ({progress.done + 1} of {progress.total})…{' '}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => (stopUploads.current = true)}
          >
            Cancel import
          </button>
        </div>
      )}
      {job.running && <ImportProgressView progress={job.progress} onCancel={job.cancel} />}
      {job.summary && !job.running && <ImportSummaryView summary={job.summary} />}
      {uploadSummary && <ImportSummaryView summary={uploadSummary} listFailures={false} />}
      {outcomes.length > 0 && (
        <ul className="import-outcomes" aria-label="Import results">
          {outcomes.slice(0, 200).map((o, i) => (
            <li key={i} className={o.status === 'failed' ? 'import-failed' : 'import-ok'}>
              {o.status === 'failed'
                ? o.message
                : `${o.source.title}: ${o.source.pageCount} page${o.source.pageCount === 1 ? '' : 's'}${o.status === 'imported' ? '' : ' (already in the library)'}`}
            </li>
          ))}
          {outcomes.length > 200 && <li>…and {(outcomes.length - 200).toLocaleString()} more.</li>}
        </ul>
      )}
    </section>
  );
}
