// The programs the export and end-to-end tests drive, found on the PATH, and one message for each that is
// missing: what cannot be checked without it and how to install it.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export function missingToolMessage(command: string, debianPackage: string, purpose: string): string {
  return `${command} is not installed, so ${purpose}. Install ${debianPackage} (sudo apt-get install ${debianPackage}), or run \`npm test\` as root, which installs it.`;
}

/** The program's path, or an error saying what it is needed for and how to install it. */
export function requireTool(command: string, debianPackage: string, purpose: string): string {
  const found = findOnPath(command);
  if (!found) throw new Error(missingToolMessage(command, debianPackage, purpose));
  return found;
}
