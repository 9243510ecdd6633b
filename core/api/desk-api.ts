// `window.desk`: the one object of named methods the renderer uses to reach the app. The preload (Electron)
// and the HTTP client (browser mode) both build it from this method-name map, so the two cannot drift.
import type { Channel, MenuCommand, RequestOf, ResponseOf } from './contract';
import { productionMethods } from './production-methods';
import { folderMethods } from './folder-methods';
import { letterPdfMethods } from './letter-pdf-methods';
import { pagesMethods } from './pages-methods';
import type { ApiResult } from './result';

/** Method name -> channel. Every channel has exactly one method (checked below at compile time). */
export const deskMethods = {
  appInfo: 'app:info',
  setDirty: 'app:set-dirty',
  closeWindow: 'app:close-window',
  listTemplates: 'templates:list',
  newMatter: 'matter:new',
  openMatter: 'matter:open',
  saveMatter: 'matter:save',
  recentMatters: 'matter:recent',
  lastSession: 'session:last',
  rememberSession: 'session:remember',
  openExampleMatter: 'matter:open-example',
  writeRecovery: 'recovery:write',
  checkRecovery: 'recovery:check',
  discardRecovery: 'recovery:discard',
  generateDraft: 'draft:generate',
  renderDraft: 'draft:render',
  reviewDraft: 'draft:review',
  exportDocx: 'draft:export-docx',
  importToLibrary: 'library:import',
  searchLibrary: 'library:search',
  getLibrarySource: 'library:source',
  listLibrary: 'library:list',
  filterLibrary: 'library:filter',
  getThread: 'library:thread',
  getFamily: 'library:family',
  listCustodians: 'library:custodians',
  chooseImport: 'library:choose-import',
  startImport: 'library:import-start',
  importStatus: 'library:import-status',
  cancelImport: 'library:import-cancel',
  updateLibrarySource: 'library:update',
  removeLibrarySource: 'library:remove',
  libraryUsage: 'library:usage',
  checkExcerpts: 'excerpt:check',
  verifyHistory: 'history:verify',
  fileDigest: 'history:file-digest',
  authorName: 'preferences:author',
  setAuthorName: 'preferences:set-author',
  exportRedline: 'versions:export-redline',
  ...productionMethods,
  ...pagesMethods,
  ...folderMethods,
  ...letterPdfMethods,
} as const satisfies Record<string, Channel>;

export type DeskMethod = keyof typeof deskMethods;
type MethodChannel<M extends DeskMethod> = (typeof deskMethods)[M];

// Fails to compile if a channel is added to the contract without a method name here.
type MissingChannel = Exclude<Channel, MethodChannel<DeskMethod>>;
const everyChannelHasAMethod: [MissingChannel] extends [never] ? true : MissingChannel = true;
void everyChannelHasAMethod;

/** Requests with no required fields (e.g. `{}`) may be omitted: `desk.appInfo()`. */
type Args<C extends Channel> =
  Record<string, never> extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>];

export type DeskCall<C extends Channel> = (...args: Args<C>) => Promise<ApiResult<ResponseOf<C>>>;

export type DeskApi = { [M in DeskMethod]: DeskCall<MethodChannel<M>> } & {
  /** Application menu commands (Electron only; in browser mode the callback is never called). Returns unsubscribe. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
};

export const deskMethodNames = Object.keys(deskMethods) as DeskMethod[];

/** Builds a DeskApi from one transport function; used by the preload and the browser-mode HTTP client. */
export function buildDeskApi(
  call: (channel: Channel, request: unknown) => Promise<ApiResult<unknown>>,
  onMenuCommand: DeskApi['onMenuCommand'],
): DeskApi {
  const api: Record<string, unknown> = { onMenuCommand };
  for (const name of deskMethodNames) {
    const channel = deskMethods[name];
    api[name] = (request?: unknown) => call(channel, request ?? {});
  }
  return api as DeskApi;
}
