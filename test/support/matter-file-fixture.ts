// A valid .cdesk file (a new matter) for tests of opening, saving and recovery.
import {
  MATTER_FILE_FORMAT,
  MATTER_FILE_VERSION,
  matterFileSchema,
} from '../../core/matter-file/matter-file';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { newMatter } from '../../core/matter/new-matter';

export function matterFileTitled(title: string): MatterFile {
  const file = matterFileSchema.parse({
    format: MATTER_FILE_FORMAT,
    fileVersion: MATTER_FILE_VERSION,
    matter: newMatter(),
  });
  file.matter.title = title;
  return file;
}
