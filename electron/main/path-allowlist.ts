// The desktop app's rule for file paths: main opens, saves, exports or imports only a path that came from
// its own Open/Save dialogs, the recent list, the command line or the system's open-file event, or that
// main itself handed to the page (where a matter was saved, where recovered work belongs). A compromised
// renderer cannot name any other file.
import path from 'node:path';
import type { Channel } from '../../core/api/contract';
import { pathsAnsweredBy, pathsNamedBy } from '../ipc/path-policy';
import type { NamedPath, PathPolicy } from '../ipc/path-policy';

// Windows and macOS file systems ignore case by default; one file must not need two entries.
const key = (p: string): string => {
  const full = path.resolve(p);
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full;
};

export class PathAllowlist {
  private readonly allowed = new Set<string>();
  private readonly sources: (() => Iterable<string>)[] = [];

  allow(filePath: string): void {
    if (path.isAbsolute(filePath)) this.allowed.add(key(filePath));
  }

  /** Paths allowed for as long as `source` lists them (the recent list). */
  allowListed(source: () => Iterable<string>): void {
    this.sources.push(source);
  }

  allows(filePath: string): boolean {
    if (!path.isAbsolute(filePath)) return false;
    const wanted = key(filePath);
    if (this.allowed.has(wanted)) return true;
    return this.sources.some((source) => [...source()].some((p) => key(p) === wanted));
  }
}

const HOW: Record<NamedPath['use'], string> = {
  open: 'Open it with File → Open…, from Open Recent, or by opening the file with Counsel Desk.',
  save: 'Choose where with File → Save As….',
  export: 'Choose where in the Export DOCX dialog.',
  import: 'Choose the files with Import files….',
  recovery: 'Save the matter with File → Save As….',
};

export function desktopPathPolicy(allowlist: PathAllowlist): PathPolicy {
  return {
    refuse(channel: Channel, request: unknown) {
      const named = pathsNamedBy(channel, request).find((p) => !allowlist.allows(p.path));
      if (!named) return null;
      return `${channel} was refused: ${named.field} names ${named.path}, a file this window did not choose in Counsel Desk's own dialogs, the recent list or the files the app was asked to open. ${HOW[named.use]}`;
    },
    learn(channel: Channel, value: unknown) {
      for (const answered of pathsAnsweredBy(channel, value)) allowlist.allow(answered);
    },
  };
}
