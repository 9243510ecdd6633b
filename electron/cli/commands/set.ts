// `counsel-desk set <file.cdesk> <path> <value> [--draft <title|id>]`: changes one value of the matter, of its
// records list, or (with --draft) of one letter's facts; coerced and checked by the file's schema, then saved
// as the app saves. On any error nothing is written.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Draft, MatterFile } from '../../../core/matter-file/matter-file';
import { CliError, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { fileProblems } from '../file-problems';
import { findReadableDraft } from '../find-draft';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { coerceValue, pathSegments, resolveValuePath, type ValuePath } from '../value-path';

const EXAMPLE = 'counsel-desk set m.cdesk inquiry.requests[1].status withheld';

function parseSetArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({ args, options: { draft: { type: 'string' } }, allowPositionals: true }),
  );
  const [file, valuePath, value, ...extra] = positionals;
  if (file === undefined || valuePath === undefined || value === undefined)
    throw usageError(`set needs the matter file, a field path and a value, e.g. ${EXAMPLE}`);
  if (extra.length > 0)
    throw usageError(
      `set takes one value; put a value with spaces in quotes, e.g. "City of Dallas" (also got: ${extra.join(' ')}).`,
    );
  return { file, path: valuePath, value, draft: values.draft };
}

function withValueAt(root: unknown, segments: readonly string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = withValueAt(root[Number(head)], rest, value);
    return copy;
  }
  const record = (root ?? {}) as Record<string, unknown>;
  return { ...record, [head]: withValueAt(record[head], rest, value) };
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  return segments.reduce<unknown>(
    (value, segment) =>
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined,
    root,
  );
}

function changedFile(
  file: MatterFile,
  where: ValuePath,
  value: unknown,
  draft: Draft | undefined,
): MatterFile {
  if (where.root === 'matter')
    return { ...file, matter: withValueAt(file.matter, where.segments, value) as MatterFile['matter'] };
  if (where.root === 'records')
    return { ...file, records: withValueAt(file.records, where.segments, value) as MatterFile['records'] };
  const updatedAt = new Date().toISOString();
  const drafts = file.drafts.map((d) =>
    d.id === draft?.id
      ? { ...d, updatedAt, letter: withValueAt(d.letter, where.segments, value) as Draft['letter'] }
      : d,
  );
  return { ...file, drafts };
}

/** Which draft a letter value belongs to; a matter value belongs to none. */
function draftFor(
  file: MatterFile,
  request: ReturnType<typeof parseSetArgs>,
  name: string,
): Draft | undefined {
  const isLetter = pathSegments(request.path)[0] === 'letter';
  if (isLetter && request.draft === undefined)
    throw new CliError(`${request.path} belongs to one letter; name its draft with --draft <title or id>.`);
  if (!isLetter && request.draft !== undefined)
    throw new CliError(
      `${request.path} is part of the matter, shared by every draft; leave out --draft (only letter.… values belong to one draft).`,
    );
  return request.draft === undefined ? undefined : findReadableDraft(file, request.draft, name);
}

export async function setCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseSetArgs(args);
  const file = await openMatterFile(request.file);
  const name = path.basename(request.file);
  const draft = draftFor(file, request, name);
  let where: ValuePath;
  let value: unknown;
  try {
    where = resolveValuePath(request.path, {
      matter: file.matter,
      records: file.records,
      letter: draft?.letter,
    });
    value = coerceValue(where, request.value);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    throw new CliError(`${error.message} ${name} was not changed.`, error.exitCode);
  }
  const root =
    where.root === 'matter' ? file.matter : where.root === 'records' ? file.records : draft!.letter;
  const before = valueAt(root, where.segments);
  const of = draft ? ` of the draft "${draft.title}"` : '';
  if (before === value) {
    out.print(`${where.display}${of} is already ${JSON.stringify(value)}; ${name} was not changed.`);
    return 0;
  }
  const changed = changedFile(file, where, value, draft);
  const problems = fileProblems(changed);
  if (problems.length > 0)
    throw new CliError(`${name} was not changed: ${problems[0]}.`, 1, problems.slice(1));
  await saveMatterFile(request.file, changed);
  out.print(
    `Set ${where.display}${of} to ${JSON.stringify(value)} (was ${JSON.stringify(before ?? '')}) in ${name}.`,
  );
  return 0;
}
