// The production channels over real services: a PDF record redacted through production:redact and produced
// through production:start into a folder, the matter saved with the production recorded (as the CLI saves
// it); a matter changed on disk meanwhile leaves no volume behind and the file as it was; browser mode has no
// folder dialog.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatterFile } from '../../../core/api/contract';
import type { ProduceJobStatus } from '../../../core/api/production-requests';
import { wholeSourceExcerpt } from '../../../core/excerpts/make-excerpt';
import { recordSchema } from '../../../core/records/record';
import type { Handlers } from '../../../electron/handlers';
import { desktopContext, servicesForTest, webContext } from '../../support/desk-services-fixture';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/production/training-bulletin-chromium.pdf');

let handlers: Handlers;
let services: Awaited<ReturnType<typeof servicesForTest>>['services'];
let matter: MatterFile;
/** The options as the channel's schema fills them in: no zip, not again. */
const once = { zip: false, again: false, loadFiles: false };

async function finished(status: ProduceJobStatus): Promise<ProduceJobStatus> {
  let now = status;
  while (now.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    now = await handlers['production:status']({ jobId: status.jobId }, webContext);
  }
  return now;
}

beforeAll(async () => {
  ({ handlers, services } = await servicesForTest());
  const [outcome] = await services.library.importPaths([fixture]);
  if (outcome?.status !== 'imported') throw new Error('the fixture did not import');
  const source = services.library.db.get(outcome.source.id)!;
  const excerpt = wholeSourceExcerpt(source, 'excerpt-1');
  const fresh = (await handlers['matter:new']({}, webContext)).file;
  matter = {
    ...fresh,
    excerpts: [excerpt],
    records: [
      recordSchema.parse({
        id: 'record-1',
        description: 'Training Bulletin 2024-05',
        excerptId: excerpt.id,
        requestNumbers: ['1'],
      }),
    ],
  };
});

describe('production:redact', () => {
  it('redacts a passage of the record with a reason from the list, and says when it is not there', async () => {
    const redacted = await handlers['production:redact'](
      { parts: matter, phrase: 'Maria Delgado', reason: '552.101 (informer', recordId: 'record-1' },
      webContext,
    );
    expect(redacted.reason).toBe("Tex. Gov't Code § 552.101 (informer identity)");
    expect(redacted.hits).toEqual([{ recordId: 'record-1', count: 1 }]);
    expect(redacted.records[0]!.status).toBe('partly-withheld');
    expect(redacted.records[0]!.redactions).toMatchObject([{ kind: 'phrase', phrase: 'Maria Delgado' }]);
    await expect(
      handlers['production:redact'](
        { parts: matter, phrase: 'Juan Nobody', reason: 'TRE 503', recordId: 'record-1' },
        webContext,
      ),
    ).rejects.toThrow(
      /"Juan Nobody" is not in the text of record 1; nothing was changed\. Check the spelling\.$/,
    );
    const removed = await handlers['production:remove-redaction'](
      {
        parts: { ...matter, records: redacted.records },
        redactionId: redacted.records[0]!.redactions[0]!.id,
      },
      webContext,
    );
    expect(removed.records[0]!.redactions).toEqual([]);
  });
});

describe('production:redact across the production', () => {
  it('redacts every occurrence in every record produced, kept once for the production', async () => {
    const redacted = await handlers['production:redact'](
      { parts: matter, phrase: 'maria  delgado', reason: 'Attorney work product' },
      webContext,
    );
    expect(redacted.productionRedactions).toMatchObject([
      { kind: 'phrase', phrase: 'maria delgado', reason: 'Attorney work product' },
    ]);
    expect(redacted.records[0]!.redactions).toEqual([]);
    expect(redacted.records[0]!.status).toBe('partly-withheld');
    expect(redacted.hits).toEqual([{ recordId: 'record-1', count: 1 }]);
    const again = await handlers['production:redact'](
      { parts: { ...matter, ...redacted }, phrase: 'Maria Delgado', reason: 'Attorney work product' },
      webContext,
    );
    expect(again.already).toBe(true);
  });

  it('searches the library’s text of a record whose excerpt keeps none (a file from an older version)', async () => {
    const older = { ...matter, excerpts: matter.excerpts.map((e) => ({ ...e, text: '' })) };
    const redacted = await handlers['production:redact'](
      { parts: older, phrase: 'Maria Delgado', reason: 'TRE 503', recordId: 'record-1' },
      webContext,
    );
    expect(redacted.hits).toEqual([{ recordId: 'record-1', count: 1 }]);
  });
});

