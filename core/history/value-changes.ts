// What changed between two saves of the matter, value by value, for the audit trail: "inquiry.requests[1].status
// from pending to withheld". Lists of records (items with an id) are matched by id, so adding a record at the
// top reads as one record added, not every record after it changed.

export interface ValueChange {
  /** Where, as `counsel-desk set` writes paths: `respondent.city`, `records[2].status`. */
  path: string;
  old: string;
  new: string;
}

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const idOf = (value: Json): string | undefined =>
  isObject(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;

/** A value as the history shows it: text as written, an item by its description, anything else as JSON. */
export function valueText(value: Json): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    const name = value.description ?? value.title ?? value.name ?? value.text ?? value.number;
    if (typeof name === 'string' && name !== '') return `(${name})`;
  }
  return JSON.stringify(value);
}

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function same(a: Json, b: Json): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function arrayChanges(before: Json[], after: Json[], path: string, out: ValueChange[]): void {
  const byId = before.every((item) => idOf(item)) && after.every((item) => idOf(item));
  if (!byId) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) collect(before[i], after[i], join(path, i), out);
    return;
  }
  const earlier = new Map(before.map((item) => [idOf(item)!, item]));
  after.forEach((item, index) => {
    const id = idOf(item)!;
    collect(earlier.get(id), item, join(path, index), out);
    earlier.delete(id);
  });
  // Removed items are named where they were.
  before.forEach((item, index) => {
    if (earlier.has(idOf(item)!)) collect(item, undefined, join(path, index), out);
  });
}

function collect(before: Json, after: Json, path: string, out: ValueChange[]): void {
  if (same(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) return arrayChanges(before, after, path, out);
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) collect(before[key], after[key], join(path, key), out);
    return;
  }
  out.push({ path, old: valueText(before), new: valueText(after) });
}

/** Every value that differs between `before` and `after` (plain JSON), in the order of `after`. */
export function valueChanges(before: Json, after: Json, path = ''): ValueChange[] {
  const out: ValueChange[] = [];
  collect(before, after, path, out);
  return out;
}
