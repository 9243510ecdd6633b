// The production engine's own failures as messages for the app: what went wrong, and that nothing was written
// and the matter not changed (the engine removes a volume it could not finish).
import type { ApiError } from '../../core/api/result';
import { RecordPdfError } from '../services/production/load-record-pdf';
import { PrinterUnavailableError } from '../services/production/printer';
import { ProductionError } from '../services/production/production-error';
import { RecordSourceError } from '../services/production/record-sources';
import { VolumeExistsError } from '../services/production/volume-writer';

const NOTHING_WRITTEN = 'Nothing was written and the matter was not changed.';

export function productionProblem(error: unknown): ApiError | undefined {
  if (error instanceof VolumeExistsError)
    return {
      code: 'conflict',
      message: `${error.message.replace('another --out folder', 'another folder')} ${NOTHING_WRITTEN}`,
    };
  if (error instanceof PrinterUnavailableError || error instanceof RecordPdfError)
    return { code: 'io-error', message: `${error.message} ${NOTHING_WRITTEN}` };
  if (error instanceof RecordSourceError)
    return {
      code: 'bad-request',
      message: `These records cannot be produced; ${NOTHING_WRITTEN.toLowerCase()}`,
      details: error.problems,
    };
  if (error instanceof ProductionError)
    return {
      code: 'bad-request',
      message: `${error.message} ${NOTHING_WRITTEN}`,
      ...(error.details.length > 0 ? { details: error.details } : {}),
    };
  return undefined;
}
