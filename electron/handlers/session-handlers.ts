// Where the user was (matter, draft, view, scroll): remembered as they work, offered back at the next start.
import type { DeskServices } from '../services/desk-services';
import type { HandlersFor } from './handler-types';

export function createSessionHandlers(
  services: Pick<DeskServices, 'recent'>,
): HandlersFor<'session:last' | 'session:remember'> {
  return {
    'session:last': async () => services.recent.lastSession(),
    'session:remember': async (request) => ({ remembered: await services.recent.remember(request) }),
  };
}
