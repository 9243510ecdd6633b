// One line of plain words for a history entry, as the CLI prints it, the app lists it and the CSV exports it.
import type { HistoryEntry } from './history-entry';

const quoted = (text: string | undefined): string => `"${text ?? ''}"`;
const ofDraft = (entry: HistoryEntry): string => quoted(entry.draftTitle);

function valueChange(entry: HistoryEntry): string {
  const where = entry.draftTitle ? ` of ${ofDraft(entry)}` : '';
  return `Changed ${entry.path ?? '(a value)'}${where} from ${quoted(entry.old)} to ${quoted(entry.new)}`;
}

export function describeEntry(entry: HistoryEntry): string {
  const version = entry.version === undefined ? '' : ` (version ${entry.version})`;
  const summary = entry.summary ? `: ${entry.summary}` : '';
  switch (entry.kind) {
    case 'created':
      return 'Created the matter';
    case 'history-started':
      return 'History started (the file was saved before Counsel Desk kept a history)';
    case 'value-changed':
      return valueChange(entry);
    case 'draft-generated':
      return `Generated the draft ${ofDraft(entry)}${version}${summary}`;
    case 'draft-edited':
      return `Edited ${ofDraft(entry)}${version}${summary}`;
    case 'draft-deleted':
      return `Deleted the draft ${ofDraft(entry)}${summary}`;
    case 'version-named':
      return `Named version ${entry.version} of ${ofDraft(entry)} ${quoted(entry.name)}`;
    case 'version-sent':
      return `Marked version ${entry.version} of ${ofDraft(entry)} as sent on ${entry.sentDate}`;
    case 'version-restored':
      return `Restored version ${entry.version} of ${ofDraft(entry)} as the current draft`;
    case 'exported':
      return `Exported ${ofDraft(entry)} to ${entry.fileName} (SHA-256 ${entry.sha256?.slice(0, 12) ?? '?'}…)${summary}`;
    case 'produced':
      return `Produced volume ${entry.name ?? ''}${entry.sha256 ? ` (manifest SHA-256 ${entry.sha256.slice(0, 12)}…)` : ''}${summary}`;
  }
}
