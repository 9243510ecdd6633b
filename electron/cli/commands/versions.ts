// `counsel-desk versions <file.cdesk> --draft <title|id>`: the versions kept of a draft, one a line, the number
// first. `--show <n>` prints a version's text; `--version <n> --name <text>` names one and `--version <n>
// --sent <YYYY-MM-DD>` marks it sent (then it is final). Marks are saved as the app saves, into the history.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { blocksToPlainText } from '../../../core/document/plain-text';
import type { HistoryEntry } from '../../../core/history/history-entry';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { readVersion, versionRange } from '../../../core/versions/draft-version';
import { versionLine } from '../../../core/versions/version-line';
import { versionsOf } from '../../../core/versions/version-store';
import { CliError, usageError } from '../cli-error';
import type { CommandOutput } from '../command-output';
import { openMatterFile, saveMatterFile } from '../matter-file-io';
import { parseCommandArgs } from '../parse-command-args';
import { versionedDraft, versionNumber, type VersionedDraft } from '../versioned-draft';

const EXAMPLE = 'counsel-desk versions m.cdesk --draft "Substantive response"';

function parseVersionsArgs(args: string[]) {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: {
        draft: { type: 'string' },
        show: { type: 'string' },
        version: { type: 'string' },
        name: { type: 'string' },
        sent: { type: 'string' },
      },
      allowPositionals: true,
    }),
  );
  const [file, ...extra] = positionals;
  if (!file) throw usageError(`versions needs the matter file and a draft, e.g. ${EXAMPLE}`);
  if (extra.length > 0) throw usageError(`versions takes one matter file; also got: ${extra.join(' ')}`);
  if (!values.draft) throw usageError(`versions needs --draft <title or id>, e.g. ${EXAMPLE}`);
  const marking = values.name !== undefined || values.sent !== undefined;
  if (marking && values.version === undefined)
    throw usageError('--name and --sent need --version <n>, the version to name or mark sent.');
  if (!marking && values.version !== undefined)
    throw usageError(
      '--version <n> goes with --name <text> or --sent <YYYY-MM-DD>; to read a version use --show <n>.',
    );
  if (values.sent !== undefined && !isRealDate(values.sent))
    throw usageError(`--sent ${values.sent} is not a date; write the day the letter went out as YYYY-MM-DD.`);
  if (values.name !== undefined && values.name.trim() === '')
    throw usageError('--name is empty; give the version a name.');
  return {
    file,
    draft: values.draft,
    show: values.show === undefined ? undefined : versionNumber(values.show, '--show'),
    version: values.version === undefined ? undefined : versionNumber(values.version, '--version'),
    name: values.name?.trim(),
    sent: values.sent,
  };
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

type Request = ReturnType<typeof parseVersionsArgs>;

/** The name and sent mark as pending history entries, applied and sealed by the save. */
function marks(file: MatterFile, draft: VersionedDraft, request: Request, name: string): HistoryEntry[] {
  const number = request.version!;
  const version = versionsOf(file.versions, draft.id).find((v) => v.number === number);
  if (!version)
    throw new CliError(
      `"${draft.title}" has no version ${number}; it has ${versionRange(versionsOf(file.versions, draft.id))}. ${name} was not changed.`,
    );
  if (version.sent)
    throw new CliError(
      `Version ${number} of "${draft.title}" was marked sent on ${version.sent.date}; a sent version is final and cannot be renamed or marked again. ${name} was not changed.`,
    );
  const at = new Date().toISOString();
  const base = { at, author: '', draftId: draft.id, draftTitle: draft.title, version: number };
  return [
    ...(request.name !== undefined
      ? [{ ...base, id: randomUUID(), kind: 'version-named' as const, name: request.name }]
      : []),
    ...(request.sent !== undefined
      ? [{ ...base, id: randomUUID(), kind: 'version-sent' as const, sentDate: request.sent }]
      : []),
  ];
}

export async function versionsCommand(args: string[], out: CommandOutput): Promise<number> {
  const request = parseVersionsArgs(args);
  const file = await openMatterFile(request.file);
  const name = path.basename(request.file);
  const draft = versionedDraft(file, request.draft, name);
  if (request.show !== undefined) {
    out.print(
      blocksToPlainText(readVersion(file.versions, draft.id, request.show, draft.title).content.body),
    );
    return 0;
  }
  if (request.version !== undefined) {
    const entries = marks(file, draft, request, name);
    await saveMatterFile(request.file, { ...file, history: [...file.history, ...entries] });
    const did = [
      request.name !== undefined ? `named it "${request.name}"` : '',
      request.sent ? `marked it sent on ${request.sent}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    out.print(`Version ${request.version} of "${draft.title}": ${did}, in ${name}.`);
    return 0;
  }
  const versions = versionsOf(file.versions, draft.id);
  if (versions.length === 0) {
    out.warn(
      `"${draft.title}" has no versions yet: one is kept each time ${name} is saved with the draft changed.`,
    );
    return 0;
  }
  for (const version of versions) out.print(versionLine(version));
  return 0;
}
