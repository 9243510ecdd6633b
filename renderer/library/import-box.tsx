// Import: in the desktop app and in browser mode alike, pick files in the browser's file chooser (they are
// sent as bytes); browser mode may also type paths on this computer (the desktop app reads only files the
// user chose, so it has no such box). Files go one at a time, so progress is shown per file.
import { useId, useRef, useState } from 'react';
import type { RequestOf } from '../../core/api/contract';
import type { ImportOutcome } from '../../core/library/library-types';
import { desk, hasNativeDialogs } from '../api/desk-client';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export function ImportBox({ onImported }: { onImported: () => void }) {
  const [paths, setPaths] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number; name: string } | null>(null);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const pathsId = useId();

  async function run(
    jobs: {
      name: string;
      request: () => Promise<RequestOf<'library:import'>>;
    }[],
  ) {
    const results: ImportOutcome[] = [];
    for (const [index, job] of jobs.entries()) {
      setProgress({ done: index, total: jobs.length, name: job.name });
      const result = await desk().importToLibrary(await job.request());
      if (result.ok) results.push(...result.value);
      else results.push({ status: 'failed', fileName: job.name, message: result.error.message });
    }
    setProgress(null);
    setOutcomes(results);
    onImported();
  }

  const importPicked = (files: FileList | null) => {
    const list = [...(files ?? [])];
    void run(
      list.map((f) => ({
        name: f.name,
        request: async () => ({ files: [{ name: f.name, base64: await toBase64(f) }] }),
      })),
    );
    if (fileInput.current) fileInput.current.value = '';
  };

  const importPaths = () => {
    const list = paths
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    void run(list.map((p) => ({ name: p, request: async () => ({ paths: [p] }) })));
    setPaths('');
  };

  return (
    <section className="panel-section" aria-labelledby="library-import-heading">
      <h2 id="library-import-heading" className="section-heading">
        Import
      </h2>
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept=".pdf,.docx,.txt,.md,.markdown,.eml"
        aria-label="Files to import"
        onChange={(e) => importPicked(e.target.files)}
      />
      <button
        type="button"
        className="button button--primary"
        disabled={progress !== null}
        onClick={() => fileInput.current?.click()}
      >
        Import files…
      </button>
      {!hasNativeDialogs() && (
        <>
          <label htmlFor={pathsId} className="field-label">
            Or paths on this computer, one per line
          </label>
          <textarea
            id={pathsId}
            rows={2}
            value={paths}
            onChange={(e) => setPaths(e.target.value)}
            placeholder="/home/me/policies/go-301.pdf"
          />
          <button
            type="button"
            className="button"
            disabled={!paths.trim() || progress !== null}
            onClick={importPaths}
          >
            Import paths
          </button>
        </>
      )}
      {progress && (
        <div role="status" className="import-progress">
          <progress max={progress.total} value={progress.done} aria-label="Import progress" /> Importing{' '}
          {progress.name} ({progress.done + 1} of {progress.total})…
        </div>
      )}
      {outcomes.length > 0 && (
        <ul className="import-outcomes" aria-label="Import results">
          {outcomes.map((o, i) => (
            <li key={i} className={o.status === 'failed' ? 'import-failed' : 'import-ok'}>
              {o.status === 'failed'
                ? o.message
                : `${o.source.title}: ${o.source.pageCount} page${o.source.pageCount === 1 ? '' : 's'}${o.status === 'already-in-library' ? ' (already in the library)' : ''}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
