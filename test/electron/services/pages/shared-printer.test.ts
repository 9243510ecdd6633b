// The page viewer's printer: started once for many prints, closed after a quiet minute, and tried again after
// a failed start (Chromium installed meanwhile) instead of failing every later view.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SharedPrinter } from '../../../../electron/services/pages/shared-printer';
import type { HtmlPrinter } from '../../../../electron/services/production/printer';

const fakePrinter = (closed: string[], name: string): HtmlPrinter => ({
  printToPdf: async () => new Uint8Array(),
  close: async () => void closed.push(name),
});

afterEach(() => vi.useRealTimers());

describe('the shared printer', () => {
  it('starts once, and closes after a minute without prints', async () => {
    vi.useFakeTimers();
    const closed: string[] = [];
    let starts = 0;
    const shared = new SharedPrinter(async () => fakePrinter(closed, `printer ${++starts}`));
    const first = await shared.get();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(await shared.get()).toBe(first);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(closed).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(closed).toEqual(['printer 1']);
    await shared.get();
    expect(starts).toBe(2);
    await shared.close();
    expect(closed).toEqual(['printer 1', 'printer 2']);
  });

  it('tries again after a printer that failed to start', async () => {
    let starts = 0;
    const shared = new SharedPrinter(async () => {
      if (++starts === 1) throw new Error('no Chromium');
      return fakePrinter([], 'second');
    });
    await expect(shared.get()).rejects.toThrow('no Chromium');
    await expect(shared.get()).resolves.toBeDefined();
    expect(starts).toBe(2);
    await shared.close();
  });
});
