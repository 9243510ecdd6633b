// The renderer's side of Produce: it sends the window's matter (unsaved changes included) with the version of
// the file it knows, reports progress while the production runs, and then holds the matter as saved with the
// production recorded (clean, its new version remembered for the next save's conflict check). A failure
// leaves the window's matter as it was, unsaved changes and all.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProduceJobStatus } from '../../../core/api/production-requests';
import { newMatterFile } from '../../../core/matter-file/matter-file';
import { newMatter } from '../../../core/matter/new-matter';
import { store } from '../../../renderer/app/desk-store';
import { expectedOnDisk, rememberDiskVersion } from '../../../renderer/app/matter-on-disk';

const before = { size: 10, mtimeMs: 1, sha256: 'a'.repeat(64) };
const after = { size: 20, mtimeMs: 2, sha256: 'b'.repeat(64) };
const sent: unknown[] = [];
let answers: ProduceJobStatus[] = [];

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
(globalThis as unknown as { window: object }).window = {
  desk: {
    startProduction: (request: unknown) => (sent.push(request), ok(answers.shift()!)),
    productionStatus: () => ok(answers.shift()!),
  },
};
const { produce } = await import('../../../renderer/production/produce-commands');

const matter = newMatterFile(newMatter());
const choices = { outDir: '/out', zip: false, again: false, loadFiles: false };

beforeEach(() => {
  sent.length = 0;
  rememberDiskVersion('/m/matter.cdesk', before);
  store.set({ path: '/m/matter.cdesk', file: { ...matter, matter: { ...matter.matter, title: 'Edited' } } });
  store.markDirty();
});

describe('produce', () => {
  it('reports progress, then holds the matter as saved with the production recorded', async () => {
    const saved = { ...matter, productions: [], savedAt: '2026-11-27T10:00:00.000Z' };
    answers = [
      { jobId: 'j1', state: 'running', done: 0, total: 2 },
      { jobId: 'j1', state: 'running', done: 1, total: 2 },
      {
        jobId: 'j1',
        state: 'done',
        result: {
          production: {} as never,
          folder: '/out/CITY-AG-VOL001',
          files: [],
          imagePages: [],
          notes: [],
          file: saved,
          path: '/m/matter.cdesk',
          savedAt: saved.savedAt,
          version: after,
        },
      },
    ];
    const progress: string[] = [];
    const outcome = await produce(choices, (done, total) => progress.push(`${done}/${total}`));
    expect('result' in outcome && outcome.jobId).toBe('j1');
    expect(progress).toEqual(['0/2', '1/2']);
    expect(sent).toEqual([
      expect.objectContaining({
        path: '/m/matter.cdesk',
        expected: before,
        outDir: '/out',
        file: expect.objectContaining({ matter: expect.objectContaining({ title: 'Edited' }) }),
      }),
    ]);
    expect(store.get()).toMatchObject({ dirty: false, savedAt: saved.savedAt, file: saved });
    expect(expectedOnDisk('/m/matter.cdesk')).toEqual(after);
  });

  it('leaves the window’s matter and its unsaved changes as they were when the production fails', async () => {
    answers = [
      { jobId: 'j2', state: 'running', done: 0, total: 0 },
      { jobId: 'j2', state: 'failed', error: { code: 'conflict', message: 'changed on disk' } },
    ];
    const outcome = await produce(choices, () => undefined);
    expect(outcome).toEqual({ error: { code: 'conflict', message: 'changed on disk' } });
    expect(store.get()).toMatchObject({ dirty: true, file: { matter: { title: 'Edited' } } });
    expect(expectedOnDisk('/m/matter.cdesk')).toEqual(before);
  });
});
