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
      const { file, version } = await services.matterFiles.read(filePath);
      await services.recent.add(filePath, file.matter.title);
      return { path: filePath, file, version };
    },
    'matter:save': async (request, ctx) => {
      const title = request.file.matter.title
        .replace(/[\\/:*?"<>|]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const suggested = `${title || 'Matter'}.cdesk`;
      const chosen = await pathToSave(request.path, request.saveAs ?? false, ctx, suggested);
      // Checked against the disk unless the user already agreed to replace what is there.
      const check = chosen.confirmed || request.overwrite ? {} : { expected: request.expected ?? null };
      const saved = await services.matterFiles.save(chosen.path, request.file, check);
      // This window's work is safely on disk now; other windows' recovery copies are theirs to keep.
      if (request.windowId) await services.recovery.discardWindow(request.windowId).catch(() => false);
      await services.recent.add(saved.path, request.file.matter.title);
      return saved;
    },
    'matter:recent': async () => services.recent.matters(),
  };
}
