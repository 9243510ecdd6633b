import type { DeskServices } from '../services/desk-services';
import type { HandlersFor } from './handler-types';

export function createAppHandlers(
  services: Pick<DeskServices, 'version'>,
): HandlersFor<'app:info' | 'app:set-dirty' | 'app:close-window'> {
  return {
    'app:info': async (_request, ctx) => ({
      version: services.version,
      mode: ctx.mode,
      platform: process.platform,
    }),
    'app:set-dirty': async (request, ctx) => {
      ctx.shell?.setDirty(request.dirty, request.title);
      return { dirty: request.dirty };
    },
    'app:close-window': async (_request, ctx) => ({ closed: ctx.shell?.closeWindow() ?? false }),
  };
}
