import type { DeskServices } from '../services/desk-services';
import type { HandlersFor } from './handler-types';

export function createRecoveryHandlers(
  services: Pick<DeskServices, 'recovery'>,
): HandlersFor<'recovery:write' | 'recovery:check' | 'recovery:discard'> {
  return {
    'recovery:write': (request) => services.recovery.write(request.originalPath, request.file),
    'recovery:check': () => services.recovery.check(),
    'recovery:discard': async () => ({ discarded: await services.recovery.discard() }),
  };
}
