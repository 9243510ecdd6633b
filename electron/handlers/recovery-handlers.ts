import type { DeskServices } from '../services/desk-services';
import { recoverySlotFor } from '../../core/api/file-version';
import type { HandlersFor } from './handler-types';

export function createRecoveryHandlers(
  services: Pick<DeskServices, 'recovery'>,
): HandlersFor<'recovery:write' | 'recovery:check' | 'recovery:discard'> {
  return {
    'recovery:write': (request) => services.recovery.write(request),
    'recovery:check': (request) => services.recovery.check(request.windowId),
    'recovery:discard': async (request) => {
      const slot = request.slot ?? (request.windowId ? recoverySlotFor(request.windowId) : undefined);
      return { discarded: slot ? await services.recovery.discard(slot) : false };
    },
  };
}
