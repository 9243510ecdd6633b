// Imports that run while the app stays usable: started by the renderer, asked for their progress every
// moment, cancellable. A finished job keeps its summary until it is read, so a slow poll misses nothing.
import { randomUUID } from 'node:crypto';
import type { ImportJobStatus } from '../../../../core/library/mail-types';
import type { LibraryDatabase } from '../library-database';
import { runImport } from './import-run';

interface Job {
  controller: AbortController;
  status: ImportJobStatus;
}

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly library: () => LibraryDatabase) {}

  start(paths: string[], custodian: string): ImportJobStatus {
    const jobId = randomUUID();
    const job: Job = { controller: new AbortController(), status: { jobId, progress: null, summary: null } };
    this.jobs.set(jobId, job);
    void runImport(this.library(), paths, {
      custodian,
      signal: job.controller.signal,
      onProgress: (progress) => (job.status = { ...job.status, progress }),
    }).then(
      ({ summary }) => (job.status = { ...job.status, summary }),
      (error: unknown) =>
        (job.status = {
          ...job.status,
          summary: {
            imported: 0,
            duplicates: 0,
            attachments: 0,
            failed: [
              {
                item: paths.join(', '),
                message: `The import stopped: ${error instanceof Error ? error.message : String(error)}`,
              },
            ],
            warnings: [],
            skipped: 0,
            cancelled: true,
            elapsedMs: 0,
          },
        }),
    );
    return job.status;
  }

  /** The job's status; undefined for an unknown job. A finished job is forgotten once its summary is read. */
  status(jobId: string): ImportJobStatus | undefined {
    const job = this.jobs.get(jobId);
    if (job?.status.summary) this.jobs.delete(jobId);
    return job?.status;
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.status.summary) return false;
    job.controller.abort();
    return true;
  }
}
