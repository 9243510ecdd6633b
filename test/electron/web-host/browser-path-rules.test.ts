// Browser mode's own rules for file paths (it has no native dialogs, so paths are typed), over real HTTP:
// full paths only, matters opened from and saved as .cdesk files only. Refused requests never reach the
// handler.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpDesk } from '../../../core/api/http-client';
import type { DeskApi } from '../../../core/api/desk-api';
import type { PartialHandlers } from '../../../electron/handlers/handler-types';
import { startWebHost } from '../../../electron/web-host/server';
import type { WebHost } from '../../../electron/web-host/server';
import { matterFileTitled } from '../../support/matter-file-fixture';

const file = matterFileTitled('Dallas AG inquiry');
const home = path.resolve('/home/me/Matters');
const reached = vi.fn();
const handlers: PartialHandlers = {
  'matter:open': async (request) => (reached('open', request.path), { path: request.path ?? '', file }),
  'matter:save': async (request) => {
    reached('save', request.path);
    return { path: request.path ?? '', savedAt: '2026-01-01T00:00:00Z' } as never;
  },
  'library:import': async (request) => (reached('import', request.paths), []),
};

let host: WebHost;
let desk: DeskApi;

beforeAll(async () => {
  host = await startWebHost({
    handlers,
    rendererDir: mkdtempSync(path.join(tmpdir(), 'desk-renderer-')),
    log: () => undefined,
  });
  const base = `http://127.0.0.1:${host.port}`;
  desk = createHttpDesk({
    token: host.token,
    baseUrl: base,
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: base } }),
  });
});

beforeEach(() => reached.mockClear());
afterAll(() => host.close());

describe('browser mode path rules', () => {
  it('opens and saves .cdesk files named by their full path', async () => {
    const matter = path.join(home, 'dallas.cdesk');
    expect(await desk.openMatter({ path: matter })).toMatchObject({ ok: true });
    expect(await desk.openMatter({ path: `${matter}.bak` })).toMatchObject({ ok: true });
    expect(await desk.saveMatter({ path: matter, file })).toMatchObject({ ok: true });
    expect(await desk.saveMatter({ path: path.join(home, 'dallas'), file })).toMatchObject({ ok: true });
    expect(reached).toHaveBeenCalledTimes(4);
  });

  it.each([
    ['open', 'relative.cdesk', 'is not a full path'],
    ['open', '/etc/passwd', 'passwd is not a matter file'],
    ['save', path.join(home, 'notes.docx'), 'matters are saved as .cdesk files'],
    ['save', path.join(home, '.bashrc.txt'), 'End the name with .cdesk'],
  ])('refuses to %s %s', async (use, target, reason) => {
    const reply =
      use === 'open'
        ? await desk.openMatter({ path: target })
        : await desk.saveMatter({ path: target, file });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!reply.ok && reply.error.message).toContain(reason);
    expect(reached).not.toHaveBeenCalled();
  });

  it('imports into the library only by full paths', async () => {
    const reply = await desk.importToLibrary({ paths: [path.join(home, 'go-301.pdf'), 'go-302.pdf'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!reply.ok && reply.error.message).toContain('paths[1]: "go-302.pdf" is not a full path');
    expect(reached).not.toHaveBeenCalled();
  });
});
