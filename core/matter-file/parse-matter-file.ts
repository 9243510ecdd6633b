// Turns the text of a `.cdesk` file into a validated MatterFile, or a DeskError that says what is wrong and
// where (line and column for broken JSON, field paths for wrong values). Shared by the app and the CLI.
import { DeskError } from '../api/result';
import { checkBlocks } from '../document/document-schema';
import { MATTER_SCHEMA_VERSION } from '../matter/schema';
import { MATTER_FILE_FORMAT, MATTER_FILE_VERSION, matterFileSchema } from './matter-file';
import type { Draft, MatterFile } from './matter-file';
import { jsonProblem } from './json-problem';
import { upgradeMatterFileJson } from './migrate-file';

/** Where the file's JSON breaks and what to do, without quoting a byte of it (it may not be a matter at all). */
export function jsonRefusal(text: string, name: string): DeskError {
  const problem = jsonProblem(text);
  const backup = `Its previous save, if Counsel Desk saved it before, is beside it as ${name}.bak: copy that file, give the copy a name ending in .cdesk (such as "${name.replace(/\.cdesk$/i, '')} restored.cdesk") and open the copy.`;
  if (!problem)
    return new DeskError('invalid-file', `${name} could not be read as JSON. The file was not changed.`);
  const where = `line ${problem.line}, column ${problem.column}`;
  switch (problem.kind) {
    case 'empty':
      return new DeskError('invalid-file', `${name} is empty. The file was not changed. ${backup}`);
    case 'binary':
      return new DeskError(
        'invalid-file',
        `${name} is not a Counsel Desk matter file: it holds binary data, not text. Choose a .cdesk file saved by Counsel Desk.`,
      );
    case 'not-json':
      return new DeskError(
        'invalid-file',
        `${name} is not a Counsel Desk matter file: it is not JSON (${where}). Choose a .cdesk file saved by Counsel Desk.`,
      );
    case 'cut-short':
      return new DeskError(
        'invalid-file',
        `${name} is cut short: it ends at ${where} in the middle of the matter, as when a save or a copy is interrupted. The file was not changed. ${backup}`,
      );
    default:
      return new DeskError(
        'invalid-file',
        `${name} is damaged: ${problem.reason} at ${where}. The file was not changed. ${backup}`,
      );
  }
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw jsonRefusal(text, name);
  }
}

/** A file or matter format version this copy cannot read: say so before any value is checked. */
function newerVersion(json: object, name: string): DeskError | undefined {
  const fileVersion = (json as { fileVersion?: unknown }).fileVersion;
  const matter = (json as { matter?: unknown }).matter;
  const matterVersion =
    typeof matter === 'object' && matter !== null
      ? (matter as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  const newer =
    typeof fileVersion === 'number' && fileVersion > MATTER_FILE_VERSION
      ? { what: 'file', version: fileVersion, reads: MATTER_FILE_VERSION }
      : typeof matterVersion === 'number' && matterVersion > MATTER_SCHEMA_VERSION
        ? { what: 'matter', version: matterVersion, reads: MATTER_SCHEMA_VERSION }
        : undefined;
  if (!newer) return undefined;
  return new DeskError(
    'newer-version',
    `${name} was written by a newer Counsel Desk (${newer.what} version ${newer.version}); this version reads up to version ${newer.reads}. Update Counsel Desk to open it; the file was not changed.`,
  );
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
  const newer = newerVersion(json, name);
  if (newer) throw newer;
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
