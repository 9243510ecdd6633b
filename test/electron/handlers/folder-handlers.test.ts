// Browser mode's folder list: what the Open and Save As folder browser shows, and what it refuses.
import { mkdirSync, mkdtempSync, promises, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../core/api/contract';
import type { ParsedRequestOf } from '../../../core/api/contract';
import { dispatch } from '../../../electron/ipc/dispatch';
import { browseRoot, createFolderHandlers } from '../../../electron/handlers/folder-handlers';
import { browserPathRules } from '../../../electron/web-host/browser-path-rules';
import { PathAllowlist, desktopPathPolicy } from '../../../electron/main/path-allowlist';
import { desktopContext, webContext } from '../../support/desk-services-fixture';

const temp = (name: string) => realpathSync(mkdtempSync(path.join(os.tmpdir(), `folder-${name}-`)));
const request = (r: unknown) => contract['folder:list'].request.parse(r) as ParsedRequestOf<'folder:list'>;

function tree() {
  const root = temp('root');
  for (const dir of ['Matters', 'matters 10', 'matters 9', 'Archive', '.config'])
    mkdirSync(path.join(root, dir));
  for (const file of [
    'b.cdesk',
    'A.cdesk',
    'letter.docx',
    'notes.txt',
    '.secret.cdesk',
    'file10.cdesk',
    'file2.cdesk',
  ])
    writeFileSync(path.join(root, file), 'x');
  return root;
}

const names = (entries: { name: string }[]) => entries.map((e) => e.name);

afterEach(() => vi.restoreAllMocks());

describe('folder:list', () => {
  it('lists folders first, then the matching files, by name ignoring case, numbers in natural order, hiding dot files', async () => {
    const root = tree();
    const listing = await createFolderHandlers(root)['folder:list'](request({}), webContext);
    expect(names(listing.entries)).toEqual([
      'Archive',
      'Matters',
      'matters 9',
      'matters 10',
      'A.cdesk',
      'b.cdesk',
      'file2.cdesk',
      'file10.cdesk',
    ]);
    expect(listing.entries[0]).toEqual({ name: 'Archive', path: path.join(root, 'Archive'), kind: 'folder' });
    expect(listing).toMatchObject({ folder: root, parent: null, total: 8 });
  });

  it('shows hidden names when asked, Word files for an export and folders alone for a folder chooser', async () => {
    const handlers = createFolderHandlers(tree());
    const hidden = await handlers['folder:list'](request({ showHidden: true }), webContext);
    expect(names(hidden.entries)).toContain('.config');
    expect(names(hidden.entries)).toContain('.secret.cdesk');
    const docx = await handlers['folder:list'](request({ filter: 'docx' }), webContext);
    expect(names(docx.entries).filter((n) => n.includes('.'))).toEqual(['letter.docx']);
    const folders = await handlers['folder:list'](request({ filter: 'folders' }), webContext);
    expect(names(folders.entries)).toEqual(['Archive', 'Matters', 'matters 9', 'matters 10']);
  });

  it('gives a breadcrumb from the root and the folder above', async () => {
    const root = tree();
    mkdirSync(path.join(root, 'Matters', 'Dallas'));
    const folder = path.join(root, 'Matters', 'Dallas');
    const listing = await createFolderHandlers(root)['folder:list'](request({ path: folder }), webContext);
    expect(listing.crumbs).toEqual([
      { name: path.basename(root), path: root },
      { name: 'Matters', path: path.join(root, 'Matters') },
      { name: 'Dallas', path: folder },
    ]);
    expect(listing.parent).toBe(path.join(root, 'Matters'));
  });

  it('refuses a folder above the root, also when written with ..', async () => {
    const root = tree();
    const handlers = createFolderHandlers(path.join(root, 'Matters'));
    for (const asked of [root, path.join(root, 'Matters', '..', 'Archive'), '/'])
      await expect(handlers['folder:list'](request({ path: asked }), webContext)).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringContaining('outside the folders browser mode may show'),
      });
  });

  it('refuses a link that leads out of the root and leaves it out of the list', async () => {
    const root = tree();
    const outside = temp('outside');
    writeFileSync(path.join(outside, 'private.cdesk'), 'x');
    symlinkSync(outside, path.join(root, 'Escape'));
    symlinkSync(path.join(root, 'Matters'), path.join(root, 'Shortcut'));
    const handlers = createFolderHandlers(root);
    const listing = await handlers['folder:list'](request({}), webContext);
    expect(names(listing.entries)).not.toContain('Escape');
    expect(listing.entries).toContainEqual({
      name: 'Shortcut',
      path: path.join(root, 'Shortcut'),
      kind: 'folder',
    });
    await expect(
      handlers['folder:list'](request({ path: path.join(root, 'Escape') }), webContext),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining(`is a link to ${outside}`),
    });
  });

  it('names the folder it may not read', async () => {
    const root = tree();
    const locked = path.join(root, 'Matters');
    // Tests may run as root, where chmod cannot lock a folder: the file system answers EACCES instead.
    vi.spyOn(promises, 'readdir').mockRejectedValueOnce(
      Object.assign(new Error('denied'), { code: 'EACCES' }),
    );
    await expect(
      createFolderHandlers(root)['folder:list'](request({ path: locked }), webContext),
    ).rejects.toMatchObject({
      code: 'io-error',
      message: `Counsel Desk may not read the folder ${locked} (permission denied). Choose another folder, or ask whoever manages this computer for access.`,
    });
  });

  it('says when the folder is missing, a file, or not a full path', async () => {
    const root = tree();
    const handlers = createFolderHandlers(root);
    const list = (p: string) => handlers['folder:list'](request({ path: p }), webContext);
    await expect(list(path.join(root, 'Gone'))).rejects.toThrow(
      `The folder ${path.join(root, 'Gone')} does not exist`,
    );
    await expect(list(path.join(root, 'A.cdesk'))).rejects.toThrow('is a file, not a folder');
    await expect(list('Matters')).rejects.toThrow('"Matters" is not a full path');
  });

  it('lists the first 5,000 entries of a huge folder and says how many there are', async () => {
    const root = temp('huge');
    for (let i = 0; i < 5003; i++) writeFileSync(path.join(root, `m${i}.cdesk`), '');
    const listing = await createFolderHandlers(root)['folder:list'](request({}), webContext);
    expect(listing.entries).toHaveLength(5000);
    expect(listing.total).toBe(5003);
    expect(listing.entries[2]?.name).toBe('m2.cdesk');
  });

  it('is refused in the desktop app, which has the system dialogs', async () => {
    const { ctx } = desktopContext();
    await expect(createFolderHandlers(tree())['folder:list'](request({}), ctx)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('browses the home folder unless COUNSEL_DESK_BROWSE_ROOT names a full path', () => {
    expect(browseRoot({})).toBe(os.homedir());
    expect(browseRoot({ COUNSEL_DESK_BROWSE_ROOT: '/srv/matters' })).toBe(path.resolve('/srv/matters'));
    expect(browseRoot({ COUNSEL_DESK_BROWSE_ROOT: 'relative' })).toBe(os.homedir());
  });
});

describe('folder:show-item', () => {
  it('shows an exported file in the desktop file manager; browser mode refuses', async () => {
    const handlers = createFolderHandlers(tree());
    const { ctx, calls } = desktopContext();
    expect(await handlers['folder:show-item']({ path: '/tmp/letter.docx' }, ctx)).toEqual({ shown: true });
    expect(calls).toEqual(['show /tmp/letter.docx']);
    const web = await dispatch(
      handlers,
      'folder:show-item',
      { path: '/tmp/letter.docx' },
      webContext,
      undefined,
      browserPathRules,
    );
    expect(web).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('folder:show-item in the desktop app', () => {
  it('shows only a file the app wrote or the user chose, not any path a page names', async () => {
    const allowlist = new PathAllowlist();
    const policy = desktopPathPolicy(allowlist);
    const handlers = createFolderHandlers(tree());
    const { ctx, calls } = desktopContext();
    const show = (p: string) => dispatch(handlers, 'folder:show-item', { path: p }, ctx, undefined, policy);
    expect(await show('/home/me/.ssh/id_rsa')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    policy.learn?.('draft:export-docx', { path: '/home/me/Letters/reply.docx' });
    expect(await show('/home/me/Letters/reply.docx')).toEqual({ ok: true, value: { shown: true } });
    expect(calls).toEqual(['show /home/me/Letters/reply.docx']);
  });
});
