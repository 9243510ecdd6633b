// Every field path a template can read (the matter, the letter's facts, the records views), read from the zod schema itself so templates, labels and checks
// can never drift from the file format. Paths use `[]` for list items: `inquiry.requests[].text`.
import type { z } from 'zod';
import { templateContextSchema } from '../pipeline/context-schema';
import { isoDate } from './schema';

export type PathKind = 'group' | 'list' | 'record' | 'text' | 'date' | 'number' | 'boolean' | 'choice';

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { def: SchemaDef }).def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); def.innerType; def = defOf(current)) {
    if (current === isoDate) break;
    current = def.innerType;
  }
  return current;
}

function leafKind(schema: z.ZodType): PathKind {
  if (schema === isoDate) return 'date';
  switch (defOf(schema).type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
    case 'literal':
      return 'choice';
    default:
      return 'text';
  }
}

function collect(schema: z.ZodType, prefix: string, into: Map<string, PathKind>): void {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape) {
    if (prefix) into.set(prefix, 'group');
    for (const [key, child] of Object.entries(def.shape))
      collect(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (def.type === 'array' && def.element) {
    into.set(prefix, 'list');
    collect(def.element, `${prefix}[]`, into);
  } else if (def.type === 'record') {
    into.set(prefix, 'record');
  } else {
    into.set(prefix, leafKind(inner));
  }
}

const PATHS = new Map<string, PathKind>();
collect(templateContextSchema, '', PATHS);

/** `inquiry.requests.2.text` and `inquiry.requests[2].text` both become `inquiry.requests[].text`. */
export const normalizePath = (path: string): string =>
  path.replace(/\[\d*\]/g, '[]').replace(/\.(\d+)(?=\.|$)/g, '[]');

/** `inquiry.requests.2.text` -> `inquiry.requests[2].text`, the form validation messages use. */
export const bracketPath = (path: string): string => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/** What the schema holds at a path (any form), or undefined if the path is not part of a matter. */
export function pathKind(path: string): PathKind | undefined {
  const normal = normalizePath(path);
  if (/^(letter\.)?custom\.[A-Za-z_][\w-]*$/.test(normal)) return 'text';
  return PATHS.get(normal);
}

/** Every schema path with its kind, in schema order (for suggestions and completeness lists). */
export const allMatterPaths = (): ReadonlyMap<string, PathKind> => PATHS;

/** Reads the value at a dotted path (`inquiry.requests.2.text`); undefined where the matter has none. */
export function valueAtPath(root: unknown, path: string): unknown {
  let current = root;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
