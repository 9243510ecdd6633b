// Browser mode lists folders for its own Open and Save As (the desktop app has the system's dialogs and
// refuses); the desktop app shows an exported file in the system's file manager.
import os from 'node:os';
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import { listFolder } from '../services/folder-list';
import type { HandlersFor } from './handler-types';

/** Where browsing starts and stops: COUNSEL_DESK_BROWSE_ROOT when set to a full path, else the user's home. */
export function browseRoot(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.COUNSEL_DESK_BROWSE_ROOT?.trim();
  return configured && path.isAbsolute(configured) ? path.resolve(configured) : os.homedir();
}

export function createFolderHandlers(
  root: string = browseRoot(),
): HandlersFor<'folder:list' | 'folder:show-item'> {
  const rootName = path.resolve(root) === path.resolve(os.homedir()) ? 'Home' : path.basename(root) || root;
  return {
    'folder:list': async (request, ctx) => {
      if (ctx.mode !== 'web')
        throw new DeskError(
          'forbidden',
          'The desktop app chooses files with the system’s Open and Save dialogs; it does not list folders for the page.',
        );
      return listFolder({
        root,
        rootName,
        ...(request.path ? { folder: request.path } : {}),
        filter: request.filter,
        showHidden: request.showHidden,
      });
    },
    'folder:show-item': async (request, ctx) => {
      if (!ctx.shell)
        throw new DeskError(
          'forbidden',
          'Browser mode cannot open a file manager: find the file in your browser’s downloads or in the folder you typed.',
        );
      ctx.shell.showInFolder(request.path);
      return { shown: true };
    },
  };
}
