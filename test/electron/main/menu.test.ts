import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../core/api/contract';
import { buildMenuTemplate } from '../../../electron/main/menu';

vi.mock('electron', () => import('../../support/fake-electron'));

function menuWith(options: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    recent: [],
    dev: false,
    isMac: false,
    send: (command) => sent.push(command),
    closeWindow: vi.fn(),
    showAbout: vi.fn(),
    ...options,
  });
  return { template, sent };
}

const items = (template: MenuItemConstructorOptions[], label: string) =>
  (template.find((m) => m.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];

const summary = (list: MenuItemConstructorOptions[]) =>
  list.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator ?? null]);

describe('application menu', () => {
  it('has File, Edit, View and Help in that order', () => {
    expect(menuWith().template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('has the File commands with their usual shortcuts', () => {
    expect(summary(items(menuWith().template, 'File'))).toEqual([
      ['New Matter', 'CmdOrCtrl+N'],
      ['Open…', 'CmdOrCtrl+O'],
      ['Open Recent', null],
      ['Save', 'CmdOrCtrl+S'],
      ['Save As…', 'CmdOrCtrl+Shift+S'],
      ['Review Before Sending', null],
      ['Export DOCX…', 'CmdOrCtrl+Shift+E'],
      ['Print…', 'CmdOrCtrl+P'],
      ['Produce…', null],
      ['Close', 'CmdOrCtrl+W'],
      ['Exit', null],
    ]);
  });

  it('has the Edit commands, including Paste as Plain Text on Ctrl+Shift+V', () => {
    const edit = items(menuWith().template, 'Edit');
    expect(summary(edit)).toEqual([
      ['Undo', 'CmdOrCtrl+Z'],
      ['Redo', 'CmdOrCtrl+Shift+Z'],
      ['Cut', 'CmdOrCtrl+X'],
      ['Copy', 'CmdOrCtrl+C'],
      ['Paste', 'CmdOrCtrl+V'],
      ['Paste as Plain Text', 'CmdOrCtrl+Shift+V'],
      ['Select All', 'CmdOrCtrl+A'],
    ]);
    expect(edit.find((i) => i.label === 'Paste as Plain Text')?.role).toBe('pasteAndMatchStyle');
  });

  it('offers Reload only in development, and zoom and full screen always', () => {
    const labels = (dev: boolean) => items(menuWith({ dev }).template, 'View').map((i) => i.label);
    expect(labels(false)).not.toContain('Reload');
    expect(labels(true)).toContain('Reload');
    expect(labels(false)).toEqual(
      expect.arrayContaining(['Zoom In', 'Zoom Out', 'Actual Size', 'Toggle Full Screen']),
    );
  });

  it('sends File commands to the page and lists recent matters', () => {
    const { template, sent } = menuWith({ recent: [{ path: '/m/dallas.cdesk', title: 'Dallas inquiry' }] });
    const file = items(template, 'File');
    const click = (label: string) => (file.find((i) => i.label === label)?.click as () => void)();
    click('Save');
    click('Review Before Sending');
    click('Export DOCX…');
    click('Print…');
    click('Produce…');
    const recent = (file.find((i) => i.label === 'Open Recent')?.submenu ??
      []) as MenuItemConstructorOptions[];
    expect(recent[0]?.label).toBe('Dallas inquiry — /m/dallas.cdesk');
    (recent[0]?.click as () => void)();
    expect(sent).toEqual([
      { command: 'save' },
      { command: 'review' },
      { command: 'export-docx' },
      { command: 'print' },
      { command: 'produce' },
      { command: 'open-file', path: '/m/dallas.cdesk' },
    ]);
  });

  it('has About in Help', () => {
    expect(items(menuWith().template, 'Help').map((i) => i.label)).toEqual(['About Counsel Desk']);
  });
});
