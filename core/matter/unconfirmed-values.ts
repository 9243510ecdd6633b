// Every value of a matter and its records that still holds a "[Fill: …]" or "[Confirm: …]" mark, required or
// not, by field path: what the attorney has still to supply or confirm before a letter goes out (a mark in an
// optional field would print in the letter as it stands).
import { bracketPath } from './matter-paths';
import { holdsPlaceholder, placeholderIn } from './placeholder-value';

export interface UnconfirmedValue {
  /** Bracket form, as `check` and `set` write it: `inquiry.requests[1].answer`, `records[0].basis`. */
  path: string;
  /** The first mark in the value: "[Confirm: the deadline]". */
  mark: string;
}

function collect(node: unknown, dotted: string, out: UnconfirmedValue[]): void {
  if (typeof node === 'string') {
    if (holdsPlaceholder(node)) out.push({ path: bracketPath(dotted), mark: placeholderIn(node) });
  } else if (Array.isArray(node)) {
    node.forEach((item, index) => collect(item, `${dotted}.${index}`, out));
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) collect(value, dotted ? `${dotted}.${key}` : key, out);
  }
}

/** The marked values of the matter, then of its records (`records[i].…`), in file order. */
export function unconfirmedValues(matter: unknown, records: readonly unknown[] = []): UnconfirmedValue[] {
  const out: UnconfirmedValue[] = [];
  collect(matter, '', out);
  collect(records, 'records', out);
  return out;
}
