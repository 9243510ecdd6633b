// Counts what an import did as it goes (imported, duplicates, failures with their reasons) and turns the
// bytes read so far into progress with an estimate of the time left.
import type { BatchProgress, ImportOutcome, ImportSummary } from '../../../../core/library/library-types';
import type { InputList } from './input-files';
import type { MailItem } from './mail-items';
import type { PreparedMessage } from './prepare-message';

const PROGRESS_EVERY_MS = 100;

export class ImportTally {
  private readonly started = Date.now();
  private readonly outcomes: ImportOutcome[] = [];
  private readonly summary: ImportSummary;
  private done = 0;
  private bytesDone = 0;
  private fileStart = 0;
  private readonly bytesTotal: number;
  private currentItem = '';
  private lastReport = 0;

  constructor(
    list: InputList,
    private readonly onProgress: ((progress: BatchProgress) => void) | undefined,
    private readonly onOutcome: ((outcome: ImportOutcome) => void) | undefined,
  ) {
    this.bytesTotal = list.files.reduce((sum, f) => sum + f.size, 0);
    this.summary = {
      imported: 0,
      duplicates: 0,
      attachments: 0,
      failed: [],
      warnings: [],
      skipped: list.skipped,
      cancelled: false,
      elapsedMs: 0,
    };
    for (const refused of list.refused) this.failed(refused.item, refused.message, 0);
  }

  private record(outcome: ImportOutcome): void {
    this.outcomes.push(outcome);
    this.done++;
    if (outcome.status === 'failed')
      this.summary.failed.push({ item: outcome.fileName, message: outcome.message });
    else if (outcome.status === 'imported') this.summary.imported++;
    else this.summary.duplicates++;
    if (outcome.status !== 'failed' && outcome.warnings) this.summary.warnings.push(...outcome.warnings);
    this.onOutcome?.(outcome);
    this.report(false);
  }

  current(label: string): void {
    this.currentItem = label;
    this.report(false);
  }

  stored(
    item: MailItem,
    prepared: PreparedMessage,
    outcome: Extract<ImportOutcome, { source: unknown }>,
  ): void {
    this.bytesDone += item.weight;
    const fresh = outcome.status === 'imported' && prepared.warnings.length > 0;
    this.record(
      fresh
        ? { ...outcome, fileName: item.label, warnings: prepared.warnings }
        : { ...outcome, fileName: item.label },
    );
  }

  file(outcome: ImportOutcome, size: number): void {
    this.bytesDone = this.fileStart + size;
    this.record(outcome);
  }

  failed(item: string, message: string, weight: number): void {
    this.bytesDone += weight;
    this.record({ status: 'failed', fileName: item, message });
  }

  /** A file is finished: its bytes all count as read, whatever its items weighed. */
  fileDone(size: number): void {
    this.fileStart += size;
    this.bytesDone = this.fileStart;
    this.report(true);
  }

  private report(force: boolean): void {
    if (!this.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastReport < PROGRESS_EVERY_MS) return;
    this.lastReport = now;
    const elapsedMs = now - this.started;
    const share = this.bytesTotal > 0 ? this.bytesDone / this.bytesTotal : 0;
    const remainingMs = share > 0.01 && elapsedMs > 300 ? Math.round((elapsedMs * (1 - share)) / share) : -1;
    this.onProgress({
      done: this.done,
      current: this.currentItem,
      bytesDone: Math.min(this.bytesDone, this.bytesTotal),
      bytesTotal: this.bytesTotal,
      elapsedMs,
      remainingMs,
    });
  }

  finish(cancelled: boolean, attachments: number): { summary: ImportSummary; outcomes: ImportOutcome[] } {
    this.report(true);
    const summary = { ...this.summary, attachments, cancelled, elapsedMs: Date.now() - this.started };
    return { summary, outcomes: this.outcomes };
  }
}
