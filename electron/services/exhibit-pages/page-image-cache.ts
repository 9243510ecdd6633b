// Pictures of a record's produced pages, kept beside the library (<library>/exhibit-pages/<key>/) under a key
// made from everything they depend on (the record's PDF by its SHA-256, its Bates numbers, its redactions, the
// resolution and the drawing rules), so exporting the same letter again draws nothing.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExhibitPageImage } from '../../../core/docx/exhibit-record-pages';
import { writeFileAtomic } from '../atomic-write';
import { ensurePrivateFolder } from '../private-folder';

/** A record page as drawn: the picture and what the exporter needs to place and name it. */
export type CachedPage = Omit<ExhibitPageImage, 'alt'> & { label: string };

interface Manifest {
  pages: (Omit<CachedPage, 'image'> & { file: string })[];
}

/** The key of a set of pages: SHA-256 of every input, in a fixed order. */
export const pageImagesKey = (parts: readonly (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
};

export class PageImageCache {
  readonly dir: string;

  constructor(libraryDir: string) {
    this.dir = path.join(libraryDir, 'exhibit-pages');
  }

  private folder(key: string): string {
    return path.join(this.dir, key);
  }

  /** The pages kept under `key`; undefined when none are, or when any file of them is missing or unreadable. */
  async get(key: string): Promise<CachedPage[] | undefined> {
    try {
      const manifest = JSON.parse(
        await fs.readFile(path.join(this.folder(key), 'pages.json'), 'utf8'),
      ) as Manifest;
      return await Promise.all(
        manifest.pages.map(async ({ file, ...page }) => ({
          ...page,
          image: new Uint8Array(await fs.readFile(path.join(this.folder(key), path.basename(file)))),
        })),
      );
    } catch {
      return undefined;
    }
  }

  /** Keeps the pages; the manifest is written last, so a half-written set is never read. */
  async put(key: string, pages: readonly CachedPage[]): Promise<void> {
    await ensurePrivateFolder(this.dir);
    await ensurePrivateFolder(this.folder(key));
    const manifest: Manifest = { pages: [] };
    for (const [i, { image, ...page }] of pages.entries()) {
      const file = `page-${i + 1}.${page.type}`;
      await writeFileAtomic(path.join(this.folder(key), file), image, { mode: 0o600 });
      manifest.pages.push({ ...page, file });
    }
    await writeFileAtomic(path.join(this.folder(key), 'pages.json'), JSON.stringify(manifest), {
      mode: 0o600,
    });
  }
}
