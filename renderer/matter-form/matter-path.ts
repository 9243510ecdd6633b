// Reads and writes matter values by the dotted paths field nodes and templates use
// (`inquiry.requests.2.text`; the form's declared `inquiry.requests[].text` becomes that per item).
type Container = Record<string, unknown> | unknown[];

const segments = (path: string): string[] => path.split('.').filter((s) => s !== '');

export function getAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const segment of segments(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Returns a copy of `root` with `value` at `path`; containers along the way are copied, the rest shared. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = segments(path);
  if (head === undefined) return value as T;
  const container = (root ?? {}) as Container;
  const child = (container as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : setAt(child, rest.join('.'), value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(head)] = next;
    return copy as T;
  }
  return { ...container, [head]: next } as T;
}

/** `inquiry.requests[].text` for item 2 -> `inquiry.requests.2.text`. */
export const itemFieldPath = (declared: string, index: number): string => declared.replace('[]', `.${index}`);

/** The list a declared item field belongs to: `inquiry.requests[].text` -> `inquiry.requests`. */
export const listOf = (declared: string): string | undefined =>
  declared.includes('[]') ? declared.slice(0, declared.indexOf('[]')) : undefined;
