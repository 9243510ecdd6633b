// The application menu. File commands go to the renderer as menu commands (it owns the matter); editing
// commands use Chromium's built-in roles.
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { MenuCommand, RecentMatter } from '../../core/api/contract';

export interface MenuOptions {
  recent: RecentMatter[];
  dev: boolean;
  isMac: boolean;
  send(command: MenuCommand): void;
  closeWindow(): void;
  showAbout(): void;
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const recent: MenuItemConstructorOptions[] =
    options.recent.length > 0
      ? options.recent.map((matter) => ({
          // The matter's name where it has one, and where its file is.
          label: `${matter.title || path.basename(matter.path)} — ${matter.path}`,
          click: () => options.send({ command: 'open-file', path: matter.path }),
        }))
      : [{ label: 'No Recent Matters', enabled: false }];
  return {
    label: 'File',
    submenu: [
      {
        label: 'New Matter',
        accelerator: 'CmdOrCtrl+N',
        click: () => options.send({ command: 'new-matter' }),
      },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => options.send({ command: 'open' }) },
      { label: 'Open Recent', submenu: recent },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => options.send({ command: 'save' }) },
      {
        label: 'Save As…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => options.send({ command: 'save-as' }),
      },
      { label: 'Review Before Sending', click: () => options.send({ command: 'review' }) },
      {
        label: 'Export DOCX…',
        accelerator: 'CmdOrCtrl+Shift+E', // Ctrl+E centres text, as in Word
        click: () => options.send({ command: 'export-docx' }),
      },
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => options.send({ command: 'print' }) },
      { label: 'Produce…', click: () => options.send({ command: 'produce' }) },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => options.closeWindow() },
      ...(options.isMac ? [] : [{ type: 'separator' as const }, { label: 'Exit', role: 'quit' as const }]),
    ],
  };
}

const editMenu: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [
    { label: 'Undo', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
    { label: 'Redo', role: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' },
    { type: 'separator' },
    { label: 'Cut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
    { label: 'Copy', role: 'copy', accelerator: 'CmdOrCtrl+C' },
    { label: 'Paste', role: 'paste', accelerator: 'CmdOrCtrl+V' },
    // Chromium delivers this as a paste event carrying only text/plain, which the editor inserts as is.
    { label: 'Paste as Plain Text', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
    { label: 'Select All', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
  ],
};

function viewMenu(dev: boolean): MenuItemConstructorOptions {
  return {
    label: 'View',
    submenu: [
      ...(dev
        ? [
            { label: 'Reload', role: 'reload' as const },
            { label: 'Toggle Developer Tools', role: 'toggleDevTools' as const },
            { type: 'separator' as const },
          ]
        : []),
      { label: 'Actual Size', role: 'resetZoom' },
      { label: 'Zoom In', role: 'zoomIn' },
      { label: 'Zoom Out', role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Toggle Full Screen', role: 'togglefullscreen' },
    ],
  };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  return [
    ...(options.isMac ? [{ label: 'Counsel Desk', role: 'appMenu' as const }] : []),
    fileMenu(options),
    editMenu,
    viewMenu(options.dev),
    {
      label: 'Help',
      role: 'help',
      submenu: [{ label: 'About Counsel Desk', click: () => options.showAbout() }],
    },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
