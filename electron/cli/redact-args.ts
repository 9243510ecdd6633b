// The command line of `counsel-desk redact`: which record (or every record), and what to black out — a
// phrase (--text) or a box on a page (--box <page>:<x>,<y>,<width>,<height>, in points from the top-left
// corner of the page as seen, 72 to the inch) — with the reason printed on it.
import { parseArgs } from 'node:util';
import type { RedactionRect } from '../../core/production/redaction';
import { usageError } from './cli-error';
import { parseCommandArgs } from './parse-command-args';

const EXAMPLE = 'counsel-desk redact m.cdesk --record 3 --text "Jane Doe" --reason 552.101';

export interface RedactArgs {
  file: string;
  record?: string;
  all: boolean;
  text?: string;
  box?: { page: number; rect: RedactionRect };
  reason: string;
  library?: string;
}

function parseBox(typed: string): { page: number; rect: RedactionRect } {
  const match = /^\s*(\d+)\s*:\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*$/.exec(typed);
  if (!match || Number(match[1]) < 1)
    throw usageError(
      `--box takes <page>:<x>,<y>,<width>,<height> in points from the top-left corner of the page, e.g. --box 2:72,144,200,14 (got "${typed}").`,
    );
  const [page, x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number, number];
  return { page, rect: { x, y, width, height } };
}

export function parseRedactArgs(args: string[]): RedactArgs {
  const { values, positionals } = parseCommandArgs(() =>
    parseArgs({
      args,
      options: {
        record: { type: 'string' },
        text: { type: 'string' },
        box: { type: 'string' },
        reason: { type: 'string' },
        library: { type: 'string' },
        'all-records': { type: 'boolean' },
      },
      allowPositionals: true,
    }),
  );
  const [file, ...extra] = positionals;
  if (file === undefined) throw usageError(`redact needs the matter file, e.g. ${EXAMPLE}`);
  if (extra.length > 0)
    throw usageError(
      `redact takes one matter file; put a phrase with spaces in quotes (also got: ${extra.join(' ')}).`,
    );
  const text = values.text?.trim() ? values.text : undefined;
  if ((text === undefined) === (values.box === undefined))
    throw usageError(
      `redact needs either --text, the phrase to black out, or --box, a box on a page, e.g. ${EXAMPLE}`,
    );
  if (!values.reason?.trim())
    throw usageError(`redact needs --reason, the reason printed on each box, e.g. ${EXAMPLE}`);
  const all = values['all-records'] === true;
  if (!all && values.record === undefined)
    throw usageError(
      `redact needs --record (its number, exhibit label or id) or --all-records, e.g. ${EXAMPLE}`,
    );
  if (all && values.record !== undefined)
    throw usageError('give either --record or --all-records, not both.');
  if (all && values.box !== undefined)
    throw usageError('a box is drawn on one page of one record: give --record, not --all-records.');
  return {
    file,
    record: values.record,
    all,
    text,
    box: values.box === undefined ? undefined : parseBox(values.box),
    reason: values.reason,
    library: values.library,
  };
}
