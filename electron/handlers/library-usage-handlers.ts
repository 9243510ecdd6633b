// Which recent matters use which library sources (their excerpts and records quote or attach them): the
// Library view lists them beside each source and warns before removing one a matter still uses. Only the
// matters of the recent list are read, files the user already opened or saved in Counsel Desk.
import { sourcesUsedBy } from '../../core/library/library-usage';
import type { MatterUsage } from '../../core/library/library-usage';
import type { DeskServices } from '../services/desk-services';
import type { HandlersFor } from './handler-types';

export function createLibraryUsageHandlers(
  services: Pick<DeskServices, 'recent' | 'matterFiles'>,
): HandlersFor<'library:usage'> {
  return {
    'library:usage': async () => {
      const usage: MatterUsage[] = [];
      for (const recent of services.recent.matters()) {
        try {
          const { file } = await services.matterFiles.read(recent.path);
          usage.push({
            path: recent.path,
            title: file.matter.title || recent.title,
            sourceIds: sourcesUsedBy(file.excerpts),
          });
        } catch {
          // A matter that cannot be read now (moved, damaged) says nothing about the library.
        }
      }
      return usage;
    },
  };
}
