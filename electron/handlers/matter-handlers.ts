import {
  MATTER_FILE_FORMAT,
  MATTER_FILE_VERSION,
  matterFileSchema,
} from '../../core/matter-file/matter-file';
import { newMatter } from '../../core/matter/new-matter';
import type { DeskServices } from '../services/desk-services';
import { pathToOpen, pathToSave } from './choose-path';
import type { HandlersFor } from './handler-types';

export function createMatterHandlers(
  services: Pick<DeskServices, 'matterFiles' | 'recent' | 'recovery'>,
): HandlersFor<'matter:new' | 'matter:open' | 'matter:save' | 'matter:recent'> {
  return {
    'matter:new': async () => ({
      path: '',
      // Parsed so every part the file format defaults (drafts, exhibits, …) is present.
      file: matterFileSchema.parse({
        format: MATTER_FILE_FORMAT,
        fileVersion: MATTER_FILE_VERSION,
        matter: newMatter(),
      }),
    }),
    'matter:open': async (request, ctx) => {
      const filePath = await pathToOpen(request.path, ctx);
      const file = await services.matterFiles.open(filePath);
      await services.recent.add(filePath);
      return { path: filePath, file };
    },
    'matter:save': async (request, ctx) => {
      const title = request.file.matter.title
        .replace(/[\\/:*?"<>|]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const suggested = `${title || 'Matter'}.cdesk`;
      const filePath = await pathToSave(request.path, request.saveAs ?? false, ctx, suggested);
      const saved = await services.matterFiles.save(filePath, request.file);
      // The work is safely on disk now, so the recovery copy would only offer stale work next time.
      await services.recovery.discard().catch(() => false);
      await services.recent.add(saved.path);
      return saved;
    },
    'matter:recent': async () => services.recent.list(),
  };
}
