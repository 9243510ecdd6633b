// How a field remembers the helpers that formatted it: a chain such as `legalDate`, `businessDaysAfter 10`
// or `legalDate | upper`, arguments written as JSON. The editor re-applies the chain to a new matter value.
import { stripControlCharacters } from './field-token';
import { FORMATTERS, plainText } from './helpers/formatters';
import type { FormatArg } from './helpers/formatters';

export interface FormatStage {
  helper: string;
  args: FormatArg[];
}

export const formatStage = (helper: string, args: readonly FormatArg[]): string =>
  [helper, ...args.map((arg) => JSON.stringify(arg))].join(' ');

export const appendFormat = (previous: string | undefined, stage: string): string =>
  previous ? `${previous} | ${stage}` : stage;

const TOKEN = /"(?:[^"\\]|\\.)*"|\||[^\s|]+/g;

/** Reads a chain back into stages; unknown helpers are dropped so an old draft still refreshes. */
export function parseFormat(format: string | undefined): FormatStage[] {
  if (!format) return [];
  const stages: FormatStage[] = [];
  let current: FormatStage | undefined;
  for (const [token] of format.matchAll(TOKEN)) {
    if (token === '|') {
      current = undefined;
    } else if (!current) {
      current = { helper: token, args: [] };
      stages.push(current);
    } else {
      try {
        current.args.push(JSON.parse(token) as FormatArg);
      } catch {
        current.args.push(token);
      }
    }
  }
  return stages.filter((stage) => Object.prototype.hasOwnProperty.call(FORMATTERS, stage.helper));
}

/** The text a field shows for a raw matter value under a format chain (control characters dropped). */
export function applyFormat(format: string | undefined, raw: unknown): string {
  let value: unknown = raw;
  let formatted = false;
  for (const stage of parseFormat(format)) {
    value = FORMATTERS[stage.helper]!(value, stage.args);
    formatted = true;
  }
  return stripControlCharacters(formatted ? (value as string) : plainText(value));
}
