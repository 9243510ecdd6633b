import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../core/api/contract';
import { desktopContext, servicesForTest, webContext } from '../../support/desk-services-fixture';
import { matterFileTitled } from '../../support/matter-file-fixture';
import { refusal } from '../../support/refusal';

const folder = () => mkdtempSync(path.join(tmpdir(), 'desk-matters-'));

describe('handlers', () => {
  it('has a handler for every channel of the contract', async () => {
    const { handlers } = await servicesForTest();
    for (const channel of channels) expect(typeof handlers[channel], channel).toBe('function');
  });

  it('answers app:info with the version and the transport', async () => {
    const { handlers } = await servicesForTest();
    expect(await handlers['app:info']({}, webContext)).toMatchObject({ version: '1.2.3', mode: 'web' });
  });
});

describe('matter handlers', () => {
  it('creates a new, never-saved matter', async () => {
    const { handlers } = await servicesForTest();
    const created = await handlers['matter:new']({}, webContext);
    expect(created.path).toBe('');
    expect(created.file.format).toBe('counsel-desk-matter');
    expect(created.file.drafts).toEqual([]);
  });

  it('saves, clears its own window’s recovery copy only, remembers the file, and opens it again', async () => {
    const { handlers } = await servicesForTest();
    const target = path.join(folder(), 'dallas.cdesk');
    const unsaved = (windowId: string) => ({ windowId, originalPath: '', file: matterFileTitled(windowId) });
    await handlers['recovery:write'](unsaved('saver'), webContext);
    await handlers['recovery:write'](unsaved('other'), webContext);
    const saved = await handlers['matter:save'](
      { path: target, file: matterFileTitled('Dallas'), windowId: 'saver', expected: null },
      webContext,
    );
    expect(saved.path).toBe(target);
    expect(await handlers['recovery:check']({ windowId: 'saver' }, webContext)).toBeNull();
    expect(await handlers['recovery:check']({ windowId: 'other' }, webContext)).toMatchObject({
      file: { matter: { title: 'other' } },
    });
    expect(await handlers['matter:recent']({}, webContext)).toEqual([{ path: target, title: 'Dallas' }]);
    const opened = await handlers['matter:open']({ path: target }, webContext);
    expect(opened.file.matter.title).toBe('Dallas');
    expect(opened.version).toEqual(saved.version);
  });

  it('refuses a save over a file changed since it was opened, until the user chooses Overwrite', async () => {
    const { handlers } = await servicesForTest();
    const target = path.join(folder(), 'dallas.cdesk');
    await handlers['matter:save']({ path: target, file: matterFileTitled('first') }, webContext);
    const windowA = await handlers['matter:open']({ path: target }, webContext);
    const windowB = await handlers['matter:open']({ path: target }, webContext);
    const save = (title: string, expected: typeof windowA.version, overwrite?: boolean) =>
      handlers['matter:save'](
        { path: target, file: matterFileTitled(title), expected, ...(overwrite ? { overwrite } : {}) },
        webContext,
      );
    await save('A', windowA.version);
    const conflict = await refusal(save('B', windowB.version));
    expect(conflict.code).toBe('conflict');
    expect((await handlers['matter:open']({ path: target }, webContext)).file.matter.title).toBe('A');
    await save('B', windowB.version, true);
    expect((await handlers['matter:open']({ path: target }, webContext)).file.matter.title).toBe('B');
  });

  it('refuses a browser-mode Save As onto an existing file, but not a path the system dialog confirmed', async () => {
    const { handlers } = await servicesForTest();
    const target = path.join(folder(), 'taken.cdesk');
    writeFileSync(target, 'someone else’s file');
    const typed = await refusal(
      handlers['matter:save']({ path: target, file: matterFileTitled('x'), expected: null }, webContext),
    );
    expect(typed.code).toBe('conflict');
    expect(typed.message).toContain(`${target} already exists`);
    const desktop = desktopContext({ save: target });
    await handlers['matter:save']({ file: matterFileTitled('confirmed'), saveAs: true }, desktop.ctx);
    expect((await handlers['matter:open']({ path: target }, webContext)).file.matter.title).toBe('confirmed');
  });

  it('in browser mode asks for a path instead of showing a dialog', async () => {
    const { handlers } = await servicesForTest();
    const open = await refusal(handlers['matter:open']({}, webContext));
    expect(open.code).toBe('bad-request');
    expect(open.message).toContain('needs a path');
    const save = await refusal(handlers['matter:save']({ file: matterFileTitled('x') }, webContext));
    expect(save.code).toBe('bad-request');
    expect(save.message).toContain('needs a path');
  });

  it('in the desktop app uses the native dialogs, suggesting the matter title, and reports a cancel', async () => {
    const { handlers } = await servicesForTest();
    const target = path.join(folder(), 'chosen.cdesk');
    const desktop = desktopContext({ save: target });
    const saved = await handlers['matter:save'](
      { file: matterFileTitled('Dallas: AG inquiry'), saveAs: true },
      desktop.ctx,
    );
    expect(saved.path).toBe(target);
    expect(desktop.calls).toEqual(['save matter Dallas AG inquiry.cdesk']);
    const cancelled = await refusal(handlers['matter:open']({}, desktopContext({ open: null }).ctx));
    expect(cancelled.code).toBe('cancelled');
  });

  it('refuses a damaged file without touching it', async () => {
    const { handlers } = await servicesForTest();
    const target = path.join(folder(), 'broken.cdesk');
    writeFileSync(target, '{"format": "counsel-desk-matter",');
    expect((await refusal(handlers['matter:open']({ path: target }, webContext))).code).toBe('invalid-file');
    expect(existsSync(`${target}.bak`)).toBe(false);
    expect(await handlers['matter:recent']({}, webContext)).toEqual([]);
  });
});

describe('recovery handlers', () => {
  it('round-trips unsaved work: write, check after restart, discard', async () => {
    const { handlers, dataDir } = await servicesForTest();
    await handlers['recovery:write'](
      { windowId: 'before', originalPath: '/m/dallas.cdesk', file: matterFileTitled('half typed') },
      webContext,
    );
    const { createServices, bootServices } = await import('../../../electron/services/desk-services');
    const { resolveAppPaths } = await import('../../../electron/services/app-paths');
    const { createHandlers } = await import('../../../electron/handlers');
    const restarted = createServices(
      resolveAppPaths({ buildDir: '/x/build', packaged: false, dataDir }),
      '1.2.3',
    );
    await bootServices(restarted);
    const again = createHandlers(restarted);
    const offered = await again['recovery:check']({ windowId: 'after' }, webContext);
    expect(offered).toMatchObject({
      slot: 'window-before',
      originalPath: '/m/dallas.cdesk',
      file: { matter: { title: 'half typed' } },
    });
    expect(await again['recovery:discard']({ slot: offered!.slot }, webContext)).toEqual({ discarded: true });
    expect(await again['recovery:check']({ windowId: 'after' }, webContext)).toBeNull();
  });
});
