import type { DeskServices } from '../services/desk-services';
import type { HandlersFor } from './handler-types';

export function createTemplatesHandlers(
  services: Pick<DeskServices, 'templates'>,
): HandlersFor<'templates:list'> {
  return {
    'templates:list': () => services.templates.list(),
  };
}
