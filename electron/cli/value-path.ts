// Where `set` writes: a path typed on the command line (`inquiry.requests[1].status`, `records.0.status`,
// `letter.date`) walked through the file format's own zod schemas, so a value is coerced and checked by the
// schema the file is validated with. Core has path kinds for templates (matter-paths.ts), but not the schema
// at a concrete path of the file with its allowed values, so the walk is here.
import { z } from 'zod';
import { letterFactsSchema } from '../../core/letter/letter-facts';
import { matterSchema } from '../../core/matter/schema';
import { recordSchema } from '../../core/records/record';
import { CliError } from './cli-error';

export type PathRoot = 'matter' | 'records' | 'letter';

export interface ValuePath {
  root: PathRoot;
  /** Segments below the root's value: `records[0].status` is ['0', 'status'] under the records list. */
  segments: string[];
  /** The path as messages show it, in bracket form: `inquiry.requests[1].status`. */
  display: string;
  /** The schema of the value there, defaults and optionals unwrapped. */
  leaf: z.ZodType;
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { def: SchemaDef }).def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (defOf(current).innerType) current = defOf(current).innerType!;
  return current;
}

/** `inquiry.requests[1].status` and `inquiry.requests.1.status` both become its segments. */
export function pathSegments(typed: string): string[] {
  const segments = typed.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (typed.trim() === '' || segments.some((s) => !/^[A-Za-z0-9_-]+$/.test(s))) {
    throw new CliError(
      `"${typed}" is not a field path. Write it like inquiry.requests[1].status or respondent.city.`,
    );
  }
  return segments;
}

const bracket = (segments: readonly string[]): string =>
  segments.reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');

const ROOTS: Record<PathRoot, z.ZodType> = {
  matter: matterSchema,
  records: z.array(recordSchema),
  letter: letterFactsSchema,
};

function childSchema(schema: z.ZodType, value: unknown, segment: string, where: string[]): z.ZodType {
  const def = defOf(schema);
  const here = bracket(where) || 'A matter';
  if (def.type === 'object' && def.shape) {
    const child = def.shape[segment];
    if (child) return child;
    const fields = Object.keys(def.shape).join(', ');
    throw new CliError(`${here} has no field "${segment}". Its fields: ${fields}.`);
  }
  if (def.type === 'array' && def.element) {
    const length = Array.isArray(value) ? value.length : 0;
    if (!/^\d+$/.test(segment)) throw new CliError(`${here} is a list; name an item by number: ${here}[0].`);
    if (Number(segment) >= length) {
      const items =
        length === 0
          ? 'no items'
          : `${length} ${length === 1 ? 'item' : 'items'} (${here}[0] to ${here}[${length - 1}])`;
      throw new CliError(`${here} has ${items}; there is no ${here}[${segment}].`);
    }
    return def.element;
  }
  if (def.type === 'record' && def.valueType) return def.valueType;
  throw new CliError(`${here} is a single value; it has no "${segment}".`);
}

function leafProblem(leaf: z.ZodType, value: unknown, display: string): string | undefined {
  const def = defOf(leaf);
  if (def.type === 'literal') return `${display} is the file format's version; it cannot be set.`;
  if (def.type === 'object')
    return `${display} is a group of fields (${Object.keys(def.shape ?? {}).join(', ')}); set one of them, e.g. ${display}.${Object.keys(def.shape ?? {})[0]}.`;
  if (def.type === 'array') {
    const itemFields = Object.keys(defOf(unwrap(def.element!)).shape ?? {});
    const example = `${display}[0]${itemFields[0] ? `.${['text', 'status'].find((f) => itemFields.includes(f)) ?? itemFields[0]}` : ''}`;
    return `${display} is a list (${Array.isArray(value) ? value.length : 0} items); set one item's value, e.g. ${example}.`;
  }
  if (def.type === 'record') return `${display} is a group of fields; name one, e.g. ${display}.myField.`;
  return undefined;
}

/** Resolves a typed path against the file's schemas, or says what is wrong with it. */
export function resolveValuePath(typed: string, values: Record<PathRoot, unknown>): ValuePath {
  const all = pathSegments(typed);
  const root: PathRoot = all[0] === 'records' ? 'records' : all[0] === 'letter' ? 'letter' : 'matter';
  const segments = root === 'matter' ? all : all.slice(1);
  const display = bracket(all);
  if (root === 'letter' && segments[0] === 'exhibits')
    throw new CliError(
      'letter.exhibits is derived from the records list; set letter.exhibitIds or a record instead.',
    );
  if (root === 'records' && segments[1] === 'id')
    throw new CliError(`${display} links the record to letters and exhibits; it cannot be changed.`);
  let schema = unwrap(ROOTS[root]);
  let value = values[root];
  const where = root === 'matter' ? [] : [all[0]!];
  for (const segment of segments) {
    schema = unwrap(childSchema(schema, value, segment, where));
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    where.push(segment);
  }
  const problem = leafProblem(schema, value, display);
  if (problem) throw new CliError(problem);
  return { root, segments, display, leaf: schema };
}

/** The typed text as the schema's kind of value: a number, true/false, one of a choice, or text. */
export function coerceValue(path: ValuePath, typed: string): unknown {
  const def = defOf(path.leaf);
  if (def.type === 'number') {
    const n = Number(typed.trim());
    if (typed.trim() === '' || !Number.isFinite(n))
      throw new CliError(`${path.display} takes a number, not "${typed}".`);
    return n;
  }
  if (def.type === 'boolean') {
    const word = typed.trim().toLowerCase();
    if (word === 'true' || word === 'yes') return true;
    if (word === 'false' || word === 'no') return false;
    throw new CliError(`${path.display} takes true or false, not "${typed}".`);
  }
  if (def.type === 'enum') {
    const allowed = (path.leaf as unknown as { options: string[] }).options;
    if (allowed.includes(typed)) return typed;
    throw new CliError(`${path.display} must be one of: ${allowed.join(', ')} (not "${typed}").`);
  }
  return typed;
}
