// What could be wrong with a version-1 matter JSON beyond what validateMatter sees once it is lifted:
// liftMatterV1 quietly treats a list that is not a list as empty, and the records and the letter date it
// moves out of the matter are checked by other schemas. Every problem names the path the user's file has.
import { z } from 'zod';
import type { LiftedFromMatter } from '../../core/matter-file/migrate-file';
import { fieldLabel } from '../../core/matter/field-labels';
import { isoDate } from '../../core/matter/schema';
import type { MatterProblem } from '../../core/matter/validate-matter';
import { recordSchema, type MatterRecord } from '../../core/records/record';

const problem = (path: string, text: string): MatterProblem => {
  const label = fieldLabel(path);
  return { path, label, message: `${path} (${label}) ${text}` };
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The parts of a version-1 matter the lift reads as lists of items.
const LISTS = [
  ['inquiry', 'requests'],
  ['response', 'produced'],
  ['response', 'withheld'],
] as const;

function shapeProblems(json: Record<string, unknown>): MatterProblem[] {
  const problems: MatterProblem[] = [];
  for (const group of ['inquiry', 'response'] as const) {
    if (json[group] !== undefined && !isObject(json[group]))
      problems.push(problem(group, 'must be a group of fields'));
  }
  for (const [group, name] of LISTS) {
    const parent = json[group];
    const list = isObject(parent) ? parent[name] : undefined;
    if (list === undefined) continue;
    if (!Array.isArray(list)) problems.push(problem(`${group}.${name}`, 'must be a list'));
    else
      list.forEach((item, index) => {
        if (!isObject(item))
          problems.push(problem(`${group}.${name}[${index}]`, 'must be a group of fields'));
      });
  }
  return problems;
}

/** `migrated-produced-3` came from `response.produced[2]`. */
function originOf(record: unknown): string {
  const id = isObject(record) && typeof record.id === 'string' ? record.id : '';
  const match = /^migrated-(produced|withheld)-(\d+)$/.exec(id);
  return match ? `response.${match[1]}[${Number(match[2]) - 1}]` : 'response';
}

function recordProblems(records: unknown[]): { records: MatterRecord[]; problems: MatterProblem[] } {
  const result = z.array(recordSchema).safeParse(records);
  if (result.success) return { records: result.data, problems: [] };
  const seen = new Set<string>();
  const problems = result.error.issues.flatMap((issue) => {
    const [index, field] = issue.path;
    const path = `${originOf(records[Number(index)])}${field === undefined ? '' : `.${String(field)}`}`;
    if (seen.has(path)) return [];
    seen.add(path);
    return [problem(path, issue.message)];
  });
  return { records: [], problems };
}

/** The lifted records, or the problems (by version-1 path) that keep the matter from being read. */
export function liftedProblems(
  json: unknown,
  lifted: LiftedFromMatter,
): { records: MatterRecord[]; problems: MatterProblem[] } {
  const shape = isObject(json) ? shapeProblems(json) : [];
  const records = recordProblems(lifted.records);
  const date = isoDate.safeParse(lifted.letter.date);
  const letter = date.success ? [] : [problem('response.letterDate', date.error.issues[0]!.message)];
  return { records: records.records, problems: [...shape, ...records.problems, ...letter] };
}
