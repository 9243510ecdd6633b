// JSON with object keys in sorted order, so the same value always has the same text: versions are
// shared by their text, and the history's fingerprints are taken of it.

/** `JSON.stringify` with sorted keys; `undefined` properties are left out, as JSON.stringify leaves them. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
