// The desktop app's path allowlist, end to end through the real main.ts on the recording stand-in for
// Electron: a page (compromised or not) calls the IPC channels, and main opens, saves, exports or imports
// only files that came from its own dialogs, the recent list, the command line or the system.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MatterFiles } from '../../../electron/services/matter-files';
import { dialog, fakePaths, recorded } from '../../support/fake-electron';
import { matterFileTitled } from '../../support/matter-file-fixture';

vi.mock('electron', () => import('../../support/fake-electron'));

const folder = mkdtempSync(path.join(tmpdir(), 'desk-allowlist-'));
const inFolder = (name: string) => path.join(folder, name);
const matter = matterFileTitled('Dallas AG inquiry');

type Reply = { ok: boolean; value?: { path?: string }; error?: { code: string; message: string } };

async function call(channel: string, request: unknown): Promise<Reply> {
  const win = recorded.windows[0]!;
  const frame = win.webContents.mainFrame;
  const event = { sender: { id: win.webContents.id, mainFrame: frame }, senderFrame: frame };
  return (await recorded.handlers.get(channel)!(event, request)) as Reply;
}

const emitApp = (event: string, ...args: unknown[]) => {
  for (const listener of recorded.appEvents.get(event) ?? []) listener(...args);
};

beforeAll(async () => {
  fakePaths.userData = mkdtempSync(path.join(tmpdir(), 'desk-userdata-'));
  const files = new MatterFiles();
  for (const name of ['recent.cdesk', 'argv.cdesk', 'mac-open.cdesk', 'elsewhere.cdesk'])
    await files.save(inFolder(name), matter);
  writeFileSync(
    path.join(fakePaths.userData, 'recent-files.json'),
    JSON.stringify([inFolder('recent.cdesk')]),
  );
  await import('../../../electron/main/main');
  await vi.waitFor(() => expect(recorded.menuTemplate).not.toBeNull());
});

describe('a page naming paths the user never chose', () => {
  it('cannot open /etc/passwd or any other file as a matter', async () => {
    for (const target of ['/etc/passwd', inFolder('elsewhere.cdesk')]) {
      const reply = await call('matter:open', { path: target });
      expect(reply.error?.code, target).toBe('forbidden');
      expect(reply.error?.message).toContain('File → Open…');
      expect(reply.error?.message).not.toMatch(/root:/);
    }
  });

  it('cannot save over a file, export to one, or name one as where recovered work belongs', async () => {
    const bashrc = inFolder('.bashrc');
    expect((await call('matter:save', { path: bashrc, file: matter })).error?.code).toBe('forbidden');
    expect(existsSync(bashrc)).toBe(false);
    const { matter: facts, records, excerpts, exhibitSettings, letterDefaults } = matter;
    const parts = { matter: facts, records, excerpts, exhibitSettings, letterDefaults };
    const draft = await call('draft:generate', { templateId: 'acknowledgment', parts });
    expect(draft.ok).toBe(true);
    const exported = { path: inFolder('x.docx'), draft: draft.value, parts, allowIncomplete: true };
    expect((await call('draft:export-docx', exported)).error?.code).toBe('forbidden');
    expect(existsSync(inFolder('x.docx'))).toBe(false);
    const recovery = { windowId: 'w1', originalPath: inFolder('elsewhere.cdesk'), file: matter };
    expect((await call('recovery:write', recovery)).error?.code).toBe('forbidden');
  });

  it('cannot import files into the library by typing their paths', async () => {
    const reply = await call('library:import', { paths: ['/etc/hostname'] });
    expect(reply.error).toMatchObject({ code: 'forbidden' });
    expect(reply.error?.message).toContain('paths[0]');
    expect(reply.error?.message).toContain('Import files…');
  });

  it('cannot sneak past with a relative path', async () => {
    const relative = path.relative(process.cwd(), inFolder('recent.cdesk'));
    expect((await call('matter:open', { path: relative })).error?.code).toBe('forbidden');
  });
});

describe('paths the user chose', () => {
  it('opens a file from the recent list, also written with .. in it', async () => {
    expect(await call('matter:open', { path: inFolder('recent.cdesk') })).toMatchObject({ ok: true });
    const roundabout = path.join(folder, 'sub', '..', 'recent.cdesk');
    expect(await call('matter:open', { path: roundabout })).toMatchObject({ ok: true });
  });

  it('opens a file given on the command line of a second launch, or by the system (macOS)', async () => {
    emitApp('second-instance', {}, ['counsel-desk', 'argv.cdesk'], folder);
    expect(await call('matter:open', { path: inFolder('argv.cdesk') })).toMatchObject({ ok: true });
    emitApp('open-file', { preventDefault: () => undefined }, inFolder('mac-open.cdesk'));
    expect(await call('matter:open', { path: inFolder('mac-open.cdesk') })).toMatchObject({ ok: true });
  });

  it('saves again, without asking, where the Save dialog put the matter', async () => {
    const chosen = inFolder('chosen.cdesk');
    vi.spyOn(dialog, 'showSaveDialog').mockResolvedValueOnce({ canceled: false, filePath: chosen } as never);
    const first = await call('matter:save', { file: matter });
    expect(first).toMatchObject({ ok: true, value: { path: chosen } });
    // The next Save names the path itself, with the version it saved (so it is no conflict).
    const version = (first.value as { version?: unknown }).version;
    expect(await call('matter:save', { path: chosen, file: matter, expected: version })).toMatchObject({
      ok: true,
    });
    expect(await call('matter:open', { path: chosen })).toMatchObject({ ok: true });
  });

  it('opens what the Open dialog chose, and the page may name it afterwards', async () => {
    const picked = inFolder('elsewhere.cdesk');
    vi.spyOn(dialog, 'showOpenDialog').mockResolvedValueOnce({
      canceled: false,
      filePaths: [picked],
    } as never);
    expect(await call('matter:open', {})).toMatchObject({ ok: true, value: { path: picked } });
    expect(await call('matter:open', { path: picked })).toMatchObject({ ok: true });
  });

  it('imports a folder the import dialog chose, in the background, and refuses one it did not', async () => {
    const mailFolder = mkdtempSync(path.join(tmpdir(), 'desk-import-folder-'));
    writeFileSync(
      path.join(mailFolder, 'note.md'),
      '# Directive 12\n\nDetainer requests go to the supervisor.\n',
    );
    const other = mkdtempSync(path.join(tmpdir(), 'desk-import-other-'));
    expect((await call('library:import-start', { paths: [other] })).error?.code).toBe('forbidden');

    const open = vi.spyOn(dialog, 'showOpenDialog').mockResolvedValueOnce({
      canceled: false,
      filePaths: [mailFolder],
    } as never);
    const chosen = (await call('library:choose-import', { what: 'folder' })) as unknown as {
      ok: boolean;
      value: string[];
    };
    expect(chosen).toEqual({ ok: true, value: [mailFolder] });
    expect((open.mock.calls.at(-1) as unknown[] | undefined)?.[1]).toMatchObject({
      properties: ['openDirectory'],
    });
    const started = (await call('library:import-start', { paths: chosen.value })) as unknown as {
      ok: boolean;
      value: { jobId: string };
    };
    expect(started.ok).toBe(true);
    await vi.waitFor(
      async () => {
        const status = (await call('library:import-status', { jobId: started.value.jobId })) as unknown as {
          value: { summary?: { imported: number } };
        };
        expect(status.value.summary?.imported).toBe(1);
      },
      { timeout: 20_000 },
    );
  });
});
