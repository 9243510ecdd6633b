// A draft named on the command line by its id or its title; an unknown or ambiguous name lists the drafts.
import type { Draft, MatterFile } from '../../core/matter-file/matter-file';
import { CliError } from './cli-error';

const listing = (drafts: readonly Draft[]): string[] =>
  drafts.length > 0
    ? drafts.map((d) => `${d.id}  ${d.title}${d.damaged ? '  (damaged)' : ''}`)
    : ['(the file has no drafts yet)'];

/** `fileName` is how the file is named in messages. */
export function findDraft(file: MatterFile, which: string, fileName: string): Draft {
  const byId = file.drafts.find((d) => d.id === which);
  if (byId) return byId;
  const exact = file.drafts.filter((d) => d.title === which);
  const titled =
    exact.length > 0 ? exact : file.drafts.filter((d) => d.title.toLowerCase() === which.toLowerCase());
  if (titled.length === 1) return titled[0]!;
  if (titled.length > 1) {
    throw new CliError(
      `${fileName} has ${titled.length} drafts titled "${which}". Give the id of the one you mean:`,
      1,
      listing(titled),
    );
  }
  throw new CliError(
    `${fileName} has no draft "${which}". Give one of these ids or titles:`,
    1,
    listing(file.drafts),
  );
}

/** The draft, refused when it could not be read on open (its sentence names the file and the draft). */
export function findReadableDraft(file: MatterFile, which: string, fileName: string): Draft {
  const draft = findDraft(file, which, fileName);
  if (draft.damaged) throw new CliError(draft.damaged);
  return draft;
}
