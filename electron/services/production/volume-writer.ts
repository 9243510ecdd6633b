// Writes a production volume so that it appears whole or not at all: every file goes into a hidden folder
// beside the target, the manifest (SHA-256 of every file, in `sha256sum -c` form) last, and only then is the
// folder renamed to the volume's name (and the zip, written the same way, renamed beside it). A failure
// removes what was written. The zip is streamed from the written files by yazl, which turns to Zip64 where a
// volume passes the plain format's 4 GB or 65,535 files.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

export const MANIFEST_NAME = 'MANIFEST.sha256';

export class VolumeExistsError extends Error {}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface WrittenVolume {
  folder: string;
  zip?: string;
  manifestSha256: string;
  files: string[];
}

export interface ZipOptions {
  /** Zip64 records for every file and the directory whatever the sizes (the tests' way past 4 GB). */
  forceZip64?: boolean;
}

export class VolumeWriter {
  private readonly hashes = new Map<string, string>();

  private constructor(
    readonly folder: string,
    private readonly temp: string,
    private readonly zip: boolean,
    private readonly zipOptions: ZipOptions,
  ) {}

  /** The volume's name, which is its folder's. */
  get volume(): string {
    return path.basename(this.folder);
  }

  static async begin(
    outDir: string,
    volume: string,
    zip: boolean,
    zipOptions: ZipOptions = {},
  ): Promise<VolumeWriter> {
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
    return new VolumeWriter(folder, temp, zip, zipOptions);
  }

  /** Writes one file of the volume (a path inside it, with / between folders). */
  async write(relative: string, bytes: Uint8Array | string): Promise<void> {
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    const target = path.join(this.temp, ...relative.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, data);
    this.hashes.set(relative, sha256(data));
  }

  /** A file already written to the volume. */
  read(relative: string): Promise<Uint8Array> {
    return fs.readFile(path.join(this.temp, ...relative.split('/')));
  }

  /** The written files as <volume>/<file> in a zip at `target`, in the order written, streamed from disk. */
  private async writeZip(names: readonly string[], target: string): Promise<void> {
    const zip = new ZipFile();
    const forceZip64Format = this.zipOptions.forceZip64 === true;
    for (const name of names)
      zip.addFile(path.join(this.temp, ...name.split('/')), `${this.volume}/${name}`, {
        compress: true,
        compressionLevel: 1,
        forceZip64Format,
      });
    zip.end({ forceZip64Format, comment: '' });
    await pipeline(zip.outputStream, createWriteStream(target));
  }

  async finish(): Promise<WrittenVolume> {
    const files = [...this.hashes.keys()].sort();
    const manifest = files.map((f) => `${this.hashes.get(f)}  ${f}\n`).join('');
    await this.write(MANIFEST_NAME, manifest);
    let zipTemp: string | undefined;
    if (this.zip) {
      zipTemp = `${this.temp}.zip`;
      await this.writeZip([...this.hashes.keys()], zipTemp);
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
