// One printer for the page viewer, started on the first record or source that must be printed and closed
// again after a minute without prints, so viewing pages does not keep a browser running all day. Printed
// pages are kept by content hash (originals-store.ts), so a second view prints nothing.
import type { HtmlPrinter } from '../production/printer';

export const IDLE_CLOSE_MS = 60_000;

export class SharedPrinter {
  private started: Promise<HtmlPrinter> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly open: () => Promise<HtmlPrinter>,
    private readonly idleMs = IDLE_CLOSE_MS,
  ) {}

  /** The printer, started if needed; each use pushes the idle close back. */
  readonly get = (): Promise<HtmlPrinter> => {
    if (this.timer) clearTimeout(this.timer);
    const started = (this.started ??= this.open());
    // A printer that failed to start is not kept: the next view tries again (Chromium installed since).
    started.catch(() => {
      if (this.started === started) this.started = undefined;
    });
    this.timer = setTimeout(() => void this.close(), this.idleMs);
    this.timer.unref?.();
    return started;
  };

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    const started = this.started;
    this.started = undefined;
    const printer = await started?.catch(() => undefined);
    await printer?.close();
  }
}
