// Versions and the history (issue 11) travel in the matter file; these channels of the API contract (spread
// into ./contract) reach SHA-256, the preferences and the redline export.
import type { HistoryCheck } from '../history/verify-history';
import { channel, empty } from './channel';
import {
  authorNameRequest,
  fileDigestRequest,
  historyVerifyRequest,
  redlineExportRequest,
} from './version-requests';
import type { AuthorName, FileDigest, RedlineExport } from './version-requests';

export const versionChannels = {
  /** Checks the history's chain and the versions' fingerprints; the first problem is named. */
  'history:verify': channel<typeof historyVerifyRequest, HistoryCheck>(historyVerifyRequest),
  /** The name and SHA-256 of a file just exported, for its history entry. */
  'history:file-digest': channel<typeof fileDigestRequest, FileDigest>(fileDigestRequest),
  /** Who the history names as the author of the changes made here. */
  'preferences:author': channel<typeof empty, AuthorName>(empty),
  'preferences:set-author': channel<typeof authorNameRequest, AuthorName>(authorNameRequest),
  /** Two versions of a draft (or a version and the current draft) as a DOCX with Word tracked changes. */
  'versions:export-redline': channel<typeof redlineExportRequest, RedlineExport>(redlineExportRequest),
} as const;
