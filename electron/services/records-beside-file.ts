// Reads the records kept beside a matter JSON (core/matter-file/records-beside.ts), if there are any.
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import {
  parseRecordsBeside,
  recordsFileFor,
  type RecordsBeside,
} from '../../core/matter-file/records-beside';
import { readLimits, readUserText } from './safe-read';

/** The records file's contents, or undefined when the matter has none beside it. */
export async function readRecordsBeside(matterJsonPath: string): Promise<RecordsBeside | undefined> {
  const file = recordsFileFor(matterJsonPath);
  let text: string;
  try {
    text = await readUserText(file, readLimits.records);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof DeskError) throw error;
    throw new DeskError(
      'io-error',
      `The records file ${file} could not be read (${(error as NodeJS.ErrnoException).code ?? 'read failed'}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DeskError(
      'invalid-file',
      `The records file ${path.basename(file)} is not valid JSON. Fix it, or remove it to start without records.`,
    );
  }
  const parsed = parseRecordsBeside(json, path.basename(file));
  if (parsed.problem !== undefined) throw new DeskError('invalid-file', parsed.problem);
  return parsed.value;
}
