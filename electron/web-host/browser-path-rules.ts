// Browser mode's rules for file paths. It has no native dialogs, so the person at the page types paths, and
// the per-launch token (request-guard.ts) decides who that may be. What a path may be is narrower than
// "anything this user can reach", so that a page that went wrong cannot turn the host against the user's
// other files:
//   - every path is absolute (a relative one would be resolved against wherever the host was started);
//   - a matter is opened only from a .cdesk file (or its .cdesk.bak backup) and saved only as a .cdesk
//     file, so Save never overwrites a document of another kind;
//   - an export is written only as a .docx file, a PDF export as a .pdf (the handler adds the extension);
//   - library imports read only the kinds of file the library imports (it refuses the others by name).
import path from 'node:path';
import type { Channel } from '../../core/api/contract';
import { pathsNamedBy } from '../ipc/path-policy';
import type { NamedPath, PathPolicy } from '../ipc/path-policy';

const hasExtension = (file: string, ...extensions: string[]) =>
  extensions.some((ext) => file.toLowerCase().endsWith(ext));

function problemWith(named: NamedPath): string | null {
  const { path: file, use } = named;
  if (!path.isAbsolute(file))
    return `${named.field}: "${file}" is not a full path. Type it from the top, for example /home/me/Matters/dallas.cdesk or C:\\Users\\me\\Matters\\dallas.cdesk.`;
  if (use === 'open' && !hasExtension(file, '.cdesk', '.cdesk.bak'))
    return `${named.field}: ${path.basename(file)} is not a matter file. Counsel Desk opens .cdesk files (and their .cdesk.bak backups).`;
  if (use === 'save' && path.extname(file) !== '' && !hasExtension(file, '.cdesk'))
    return `${named.field}: matters are saved as .cdesk files, so ${path.basename(file)} is not replaced. End the name with .cdesk.`;
  return null;
}

export const browserPathRules: PathPolicy = {
  refuse(channel: Channel, request: unknown) {
    for (const named of pathsNamedBy(channel, request)) {
      const problem = problemWith(named);
      if (problem) return `${channel} was refused. ${problem}`;
    }
    return null;
  },
};
