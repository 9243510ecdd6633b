// Checks a whole matter file with the file format's zod schema before it is saved: what `set` runs after a
// change. Matter values get validateMatter's messages (path and label); records and letters are named by path.
import type { z } from 'zod';
import { matterFileSchema, type MatterFile } from '../../core/matter-file/matter-file';
import { validateMatter } from '../../core/matter/validate-matter';

const bracketPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

function describe(issue: z.core.$ZodIssue, file: MatterFile): string {
  const text =
    issue.code === 'invalid_value' ? `must be one of: ${issue.values.map(String).join(', ')}` : issue.message;
  const [part, index, ...rest] = issue.path;
  if (part === 'drafts' && typeof index === 'number') {
    const title = file.drafts[index]?.title ?? `draft ${index + 1}`;
    return `${bracketPath(rest)} of the draft "${title}" ${text}`;
  }
  return `${bracketPath(issue.path)} ${text}`;
}

/** One sentence per wrong value; empty when the file may be saved. */
export function fileProblems(file: MatterFile): string[] {
  const result = matterFileSchema.safeParse(file);
  if (result.success) return [];
  const matter = validateMatter(file.matter).problems.map((problem) => problem.message);
  const others = result.error.issues
    .filter((issue) => issue.path[0] !== 'matter')
    .map((i) => describe(i, file));
  return [...matter, ...others];
}
