// The front matter's problems in words a city's staff can act on: what is wrong with the YAML and how to fix
// it, and which key of which field a declaration gets wrong, located at that key's own line.
import type { Document } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from './template-error';

const QUOTE_IT = 'put the whole value in double quotes, e.g. `title: "Letter: first reply"`';
const LINE_UP =
  'each field starts with `  - path:` and its other keys (`label:`, `type:`, …) line up under `path:`';

/** A YAML syntax error as one sentence with a fix, from the parser's code and message. */
export function yamlProblem(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  const plain = (() => {
    switch (code) {
      case 'BLOCK_AS_IMPLICIT_KEY':
      case 'MULTILINE_IMPLICIT_KEY':
        return `a value holds a second \`: \` or runs onto the next line; ${QUOTE_IT}`;
      case 'MISSING_CHAR':
        return /quote/i.test(first)
          ? 'a quoted value is never closed; add the closing `"` at the end of the value, on the same line'
          : `this line is indented differently from the lines around it; ${LINE_UP}`;
      case 'BAD_INDENT':
        return /flow/i.test(first)
          ? `a value starting with \`[\` or \`{\` is read as a list and is never closed; ${QUOTE_IT}`
          : `this line is indented differently from the lines around it; ${LINE_UP}`;
      case 'TAB_AS_INDENT':
        return 'a tab indents this line; indent with spaces only (two per level)';
      case 'DUPLICATE_KEY':
        return 'this key appears twice in the same place; keep one of them';
      case 'UNEXPECTED_TOKEN':
        return `text follows a quoted value on the same line; ${QUOTE_IT}`;
      default:
        return `${first}; indent with spaces only, line up the keys of one field, and put a value holding \`: \` or \`#\` in double quotes`;
    }
  })();
  return `the front matter is not valid YAML: ${plain}`;
}

type Issue = z.core.$ZodIssue;
interface Ranged {
  range?: [number, number, number];
  items?: { key?: { value?: unknown; range?: [number, number, number] } }[];
}

const KEYS: Record<string, readonly string[]> = {
  top: ['id', 'title', 'description', 'encloses', 'fields'],
  field: ['path', 'label', 'type', 'required', 'help', 'group'],
};

/** Where an issue is, in words: "`title`", "the `type` of field 2 (`inquiry.deadline`)". */
function where(path: readonly PropertyKey[], data: unknown): string {
  if (path[0] === 'fields' && typeof path[1] === 'number') {
    const declared = (data as { fields?: { path?: unknown }[] }).fields?.[path[1]]?.path;
    const field = `field ${path[1] + 1}${typeof declared === 'string' ? ` (\`${declared}\`)` : ''}`;
    return path.length > 2 ? `the \`${String(path[2])}\` of ${field}` : field;
  }
  return path.length ? `\`${path.map(String).join('.')}\`` : 'the front matter';
}

const typeWords: Record<string, string> = {
  boolean: 'must be `true` or `false`',
  string: 'must be text; put it in double quotes if it starts with a number or a sign',
  array: 'must be a list, each item on its own line starting with `  - `',
  object: 'must be a set of keys, each on its own line',
};

/** One message per problem, with the offset in the YAML text of the line it concerns. */
export function schemaProblems(
  issue: Issue,
  doc: Document,
  data: unknown,
): { offset: number; text: string }[] {
  const node = doc.getIn(issue.path, true) as Ranged | undefined;
  const at = node?.range?.[0] ?? 0;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.path.length ? KEYS.field! : KEYS.top!;
    const owner = issue.path.length ? `a key of ${where(issue.path, data)}` : 'a front matter key';
    return issue.keys.map((key) => {
      const pair = node?.items?.find((item) => String(item.key?.value) === key);
      const hint = didYouMean(key, keys);
      return {
        offset: pair?.key?.range?.[0] ?? at,
        text: `\`${key}\` is not ${owner}${hint || `; the keys are: ${keys.join(', ')}`}`,
      };
    });
  }
  const expected = issue.code === 'invalid_type' ? typeWords[issue.expected] : undefined;
  return [
    { offset: at, text: `in the front matter, ${where(issue.path, data)} ${expected ?? issue.message}` },
  ];
}
