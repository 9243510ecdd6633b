// The files records are produced from, kept byte for byte beside the library (the library keeps their text):
// <library>/originals/ab/ab12…ef.pdf, named by SHA-256, so a file is stored once however many records or
// messages hold it. A printed copy of a non-PDF record is kept there too, so producing again prints nothing.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import { ensurePrivateFolder } from '../private-folder';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export interface StoredOriginal {
  sha256: string;
  /** Lower-case, with its dot (".pdf"). */
  extension: string;
  bytes: Uint8Array;
}

const EXTENSION = /^\.[a-z0-9]{1,10}$/;

export class OriginalsStore {
  readonly dir: string;

  constructor(libraryDir: string) {
    this.dir = path.join(libraryDir, 'originals');
  }

  private folderOf(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2));
  }

  /** Keeps the bytes (once) under their SHA-256; returns that hash. */
  async put(bytes: Uint8Array, fileName: string): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const ext = path.extname(fileName).toLowerCase();
    const extension = EXTENSION.test(ext) ? ext : '.bin';
    if ((await this.find(sha256))?.extension === extension) return sha256;
    await ensurePrivateFolder(this.dir);
    await ensurePrivateFolder(this.folderOf(sha256));
    await writeFileAtomic(path.join(this.folderOf(sha256), `${sha256}${extension}`), bytes, { mode: 0o600 });
    return sha256;
  }

  /** Whether a file is kept under this hash (without reading it). */
  async has(sha256: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return false;
    const names = await fs.readdir(this.folderOf(sha256)).catch(() => [] as string[]);
    return names.some((n) => n.startsWith(sha256) && EXTENSION.test(n.slice(64)));
  }

  /** The file kept under this hash, if any (with the extension it was kept under). */
  async find(sha256: string): Promise<StoredOriginal | undefined> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return undefined;
    const names = await fs.readdir(this.folderOf(sha256)).catch(() => [] as string[]);
    const name = names.find((n) => n.startsWith(sha256) && EXTENSION.test(n.slice(64)));
    if (!name) return undefined;
    const bytes = new Uint8Array(await fs.readFile(path.join(this.folderOf(sha256), name)));
    return { sha256, extension: name.slice(64), bytes };
  }

  private printedPath(sha256: string, version: string): string {
    return path.join(this.dir, 'printed', `${sha256}-${version}.pdf`);
  }

  /** A record's printed PDF kept from an earlier print by the same printing rules (`version`). */
  async printed(sha256: string, version: string): Promise<Uint8Array | undefined> {
    return fs
      .readFile(this.printedPath(sha256, version))
      .then((b) => new Uint8Array(b))
      .catch(() => undefined);
  }

  async keepPrinted(sha256: string, version: string, pdf: Uint8Array): Promise<void> {
    await ensurePrivateFolder(this.dir);
    await ensurePrivateFolder(path.join(this.dir, 'printed'));
    await writeFileAtomic(this.printedPath(sha256, version), pdf, { mode: 0o600 });
  }
}