describe('production:start', () => {
  it('writes the volume and saves the matter with the production recorded', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'produce-app-'));
    const redacted = await handlers['production:redact'](
      { parts: matter, phrase: 'Maria Delgado', reason: 'TRE 503', recordId: 'record-1' },
      webContext,
    );
    const file = { ...matter, records: redacted.records, redactionReasons: redacted.redactionReasons };
    const saved = await handlers['matter:save']({ path: path.join(dir, 'm.cdesk'), file }, webContext);
    const preview = await handlers['production:preview']({ parts: file, again: false }, webContext);
    expect(preview).toMatchObject({ volume: 'CITY-AG-VOL001', batesFirst: 'CITY-AG-000001' });
    const done = await finished(
      await handlers['production:start'](
        { file, path: saved.path, expected: saved.version, outDir: path.join(dir, 'out'), ...once },
        webContext,
      ),
    );
    if (done.state !== 'done') throw new Error(JSON.stringify(done));
    const { result } = done;
    expect(result.folder).toBe(path.join(dir, 'out', 'CITY-AG-VOL001'));
    expect(result.files).toContain('MANIFEST.sha256');
    expect(result.files.some((f) => f.endsWith('.pdf'))).toBe(true);
    const onDisk = await services.matterFiles.open(saved.path);
    expect(onDisk.productions).toMatchObject([{ volume: 'CITY-AG-VOL001', batesFirst: 'CITY-AG-000001' }]);
    expect(onDisk.records[0]!.produced).toMatchObject({ volume: 'CITY-AG-VOL001', first: 1 });
    expect(result.file.productions).toEqual(onDisk.productions);
  });

  it('leaves no volume and the matter as it was when the file changed on disk meanwhile', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'produce-app-'));
    const saved = await handlers['matter:save'](
      { path: path.join(dir, 'm.cdesk'), file: matter },
      webContext,
    );
    const changed = { ...matter, matter: { ...matter.matter, title: 'Changed elsewhere' } };
    await services.matterFiles.save(saved.path, changed);
    const done = await finished(
      await handlers['production:start'](
        { file: matter, path: saved.path, expected: saved.version, outDir: path.join(dir, 'out'), ...once },
        webContext,
      ),
    );
    expect(done).toMatchObject({ state: 'failed', error: { code: 'conflict' } });
    if (done.state === 'failed') expect(done.error.message).toMatch(/volume was removed again/);
    expect(readdirSync(path.join(dir, 'out'))).toEqual([]);
    expect((await services.matterFiles.open(saved.path)).productions).toEqual([]);
  });

  it('refuses a folder where the volume exists already, writing nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'produce-app-'));
    const saved = await handlers['matter:save'](
      { path: path.join(dir, 'm.cdesk'), file: matter },
      webContext,
    );
    writeFileSync(path.join(dir, 'CITY-AG-VOL001'), 'in the way');
    const done = await finished(
      await handlers['production:start'](
        { file: matter, path: saved.path, expected: saved.version, outDir: dir, ...once },
        webContext,
      ),
    );
    expect(done).toMatchObject({ state: 'failed', error: { code: 'conflict' } });
    if (done.state === 'failed')
      expect(done.error.message).toMatch(/already exists.*choose another folder\. Nothing was written/);
    expect(existsSync(path.join(dir, 'CITY-AG-VOL001.zip'))).toBe(false);
  });
});

describe('folders', () => {
  it('asks the desktop for a folder; browser mode has none to show', async () => {
    const { ctx, calls } = desktopContext({ folder: '/home/me/Productions' });
    expect(await handlers['production:choose-folder']({}, ctx)).toEqual({ path: '/home/me/Productions' });
    expect(calls).toEqual(['folder']);
    await expect(handlers['production:choose-folder']({}, webContext)).rejects.toThrow(/type its full path/);
  });
});
