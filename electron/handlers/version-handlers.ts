// The versions and history channels: the history checked with SHA-256, the fingerprint of a file just
// exported (for its history entry), and the author name the history records, kept in preferences.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import { verifyHistory } from '../../core/history/verify-history';
import { authorInfo, setAuthorName, useAuthorPreferencesIn } from '../services/author-name';
import type { DeskServices } from '../services/desk-services';
import { sha256 } from '../services/version-save';
import type { HandlersFor } from './handler-types';
import { exportRedline } from './redline-handler';

async function exportedBytes(request: { path?: string; base64?: string }): Promise<Buffer> {
  if (request.base64 !== undefined) return Buffer.from(request.base64, 'base64');
  try {
    return await fs.readFile(request.path!);
  } catch (error) {
    throw new DeskError(
      'io-error',
      `Could not read ${path.basename(request.path!)} to record its fingerprint in the history (${(error as NodeJS.ErrnoException).code ?? 'read failed'}). The export itself was written.`,
    );
  }
}

export function createVersionHandlers(
  services: Pick<DeskServices, 'paths'>,
): HandlersFor<
  | 'history:verify'
  | 'history:file-digest'
  | 'preferences:author'
  | 'preferences:set-author'
  | 'versions:export-redline'
> {
  // Saves take the author from the preferences of this app's data folder (see author-name.ts).
  useAuthorPreferencesIn(services.paths.paths.dataDir);
  return {
    'history:verify': async (request) => verifyHistory(request, sha256),
    'history:file-digest': async (request) => {
      const bytes = await exportedBytes(request);
      return {
        fileName: request.fileName ?? (request.path ? path.basename(request.path) : 'export.docx'),
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    },
    'preferences:author': async () => authorInfo(),
    'preferences:set-author': async (request) => {
      await setAuthorName(request.name);
      return authorInfo();
    },
    'versions:export-redline': exportRedline,
  };
}
