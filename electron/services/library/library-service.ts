// The library as a main-process service: opens the database on first use (so an app that never touches the
// library never creates the file) and closes it at shutdown.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Excerpt } from '../../../core/excerpts/excerpt';
import { checkExcerpts, type ExcerptCheck } from '../../../core/excerpts/excerpt-check';
import type { ImportOutcome, ImportProgress } from '../../../core/library/library-types';
import { importFiles } from './import-files';
import { keepImportedOriginals } from './keep-imported-originals';
import { LibraryDatabase } from './library-database';

export class LibraryService {
  private database: LibraryDatabase | undefined;

  constructor(readonly dir: string) {}

  boot(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    this.database?.close();
    this.database = undefined;
    return Promise.resolve();
  }

  get db(): LibraryDatabase {
    this.database ??= LibraryDatabase.open(this.dir);
    return this.database;
  }

  importPaths(
    paths: string[],
    onProgress?: (progress: ImportProgress) => void,
    custodian = '',
  ): Promise<ImportOutcome[]> {
    return this.importKeepingOriginals(paths, onProgress, custodian);
  }

  private async importKeepingOriginals(
    paths: string[],
    onProgress: ((progress: ImportProgress) => void) | undefined,
    custodian: string,
  ): Promise<ImportOutcome[]> {
    const outcomes = await importFiles(this.db, paths, onProgress, custodian);
    await keepImportedOriginals(this.dir, paths, outcomes);
    return outcomes;
  }

  /** Compares excerpts with their sources in the library (found by id, else by the file's SHA-256). */
  checkExcerpts(excerpts: Excerpt[]): ExcerptCheck[] {
    return checkExcerpts(excerpts, (excerpt) => {
      const byId = this.db.get(excerpt.sourceId);
      const bySha = excerpt.sourceSha256 ? this.db.findBySha256(excerpt.sourceSha256) : undefined;
      const found = byId ?? (bySha ? this.db.get(bySha.id) : undefined);
      return found && { id: found.id, sha256: found.sha256, text: found.text };
    });
  }

  /** Imports files sent as bytes (browser mode) through a private temporary folder, keeping their names. */
  async importUploads(files: { name: string; base64: string }[], custodian = ''): Promise<ImportOutcome[]> {
    const dir = await fs.mkdtemp(path.join(tmpdir(), 'counsel-desk-upload-'));
    try {
      const paths: string[] = [];
      for (const [index, file] of files.entries()) {
        const folder = path.join(dir, String(index));
        await fs.mkdir(folder);
        const target = path.join(folder, path.basename(file.name.replace(/\\/g, '/')));
        await fs.writeFile(target, Buffer.from(file.base64, 'base64'));
        paths.push(target);
      }
      return await this.importKeepingOriginals(paths, undefined, custodian);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
}

const services = new Map<string, LibraryService>();

/** One service per library folder, shared by every set of handlers built for it. */
export function libraryServiceFor(dir: string): LibraryService {
  let service = services.get(dir);
  if (!service) {
    service = new LibraryService(dir);
    services.set(dir, service);
  }
  return service;
}
