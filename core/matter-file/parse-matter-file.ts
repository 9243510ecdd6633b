// Turns the text of a `.cdesk` file into a validated MatterFile, or a DeskError that says what is wrong and
// where (line and column for broken JSON, field paths for wrong values). Shared by the app and the CLI.
import { DeskError } from '../api/result';
import { checkBlocks } from '../document/document-schema';
import { MATTER_FILE_FORMAT, MATTER_FILE_VERSION, matterFileSchema } from './matter-file';
import type { Draft, MatterFile } from './matter-file';
import { upgradeMatterFileJson } from './migrate-file';

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function jsonErrorOffset(message: string, text: string): number {
  const match = /position (\d+)/.exec(message);
  return match ? Number(match[1]) : text.length;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/ in JSON at position \d+.*$/, '') : 'broken JSON';
    const { line, column } = lineColumnAt(text, jsonErrorOffset(String((error as Error).message), text));
    throw new DeskError(
      'invalid-file',
      `${name} is damaged: ${reason} at line ${line}, column ${column}. The file was not changed; open its backup (${name}.bak) if there is one.`,
    );
  }
}

const issuePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** Validates a parsed `.cdesk` file. `name` is how the file is named in messages (usually its base name). */
export function parseMatterFileText(text: string, name: string): MatterFile {
  const json = parseJson(text, name);
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== MATTER_FILE_FORMAT
  ) {
    throw new DeskError(
      'invalid-file',
      `${name} is not a Counsel Desk matter file (it has no "format": "${MATTER_FILE_FORMAT}"). Choose a .cdesk file saved by Counsel Desk.`,
    );
  }
  const version = (json as { fileVersion?: unknown }).fileVersion;
  if (typeof version === 'number' && version > MATTER_FILE_VERSION) {
    throw new DeskError(
      'newer-version',
      `${name} was made by a newer Counsel Desk (file version ${version}; this copy reads version ${MATTER_FILE_VERSION}). Update Counsel Desk to open it; the file was not changed.`,
    );
  }
  const result = matterFileSchema.safeParse(upgradeMatterFileJson(json));
  if (!result.success) {
    const details = result.error.issues.map(
      (issue) => `${issuePath(issue.path) || '(file)'}: ${issue.message}`,
    );
    throw new DeskError(
      'invalid-file',
      `${name} has ${details.length === 1 ? 'a value' : `${details.length} values`} Counsel Desk cannot read (${details[0]}). The file was not changed.`,
      details,
    );
  }
  return { ...result.data, drafts: result.data.drafts.map((draft) => withDamage(draft, name)) };
}

/** Marks a draft whose stored text cannot be read; its content stays as stored, so a save keeps it. */
function withDamage(draft: Draft, fileName: string): Draft {
  const { damaged: _previous, ...rest } = draft;
  const body = checkBlocks(draft.body);
  const base = draft.base === null ? body : checkBlocks(draft.base);
  const problem = !body.ok ? body.problem : !base.ok ? `its last render: ${base.problem}` : undefined;
  if (!problem) return rest;
  return {
    ...rest,
    damaged: `The draft "${draft.title}" in ${fileName} is damaged and cannot be opened: ${problem}. The other drafts open as usual; the file was not changed, and this draft is kept as stored.`,
  };
}

/** Drafts that could not be read, with the sentence that says why. */
export const damagedDrafts = (file: MatterFile): { id: string; title: string; problem: string }[] =>
  file.drafts.flatMap((d) => (d.damaged ? [{ id: d.id, title: d.title, problem: d.damaged }] : []));
