// The production's channels of the API contract (issue 10; spread into ./contract): what the next volume
// would hold, producing it in the background with progress, the folder to write it in, and redactions.
import type { ProductionPreview } from '../production/production-preview';
import { channel, empty } from './channel';
import {
  produceJobRequest,
  produceStartRequest,
  productionPreviewRequest,
  redactRequest,
  removeRedactionRequest,
} from './production-requests';
import type { ProduceJobStatus, RedactOutcome, RemovedRedaction } from './production-requests';

export const productionChannels = {
  /** The next volume's name, Bates range, what is produced, withheld, redacted, and what needs a look. */
  'production:preview': channel<typeof productionPreviewRequest, ProductionPreview>(productionPreviewRequest),
  /** Desktop app: the system's folder dialog for where the volume goes; null when cancelled. */
  'production:choose-folder': channel<typeof empty, { path: string | null }>(empty),
  /** Starts producing the volume and saving the matter with it recorded; poll `production:status`. */
  'production:start': channel<typeof produceStartRequest, ProduceJobStatus>(produceStartRequest),
  'production:status': channel<typeof produceJobRequest, ProduceJobStatus>(produceJobRequest),
  /** Desktop app: shows the finished volume in the system's file manager. */
  'production:show-in-folder': channel<typeof produceJobRequest, { shown: boolean }>(produceJobRequest),
  /** Redacts a phrase (a selected passage, or every occurrence) in one record or across the production. */
  'production:redact': channel<typeof redactRequest, RedactOutcome>(redactRequest),
  'production:remove-redaction': channel<typeof removeRedactionRequest, RemovedRedaction>(
    removeRedactionRequest,
  ),
} as const;
