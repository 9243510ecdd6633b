// What every handler receives: its parsed request and the context of the call (which transport, and the
// desktop shell for native dialogs — null in browser mode, where the page shows its own path dialog).
import type { Channel, ParsedRequestOf, ResponseOf } from '../../core/api/contract';

export interface DesktopShell {
  /** Native Open dialog for a .cdesk file; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>;
  /** Native Save dialog; null when the user cancels. */
  chooseSavePath(kind: 'matter' | 'docx' | 'pdf', suggestedName: string): Promise<string | null>;
  /** Native Open dialog for files to import, or for a folder; [] when the user cancels. */
  chooseImportPaths(what: 'files' | 'folder'): Promise<string[]>;
  /** Native dialog for a folder to write into (a production volume); null when the user cancels. */
  chooseFolder(): Promise<string | null>;
  /** Shows a file in the system's file manager (Explorer, Finder), selected. */
  showInFolder(filePath: string): void;
  setDirty(dirty: boolean, title?: string): void;
  /** Closes the window without asking about unsaved changes again. */
  closeWindow(): boolean;
}

export interface HandlerContext {
  mode: 'electron' | 'web';
  shell: DesktopShell | null;
}

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
  ctx: HandlerContext,
) => Promise<ResponseOf<C>>;

export type HandlersFor<K extends Channel> = { [C in K]: Handler<C> };

export type Handlers = HandlersFor<Channel>;

/** The handler map a transport dispatches into. A channel without a handler (an area still being built)
 *  answers a clear error instead of failing to start the app. */
export type PartialHandlers = { [C in Channel]?: Handler<C> };
