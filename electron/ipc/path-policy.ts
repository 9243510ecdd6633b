// Which file paths a request names, and the rule each transport applies to them before any handler runs:
// the desktop app's allowlist (electron/main/path-allowlist.ts) or browser mode's rules
// (electron/web-host/browser-path-rules.ts). Only these channels take paths from the page.
import type { Channel } from '../../core/api/contract';

/** What the handler will do with the path. */
export type PathUse = 'open' | 'save' | 'export' | 'import' | 'recovery';

export interface NamedPath {
  /** Where in the request, for the message: `path`, `paths[2]`. */
  field: string;
  path: string;
  use: PathUse;
}

export interface PathPolicy {
  /** Why the request may not name one of its paths, or null when every path is allowed. */
  refuse(channel: Channel, request: unknown): string | null;
  /** Hears every successful answer (paths it hands to the page may be named again). */
  learn?(channel: Channel, value: unknown): void;
}

const field = (request: unknown, name: string): unknown =>
  typeof request === 'object' && request !== null ? (request as Record<string, unknown>)[name] : undefined;

const text = (value: unknown): string[] => (typeof value === 'string' && value !== '' ? [value] : []);

const one = (value: unknown, name: string, use: PathUse): NamedPath[] =>
  text(value).map((p) => ({ field: name, path: p, use }));

/** The paths a parsed request names. */
export function pathsNamedBy(channel: Channel, request: unknown): NamedPath[] {
  switch (channel) {
    case 'matter:open':
      return one(field(request, 'path'), 'path', 'open');
    case 'matter:save':
      return one(field(request, 'path'), 'path', 'save');
    case 'draft:export-docx':
    case 'draft:export-pdf':
      return one(field(request, 'path'), 'path', 'export');
    // A file exported from the history's side: read back for its SHA-256, or a redline written there; an
    // exported file shown in the file manager.
    case 'history:file-digest':
    case 'versions:export-redline':
    case 'folder:show-item':
      return one(field(request, 'path'), 'path', 'export');
    // A production saves the matter with it recorded, and writes its volume into a folder.
    case 'production:start':
      return [
        ...one(field(request, 'path'), 'path', 'save'),
        ...one(field(request, 'outDir'), 'outDir', 'export'),
      ];
    case 'recovery:write':
      return one(field(request, 'originalPath'), 'originalPath', 'recovery');
    case 'library:import':
    case 'library:import-start': {
      const paths = field(request, 'paths');
      return Array.isArray(paths) ? paths.flatMap((p, i) => one(p, `paths[${i}]`, 'import')) : [];
    }
    default:
      return [];
  }
}

/** The paths an answer hands to the page: where a matter was opened, saved or exported, and where
 *  recovered work belongs. */
export function pathsAnsweredBy(channel: Channel, value: unknown): string[] {
  switch (channel) {
    case 'matter:open':
    case 'matter:save':
    case 'draft:export-docx':
    case 'draft:export-pdf':
      return text(field(value, 'path'));
    case 'recovery:check':
      return text(field(value, 'originalPath'));
    default:
      return [];
  }
}
