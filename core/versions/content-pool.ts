// Where a matter file keeps its versions: a pool of JSON texts, each stored once. A large array or object is
// stored as references to its parts, so versions share the passages they have in common and a version that
// changed one paragraph costs that paragraph and a short list of references.
import { canonicalJson } from './canonical-json';

/** A value whose JSON is longer than this is stored as references to its parts (so its parts are shared). */
const SPLIT_OVER = 1024;

/** A stored entry that cannot be read: the file was damaged or edited by hand. */
export class PoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoolError';
  }
}

interface Encoded {
  json: string;
  /** Set when the value was stored as references to its parts. */
  ref?: number;
}

/** Runs of consecutive references written as ranges: [0,1,2,3,9,5,6] is "0-3,9,5-6". */
export function encodeRefs(refs: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < refs.length;) {
    let end = i;
    while (end + 1 < refs.length && refs[end + 1] === refs[end]! + 1) end++;
    out.push(end > i ? `${refs[i]}-${refs[end]}` : String(refs[i]));
    i = end + 1;
  }
  return out.join(',');
}

export function decodeRefs(text: string): number[] {
  if (text === '') return [];
  return text.split(',').flatMap((piece) => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(piece);
    if (!match) throw new PoolError(`"${piece}" is not a reference`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) throw new PoolError(`the range ${piece} runs backwards`);
    return Array.from({ length: to - from + 1 }, (_x, k) => from + k);
  });
}

/** Adds values to a pool; entries already there are reused, never changed. */
export class PoolWriter {
  readonly entries: string[];
  private readonly known = new Map<string, number>();

  constructor(pool: readonly string[]) {
    this.entries = [...pool];
    this.entries.forEach((entry, index) => {
      if (!this.known.has(entry)) this.known.set(entry, index);
    });
  }

  /** Stores `value` (plain JSON data) and returns its reference. */
  put(value: unknown): number {
    const encoded = this.encode(value);
    return encoded.ref ?? this.store(`v${encoded.json}`);
  }

  private store(entry: string): number {
    const existing = this.known.get(entry);
    if (existing !== undefined) return existing;
    this.entries.push(entry);
    this.known.set(entry, this.entries.length - 1);
    return this.entries.length - 1;
  }

  private refOf(part: Encoded): number {
    return part.ref ?? this.store(`v${part.json}`);
  }

  private encode(value: unknown): Encoded {
    if (value === null || typeof value !== 'object') return { json: canonicalJson(value) };
    if (Array.isArray(value)) {
      const parts = value.map((item) => this.encode(item ?? null));
      const json = `[${parts.map((p) => p.json).join(',')}]`;
      if (json.length <= SPLIT_OVER) return { json };
      return { json, ref: this.store(`a${encodeRefs(parts.map((p) => this.refOf(p)))}`) };
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    const parts = keys.map((key) => this.encode(record[key]));
    const json = `{${keys.map((key, i) => `${JSON.stringify(key)}:${parts[i]!.json}`).join(',')}}`;
    if (json.length <= SPLIT_OVER) return { json };
    const refs = Object.fromEntries(keys.map((key, i) => [key, this.refOf(parts[i]!)]));
    return { json, ref: this.store(`o${JSON.stringify(refs)}`) };
  }
}

function childRef(child: unknown, parent: number): number {
  // A part is always stored before the value that refers to it, so a reference points backwards.
  if (typeof child !== 'number' || !Number.isInteger(child) || child < 0 || child >= parent)
    throw new PoolError(`entry ${parent} refers to ${JSON.stringify(child)}, which is not an earlier entry`);
  return child;
}

function parseEntry(body: string, ref: number): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new PoolError(`entry ${ref} is not readable JSON`);
  }
}

/** Reads a stored value back. Each call returns fresh objects, safe to change. */
export function readPooled(pool: readonly string[], ref: number): unknown {
  if (!Number.isInteger(ref) || ref < 0 || ref >= pool.length)
    throw new PoolError(`entry ${ref} does not exist (the file keeps ${pool.length})`);
  const entry = pool[ref]!;
  const body = entry.slice(1);
  switch (entry[0]) {
    case 'v':
      return parseEntry(body, ref);
    case 'a':
      return decodeRefs(body).map((child) => readPooled(pool, childRef(child, ref)));
    case 'o': {
      const refs = parseEntry(body, ref);
      if (refs === null || typeof refs !== 'object' || Array.isArray(refs))
        throw new PoolError(`entry ${ref} is not a list of parts`);
      return Object.fromEntries(
        Object.entries(refs).map(([key, child]) => [key, readPooled(pool, childRef(child, ref))]),
      );
    }
    default:
      throw new PoolError(`entry ${ref} is of no known kind`);
  }
}
