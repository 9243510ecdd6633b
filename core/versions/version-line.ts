// A version in one line, as `counsel-desk versions` prints it and the app's list reads it: the number
// first, then when, who, the title it had, its name and whether it was sent.
import { timeText } from '../history/history-csv';
import type { VersionMeta } from './version-store';

export function versionLine(version: VersionMeta): string {
  const parts = [
    String(version.number),
    timeText(version.savedAt),
    version.author || '(unknown)',
    version.title,
  ];
  if (version.name) parts.push(`"${version.name}"`);
  if (version.sent) parts.push(`sent ${version.sent.date}`);
  if (version.restoredFrom !== undefined) parts.push(`restored from version ${version.restoredFrom}`);
  return parts.join('  ');
}
