// Files dragged onto the window go into the library, one file at a time (as bytes, so the desktop app and
// browser mode alike read only what the user dropped). Files of a kind the library cannot read are named
// and left out; the outcome of each file is reported once all are done.
import type { ImportOutcome } from '../../core/library/library-types';
import { desk } from '../api/desk-client';

export const IMPORTABLE = ['.pdf', '.docx', '.txt', '.md', '.markdown', '.eml', '.msg', '.mbox'];

export const isImportable = (name: string): boolean =>
  IMPORTABLE.some((ext) => name.toLowerCase().endsWith(ext));

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface DropResult {
  imported: string[];
  already: string[];
  failed: string[];
  skipped: string[];
}

/** One sentence a person reads: what went in, what was there already, what failed and why. */
export function dropSummary(result: DropResult): string {
  const parts: string[] = [];
  const list = (names: string[]) => names.join(', ');
  if (result.imported.length > 0) parts.push(`Imported ${list(result.imported)}.`);
  if (result.already.length > 0) parts.push(`Already in the library: ${list(result.already)}.`);
  if (result.failed.length > 0) parts.push(`Not imported: ${result.failed.join('; ')}.`);
  if (result.skipped.length > 0)
    parts.push(`Left out (the library reads ${IMPORTABLE.join(', ')} files): ${list(result.skipped)}.`);
  return parts.join(' ') || 'Nothing was dropped.';
}

export async function importDropped(
  files: readonly File[],
  onProgress: (name: string, index: number) => void,
): Promise<DropResult> {
  const result: DropResult = { imported: [], already: [], failed: [], skipped: [] };
  for (const [index, file] of files.entries()) {
    if (!isImportable(file.name)) {
      result.skipped.push(file.name);
      continue;
    }
    onProgress(file.name, index);
    const answer = await desk().importToLibrary({
      files: [{ name: file.name, base64: await toBase64(file) }],
    });
    const outcomes: ImportOutcome[] = answer.ok
      ? answer.value
      : [{ status: 'failed', fileName: file.name, message: answer.error.message }];
    for (const outcome of outcomes) {
      if (outcome.status === 'failed') result.failed.push(`${outcome.fileName} (${outcome.message})`);
      else if (outcome.status === 'imported') result.imported.push(outcome.source.title);
      else result.already.push(outcome.source.title);
    }
  }
  return result;
}
