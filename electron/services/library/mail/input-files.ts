// What an import was given, as files: a folder is walked recursively (hidden files and folders skipped) for
// every file the library can import; a path that does not exist, or a file of another kind named on its
// own, is reported by name and the others go on.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { notRegularFile, readLimits } from '../../safe-read';

export interface InputFile {
  file: string;
  size: number;
}

export interface InputList {
  files: InputFile[];
  /** Paths that cannot be imported, with the reason. */
  refused: { item: string; message: string }[];
  /** Files of other kinds met inside folders, left alone. */
  skipped: number;
}

async function walk(dir: string, accepts: (file: string) => boolean, list: InputList): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, accepts, list);
    else if (entry.isFile() && accepts(full))
      list.files.push({ file: full, size: (await fs.stat(full)).size });
    else list.skipped++;
  }
}

export async function listInputs(
  inputs: string[],
  accepts: (file: string) => boolean,
  supported: string[],
): Promise<InputList> {
  const list: InputList = { files: [], refused: [], skipped: 0 };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`;
      list.refused.push({ item: input, message: `${input} ${why}. Check the path and import it again.` });
      continue;
    }
    if (stat.isDirectory()) {
      await walk(input, accepts, list).catch((error: NodeJS.ErrnoException) =>
        list.refused.push({ item: input, message: `The folder ${input} cannot be read (${error.code}).` }),
      );
    } else if (!stat.isFile()) {
      // A named pipe or a device (or a link to one) would stall or never end the import.
      list.refused.push({
        item: input,
        message: (await notRegularFile(input, stat, readLimits.import)).message,
      });
    } else if (accepts(input)) {
      list.files.push({ file: input, size: stat.size });
    } else {
      const message = `${path.basename(input)} cannot be imported: only ${supported.join(', ')} files are supported. Save it in one of these formats and import it again.`;
      list.refused.push({ item: input, message });
    }
  }
  return list;
}
