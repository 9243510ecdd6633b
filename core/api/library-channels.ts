// The policy library's channels of the API contract (spread into ./contract): import, search and filters,
// sources, mail threads and families, background imports, and the excerpt check before export.
import type { ExcerptCheck } from '../excerpts/excerpt-check';
import {
  excerptCheckRequest,
  libraryChooseImportRequest,
  libraryFamilyRequest,
  libraryFilteredSearchRequest,
  libraryImportJobRequest,
  libraryImportRequest,
  libraryImportStartRequest,
  librarySearchRequest,
  librarySourceRequest,
  libraryUpdateRequest,
} from '../library/library-requests';
import type { ImportOutcome, LibrarySource, SearchHit } from '../library/library-types';
import type { MatterUsage } from '../library/library-usage';
import type { ImportJobStatus, SourceFamily, SourceView, ThreadMessage } from '../library/mail-types';
import { channel, empty } from './channel';

export const libraryChannels = {
  // The policy library (issue 4). Import answers one outcome per file; a failed file never stops the rest.
  'library:import': channel<typeof libraryImportRequest, ImportOutcome[]>(libraryImportRequest),
  'library:search': channel<typeof librarySearchRequest, SearchHit[]>(librarySearchRequest),
  /** Search words narrowed by custodian, sender, recipient, date range and kind (filters alone list what matches). */
  'library:filter': channel<typeof libraryFilteredSearchRequest, SearchHit[]>(libraryFilteredSearchRequest),
  /** A source with its text, and for a message its facts, attachments, custodians. */
  'library:source': channel<typeof librarySourceRequest, SourceView>(librarySourceRequest),
  /** The messages of a message's conversation, in the order sent. */
  'library:thread': channel<typeof librarySourceRequest, ThreadMessage[]>(librarySourceRequest),
  /** A message (or its whole thread) with its attachments, in record order: one family. */
  'library:family': channel<typeof libraryFamilyRequest, SourceFamily>(libraryFamilyRequest),
  'library:custodians': channel<typeof empty, string[]>(empty),
  /** Desktop app: the system's dialog for files or a folder to import; the chosen paths ([] if cancelled). */
  'library:choose-import': channel<typeof libraryChooseImportRequest, string[]>(libraryChooseImportRequest),
  /** Starts importing files, folders and mailboxes in the background; poll `library:import-status`. */
  'library:import-start': channel<typeof libraryImportStartRequest, ImportJobStatus>(
    libraryImportStartRequest,
  ),
  'library:import-status': channel<typeof libraryImportJobRequest, ImportJobStatus>(libraryImportJobRequest),
  'library:import-cancel': channel<typeof libraryImportJobRequest, { cancelled: boolean }>(
    libraryImportJobRequest,
  ),
  'library:list': channel<typeof empty, LibrarySource[]>(empty),
  'library:update': channel<typeof libraryUpdateRequest, LibrarySource>(libraryUpdateRequest),
  'library:remove': channel<typeof librarySourceRequest, { removed: boolean }>(librarySourceRequest),
  /** Which recent matters use which sources (their excerpts come from them). */
  'library:usage': channel<typeof empty, MatterUsage[]>(empty),
  /** Compares excerpts with their sources in the library before export: ok, changed or missing. */
  'excerpt:check': channel<typeof excerptCheckRequest, ExcerptCheck[]>(excerptCheckRequest),
} as const;
