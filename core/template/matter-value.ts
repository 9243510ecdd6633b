// During a render every matter value travels as a MatterValue. Helpers read its raw value; when Handlebars
// writes it out, toString hands back a field token and records the value, so the value never becomes markup.
import { stripControlCharacters } from './field-token';
import { plainText } from './helpers/formatters';

/** Collects the values a render writes out; `emit` returns the token that stands in the markup. */
export interface FieldSink {
  emit(value: MatterValue): string;
}

export class MatterValue {
  constructor(
    /** Absolute dotted path: `inquiry.requests.2.text`. */
    readonly path: string,
    /** The value as the matter holds it (a list for `joinList recipients`). */
    readonly raw: unknown,
    /** The helper chain that produced `display` (see field-format.ts); undefined for the plain value. */
    readonly format: string | undefined,
    readonly display: string,
    private readonly sink: FieldSink,
  ) {}

  /** What the next helper in a chain works on: the formatted text, or the raw value if none yet. */
  get input(): unknown {
    return this.format ? this.display : this.raw;
  }

  derive(format: string, display: string): MatterValue {
    return new MatterValue(this.path, this.raw, format, stripControlCharacters(display), this.sink);
  }

  toString(): string {
    return this.sink.emit(this);
  }

  toHTML(): string {
    return this.sink.emit(this);
  }
}

/** Lists and groups of a wrapped matter, mapped to where they came from (for `joinList list`, `plural list`). */
const containers = new WeakMap<object, MatterValue>();

export const trackedContainer = (value: unknown): MatterValue | undefined =>
  value !== null && typeof value === 'object' ? containers.get(value) : undefined;

/** The matter as Handlebars sees it: same shape, leaves replaced by MatterValues carrying their path. */
export function wrapMatter(raw: unknown, path: string, sink: FieldSink): unknown {
  if (Array.isArray(raw)) {
    const list = raw.map((item, index) => wrapMatter(item, path ? `${path}.${index}` : String(index), sink));
    containers.set(list, new MatterValue(path, raw, undefined, '', sink));
    return list;
  }
  if (raw !== null && typeof raw === 'object') {
    // No prototype: a custom field named `__proto__` or `constructor` stays an ordinary value.
    const group = Object.create(null) as Record<string, unknown>;
    for (const [key, value] of Object.entries(raw))
      group[key] = wrapMatter(value, path ? `${path}.${key}` : key, sink);
    containers.set(group, new MatterValue(path, raw, undefined, '', sink));
    return group;
  }
  return new MatterValue(path, raw, undefined, stripControlCharacters(plainText(raw)), sink);
}

/** The plain value behind anything a helper may receive. */
export function unwrap(value: unknown): unknown {
  if (value instanceof MatterValue) return value.input;
  const container = trackedContainer(value);
  return container ? container.raw : value;
}

/** Handlebars' idea of "empty", applied to the real value: '', [], 0, false, null and undefined. */
export function isEmptyValue(value: unknown, includeZero = false): boolean {
  const plain = unwrap(value);
  if (plain === 0) return !includeZero;
  if (Array.isArray(plain)) return plain.length === 0;
  return plain === undefined || plain === null || plain === false || plain === '';
}
