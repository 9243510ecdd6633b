// Files imported into the library in the app (or browser mode) are kept byte for byte in the originals store
// as well, so a record made from one can be produced from its own pages (see production/originals-store.ts);
// without it a production refuses such a record and asks for `counsel-desk records add`. Mailboxes and
// folders are not kept whole; an .eml keeps its attachments too.
import path from 'node:path';
import type { ImportOutcome } from '../../../core/library/library-types';
import { keepOriginal } from '../production/keep-originals';
import { OriginalsStore } from '../production/originals-store';
import { readLimits, readUserFile } from '../safe-read';

const KEPT = new Set(['.pdf', '.docx', '.txt', '.md', '.markdown', '.eml']);

export async function keepImportedOriginals(
  libraryDir: string,
  paths: readonly string[],
  outcomes: readonly ImportOutcome[],
): Promise<void> {
  const store = new OriginalsStore(libraryDir);
  const read = new Set(outcomes.filter((o) => o.status !== 'failed').map((o) => o.fileName));
  for (const file of paths) {
    if (!KEPT.has(path.extname(file).toLowerCase()) || !read.has(path.basename(file))) continue;
    try {
      const { bytes } = await readUserFile(file, readLimits.import);
      await keepOriginal(store, file, bytes);
    } catch {
      // The import itself succeeded; a production names any record whose original is missing.
    }
  }
}
