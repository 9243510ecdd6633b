// The "Open Recent" list, newest first, kept in the data folder with the name each matter was last saved or
// opened with; and where the user was last (matter, draft, view, scroll), so a restart or a reload brings
// it back. Listeners (the native menu) hear changes.
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import type { LastSession, RecentMatter } from '../../core/api/matter-requests';
import { writeFileAtomic } from './atomic-write';
import { removeLeftoverTempsOf } from './temp-files';

export const MAX_RECENT_FILES = 10;

/** An entry as stored: older versions kept bare paths, which read as matters without a name. */
function readEntry(value: unknown): RecentMatter | null {
  if (typeof value === 'string') return { path: value, title: '' };
  if (typeof value !== 'object' || value === null) return null;
  const { path: p, title } = value as Record<string, unknown>;
  return typeof p === 'string' ? { path: p, title: typeof title === 'string' ? title : '' } : null;
}

function readSession(value: unknown): LastSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.path !== 'string' || v.path === '') return null;
  const view = v.view === 'matter' || v.view === 'library' ? v.view : 'draft';
  const scrollTop = typeof v.scrollTop === 'number' && v.scrollTop >= 0 ? v.scrollTop : 0;
  return { path: v.path, draftId: typeof v.draftId === 'string' ? v.draftId : '', view, scrollTop };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    // A missing or damaged file just starts empty; it is only a convenience.
    return null;
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(value, null, 2));
  } catch {
    // Not worth failing an open or a save over; what is in memory stays correct.
  }
}

export class RecentFiles {
  private readonly file: string;
  private readonly sessionFile: string;
  private entries: RecentMatter[] = [];
  private session: LastSession | null = null;
  private readonly listeners = new Set<(paths: string[]) => void>();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent-files.json');
    this.sessionFile = path.join(dataDir, 'last-session.json');
  }

  async boot(): Promise<void> {
    await removeLeftoverTempsOf([this.file, this.sessionFile]);
    const json = await readJson(this.file);
    this.entries = Array.isArray(json)
      ? json.map(readEntry).filter((e): e is RecentMatter => e !== null)
      : [];
    this.session = readSession(await readJson(this.sessionFile));
  }

  shutdown(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }

  /** Recent matter files that still exist. */
  list(): string[] {
    return this.matters().map((m) => m.path);
  }

  /** Recent matters that still exist, with their names. */
  matters(): RecentMatter[] {
    return this.entries.filter((e) => existsSync(e.path)).map((e) => ({ ...e }));
  }

  /** Puts a matter first; without a title it keeps the one it was listed with. */
  async add(filePath: string, title = ''): Promise<void> {
    const full = path.resolve(filePath);
    const known = this.entries.find((e) => e.path === full);
    const entry = { path: full, title: title.trim() || known?.title || '' };
    this.entries = [entry, ...this.entries.filter((e) => e.path !== full)].slice(0, MAX_RECENT_FILES);
    await writeJson(this.file, this.entries);
    for (const listener of this.listeners) listener(this.list());
  }

  onChange(listener: (paths: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Where the user was last, while that matter is still in the list and on disk. */
  lastSession(): LastSession | null {
    const last = this.session;
    return last && this.list().includes(last.path) ? { ...last } : null;
  }

  /** Remembers where the user is. Only a matter of the list is kept (this names no new file); an empty
   *  path forgets, as closing the matter does. */
  async remember(session: LastSession): Promise<boolean> {
    const full = session.path ? path.resolve(session.path) : '';
    if (full && !this.list().includes(full)) return false;
    this.session = full ? { ...session, path: full } : null;
    await writeJson(this.sessionFile, this.session ?? {});
    return true;
  }
}
