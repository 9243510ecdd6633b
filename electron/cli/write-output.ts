// Writes a command's result file atomically, after checking the folder exists so the message can say so.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../services/atomic-write';
import { CliError } from './cli-error';

export async function writeOutput(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CliError(
      `Cannot write ${file}: the folder ${dir} does not exist. Create it or choose another --out.`,
    );
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new CliError(`Cannot write ${file}: it is a folder. Give --out a file name such as letter.docx.`);
  }
  try {
    await writeFileAtomic(path.resolve(file), data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write failed';
    throw new CliError(`Could not write ${file} (${code}). Check that the folder is writable and has space.`);
  }
}
