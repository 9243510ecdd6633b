// The only way handlers reach Electron IPC: one ipcMain.handle per contract channel, each checking that the
// message comes from our own window's main frame showing our own page before anything is parsed or run.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { channels } from '../../core/api/contract';
import { fail } from '../../core/api/result';
import type { HandlerContext, PartialHandlers } from '../handlers/handler-types';
import { dispatch } from './dispatch';
import type { ErrorLog } from './dispatch';
import type { PathPolicy } from './path-policy';

export interface SenderPolicy {
  /** The webContents ids of windows we created. */
  ownWebContentsIds(): Iterable<number>;
  /** The URL our renderer is loaded from (file:///…/index.html or app://…); query and hash are ignored. */
  rendererUrl: string;
}

const withoutHashOrQuery = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return null;
  }
};

/** True only for the main frame of one of our windows, showing our renderer page. */
export function isTrustedSender(event: IpcMainInvokeEvent, policy: SenderPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame || frame.parent) return false;
  if (![...policy.ownWebContentsIds()].includes(event.sender.id)) return false;
  const actual = withoutHashOrQuery(frame.url);
  return actual !== null && actual === withoutHashOrQuery(policy.rendererUrl);
}

export interface RegisterOptions {
  handlers: PartialHandlers;
  senders: SenderPolicy;
  contextFor(event: IpcMainInvokeEvent): HandlerContext;
  /** Which file paths the page may name (the desktop allowlist). */
  paths?: PathPolicy;
  log?: ErrorLog;
}

/** Registers every channel; returns a function that removes them again (used on shutdown and in tests). */
export function registerHandlers(options: RegisterOptions): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isTrustedSender(event, options.senders)) {
        options.log?.(
          `Counsel Desk: refused ${channel} from an unknown frame`,
          event.senderFrame?.url ?? '(gone)',
        );
        return fail(
          'forbidden',
          `${channel} was refused: the request did not come from the Counsel Desk window.`,
        );
      }
      const ctx = options.contextFor(event);
      return dispatch(options.handlers, channel, request, ctx, options.log, options.paths);
    });
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
