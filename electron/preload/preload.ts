// The sandboxed preload: exposes `window.desk`, one object of named methods built from the contract's
// method map. No generic invoke: each method can only reach its own channel. Bundled to a single CommonJS
// file that requires nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { Channel } from '../../core/api/contract';
import { events } from '../../core/api/menu-commands';
import type { MenuCommand } from '../../core/api/menu-commands';
import { buildDeskApi } from '../../core/api/desk-api';
import type { ApiResult } from '../../core/api/result';

const call = (channel: Channel, request: unknown): Promise<ApiResult<unknown>> =>
  ipcRenderer.invoke(channel, request) as Promise<ApiResult<unknown>>;

const onMenuCommand = (callback: (command: MenuCommand) => void): (() => void) => {
  // The page never sees the IPC event object (it would expose `sender`), only the command.
  const listener = (_event: IpcRendererEvent, command: MenuCommand) => callback(command);
  ipcRenderer.on(events.menuCommand, listener);
  return () => {
    ipcRenderer.removeListener(events.menuCommand, listener);
  };
};

contextBridge.exposeInMainWorld('desk', buildDeskApi(call, onMenuCommand));
