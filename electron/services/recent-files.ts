// The "Open Recent" list, newest first, kept in the data folder. Listeners (the native menu) hear changes.
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { removeLeftoverTempsOf } from './temp-files';

export const MAX_RECENT_FILES = 10;

export class RecentFiles {
  private readonly file: string;
  private paths: string[] = [];
  private readonly listeners = new Set<(paths: string[]) => void>();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent-files.json');
  }

  async boot(): Promise<void> {
    await removeLeftoverTempsOf([this.file]);
    try {
      const json: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      this.paths = Array.isArray(json) ? json.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      // A missing or damaged list just starts empty; it is only a convenience.
      this.paths = [];
    }
  }

  shutdown(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }

  /** Recent matter files that still exist. */
  list(): string[] {
    return this.paths.filter((p) => existsSync(p));
  }

  async add(filePath: string): Promise<void> {
    const full = path.resolve(filePath);
    this.paths = [full, ...this.paths.filter((p) => p !== full)].slice(0, MAX_RECENT_FILES);
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(this.paths, null, 2));
    } catch {
      // Not worth failing an open or a save over; the list stays correct in memory.
    }
    for (const listener of this.listeners) listener(this.list());
  }

  onChange(listener: (paths: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
