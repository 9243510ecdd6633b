// Productions run in the background, so the page can show progress record by record: the volume is made,
// then the matter is saved with it recorded, exactly as `counsel-desk produce` does (a save that fails, or
// finds the file changed on disk, removes the volume again, so nothing half-done is left).
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ProduceJobStatus, ProduceResult } from '../../core/api/production-requests';
import { DeskError, type ApiError } from '../../core/api/result';
import type { ParsedRequestOf } from '../../core/api/contract';
import type { DeskServices } from '../services/desk-services';
import { produceVolume, type ProduceOutcome } from '../services/production/produce-volume';
import { MANIFEST_NAME } from '../services/production/volume-writer';
import { productionProblem } from './production-problem';

type StartRequest = ParsedRequestOf<'production:start'>;
type Services = Pick<DeskServices, 'matterFiles' | 'recovery' | 'library' | 'openPrinter' | 'paths'>;

const KEEP_FINISHED = 20;

/** The volume's files as its manifest lists them ("<sha256>  <name>" lines), the manifest last. */
async function filesOf(folder: string): Promise<string[]> {
  const manifest = await fs.readFile(path.join(folder, MANIFEST_NAME), 'utf8').catch(() => '');
  const names = manifest
    .split('\n')
    .map((line) => line.replace(/^[0-9a-f]{64} [ *]?/, '').trim())
    .filter(Boolean);
  return [...names, MANIFEST_NAME];
}

export class ProduceJobs {
  private readonly jobs = new Map<string, ProduceJobStatus>();

  constructor(private readonly services: Services) {}

  start(request: StartRequest): ProduceJobStatus {
    const jobId = randomUUID();
    const status: ProduceJobStatus = { jobId, state: 'running', done: 0, total: 0 };
    this.jobs.set(jobId, status);
    this.forgetOld();
    void this.run(jobId, request).then(
      (result) => this.jobs.set(jobId, { jobId, state: 'done', result }),
      (error: unknown) => this.jobs.set(jobId, { jobId, state: 'failed', error: asApiError(error) }),
    );
    return status;
  }

  status(jobId: string): ProduceJobStatus | undefined {
    return this.jobs.get(jobId);
  }

  /** Where a finished job's volume is, for "Show in folder". */
  folderOf(jobId: string): string | undefined {
    const job = this.jobs.get(jobId);
    return job?.state === 'done' ? job.result.folder : undefined;
  }

  private async run(jobId: string, request: StartRequest): Promise<ProduceResult> {
    let started: Promise<Awaited<ReturnType<Services['openPrinter']>>> | undefined;
    let outcome: ProduceOutcome;
    try {
      outcome = await produceVolume({
        file: request.file,
        libraryDir: this.services.library.dir,
        outDir: request.outDir,
        zip: request.zip,
        again: request.again,
        loadFiles: request.loadFiles,
        // A cover letter drafted in an older file, which keeps no template of its own, is rendered from these.
        templatesDir: this.services.paths.paths.templatesDir,
        printer: () => (started ??= this.services.openPrinter()),
        onRecord: (done, total) => this.jobs.set(jobId, { jobId, state: 'running', done, total }),
      });
    } finally {
      if (started) await (await started.catch(() => undefined))?.close();
    }
    let saved;
    try {
      saved = await this.services.matterFiles.save(request.path, outcome.file, {
        expected: request.expected ?? null,
      });
    } catch (error) {
      await outcome.undo();
      throw savingFailed(error, path.basename(request.path));
    }
    if (request.windowId) await this.services.recovery.discardWindow(request.windowId).catch(() => false);
    return {
      production: outcome.production,
      folder: outcome.folder,
      ...(outcome.zip ? { zip: outcome.zip } : {}),
      files: await filesOf(outcome.folder),
      imagePages: outcome.imagePages,
      notes: outcome.notes,
      file: { ...outcome.file, savedAt: saved.savedAt },
      ...saved,
    };
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}

function savingFailed(error: unknown, name: string): DeskError {
  const why = error instanceof Error ? error.message : String(error);
  const code = error instanceof DeskError ? error.code : 'io-error';
  return new DeskError(
    code,
    `The volume was made but ${name} could not be saved with it recorded, so the volume was removed again. ${why}`,
  );
}

function asApiError(error: unknown): ApiError {
  if (error instanceof DeskError)
    return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  const known = productionProblem(error);
  if (known) return known;
  return {
    code: 'internal',
    message: `The production could not be made (${error instanceof Error ? error.message : String(error)}). Nothing was written and the matter was not changed.`,
  };
}
