// Writes a production volume so that it appears whole or not at all: every file goes into a hidden folder
// beside the target, the manifest (SHA-256 of every file, in `sha256sum -c` form) last, and only then is the
// folder renamed to the volume's name (and the zip, written the same way, renamed beside it). A failure
// removes what was written.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { canZipParts, zipParts } from '../zip-parts';

export const MANIFEST_NAME = 'MANIFEST.sha256';

export class VolumeExistsError extends Error {}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface WrittenVolume {
  folder: string;
  zip?: string;
  manifestSha256: string;
  files: string[];
}

export class VolumeWriter {
  private readonly hashes = new Map<string, string>();
  private readonly contents = new Map<string, Uint8Array>();

  private constructor(
    readonly folder: string,
    private readonly temp: string,
    private readonly zip: boolean,
  ) {}

  /** The volume's name, which is its folder's. */
  get volume(): string {
    return path.basename(this.folder);
  }

  static async begin(outDir: string, volume: string, zip: boolean): Promise<VolumeWriter> {
    const folder = path.join(outDir, volume);
    for (const target of [folder, ...(zip ? [`${folder}.zip`] : [])])
      if (existsSync(target))
        throw new VolumeExistsError(
          `${target} already exists; a production never writes over one. Move it away or choose another --out folder.`,
        );
    await fs.mkdir(outDir, { recursive: true });
    const temp = path.join(outDir, `.${volume}.partial-${process.pid}`);
    await fs.rm(temp, { recursive: true, force: true });
    await fs.mkdir(temp);
    return new VolumeWriter(folder, temp, zip);
  }

  /** Writes one file of the volume (a path inside it, with / between folders). */
  async write(relative: string, bytes: Uint8Array | string): Promise<void> {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    const target = path.join(this.temp, ...relative.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, data);
    this.hashes.set(relative, sha256(data));
    if (this.zip) this.contents.set(relative, data);
  }

  async finish(): Promise<WrittenVolume> {
    const files = [...this.hashes.keys()].sort();
    const manifest = files.map((f) => `${this.hashes.get(f)}  ${f}\n`).join('');
    await this.write(MANIFEST_NAME, manifest);
    let zipTemp: string | undefined;
    if (this.zip) {
      if (!canZipParts())
        throw new Error('this Node.js cannot write zip files (it needs Node.js 20.15 or later)');
      const volume = path.basename(this.folder);
      const parts = new Map([...this.contents].map(([name, data]) => [`${volume}/${name}`, data]));
      zipTemp = `${this.temp}.zip`;
      await fs.writeFile(zipTemp, zipParts(parts));
    }
    await fs.rename(this.temp, this.folder);
    if (zipTemp) {
      try {
        await fs.rename(zipTemp, `${this.folder}.zip`);
      } catch (error) {
        await fs.rm(this.folder, { recursive: true, force: true });
        await fs.rm(zipTemp, { force: true });
        throw error;
      }
    }
    return {
      folder: this.folder,
      ...(zipTemp ? { zip: `${this.folder}.zip` } : {}),
      manifestSha256: sha256(Buffer.from(manifest, 'utf8')),
      files: [...files, MANIFEST_NAME],
    };
  }

  /** Removes everything this production wrote (its hidden folder and zip, or the renamed volume). */
  async abandon(renamed = false): Promise<void> {
    await fs.rm(this.temp, { recursive: true, force: true });
    await fs.rm(`${this.temp}.zip`, { force: true });
    if (renamed) {
      await fs.rm(this.folder, { recursive: true, force: true });
      await fs.rm(`${this.folder}.zip`, { force: true });
    }
  }
}
