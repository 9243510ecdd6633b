// The shipped example matter (examples/dallas-ag-inquiry.json, copied beside the app when packaged), opened
// as a new matter that has never been saved, so a newcomer can try every template on realistic facts and
// Save puts the copy wherever they choose; the shipped file is never written.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../core/api/result';
import {
  MATTER_FILE_FORMAT,
  MATTER_FILE_VERSION,
  matterFileSchema,
} from '../../core/matter-file/matter-file';
import { liftMatterV1 } from '../../core/matter-file/migrate-file';
import { readRecordsBeside } from '../services/records-beside-file';
import type { HandlersFor } from './handler-types';

export const EXAMPLE_FILE_NAME = 'dallas-ag-inquiry.json';

export function createExampleHandlers(examplesDir: string): HandlersFor<'matter:open-example'> {
  return {
    'matter:open-example': async () => {
      const file = path.join(examplesDir, EXAMPLE_FILE_NAME);
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch {
        throw new DeskError(
          'not-found',
          `The example matter is missing (${file}). Reinstall Counsel Desk to restore it, or start a new matter with New.`,
        );
      }
      let matter: unknown;
      try {
        matter = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        throw new DeskError(
          'invalid-file',
          `The example matter (${file}) is damaged and cannot be read. Reinstall Counsel Desk to restore it, or start a new matter with New.`,
        );
      }
      // Its records, Bates settings and letter facts are kept beside it; an example written for version 1
      // still opens, its records lists becoming the one records list.
      const lifted = liftMatterV1(matter);
      const beside = await readRecordsBeside(file).catch(() => {
        throw new DeskError(
          'invalid-file',
          `The example's records (${file.replace(/\.json$/, '.records.json')}) are damaged. Reinstall Counsel Desk to restore them, or start a new matter with New.`,
        );
      });
      const parsed = matterFileSchema.safeParse({
        format: MATTER_FILE_FORMAT,
        fileVersion: MATTER_FILE_VERSION,
        matter: lifted?.matter ?? matter,
        records: [...(lifted?.records ?? []), ...(beside?.records ?? [])],
        ...(beside ? { exhibitSettings: beside.exhibitSettings, letterDefaults: beside.letter } : {}),
      });
      if (!parsed.success) {
        throw new DeskError(
          'invalid-file',
          `The example matter (${file}) does not fit this version of Counsel Desk. Reinstall Counsel Desk to restore it, or start a new matter with New.`,
        );
      }
      return { path: '', file: parsed.data };
    },
  };
}
