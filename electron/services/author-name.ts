// Who the history and the versions name as the author of a change: the name set in the app's preferences,
// else the operating system's user name. COUNSEL_DESK_AUTHOR overrides both (a shared machine, a script).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuthorName } from '../../core/api/version-requests';
import { defaultDataDir } from './app-paths';
import { writeFileAtomic } from './atomic-write';

// The app and the CLI read the same preferences file; an app started with its own data folder (tests,
// portable use) points this at it once, when its handlers are made. Saving takes it from here, because
// a save (MatterFiles.save) has no data folder of its own.
let preferencesDir = defaultDataDir();

export function useAuthorPreferencesIn(dataDir: string): void {
  preferencesDir = dataDir;
}

const preferencesFile = (): string => path.join(preferencesDir, 'preferences.json');

async function readPreferences(): Promise<Record<string, unknown>> {
  try {
    const json: unknown = JSON.parse(await fs.readFile(preferencesFile(), 'utf8'));
    return json !== null && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : {};
  } catch {
    // No preferences yet, or a damaged file: the system's user name stands in.
    return {};
  }
}

export function systemUserName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** The name set in preferences, or '' when none is. */
export async function preferredAuthorName(): Promise<string> {
  const name = (await readPreferences()).authorName;
  return typeof name === 'string' ? name.trim() : '';
}

/** The name recorded, the system's user name (the default) and whether COUNSEL_DESK_AUTHOR overrides both. */
export async function authorInfo(): Promise<AuthorName> {
  const override = process.env.COUNSEL_DESK_AUTHOR?.trim();
  return {
    name: override || (await preferredAuthorName()) || systemUserName(),
    systemName: systemUserName(),
    overridden: Boolean(override),
  };
}

export const authorName = async (): Promise<string> => (await authorInfo()).name;

/** Sets (or, with '', clears) the name; the other preferences in the file are kept. */
export async function setAuthorName(name: string): Promise<void> {
  const preferences = await readPreferences();
  const trimmed = name.trim();
  if (trimmed) preferences.authorName = trimmed;
  else delete preferences.authorName;
  await fs.mkdir(preferencesDir, { recursive: true });
  await writeFileAtomic(preferencesFile(), `${JSON.stringify(preferences, null, 2)}\n`);
}
