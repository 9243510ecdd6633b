// Checks a matter read from a file and says, in plain words, which field is wrong and how: every message
// names the path in bracket form and the field's label, e.g. `inquiry.requests[2].text (Request text) is empty`.
import type { z } from 'zod';
import { MATTER_SCHEMA_VERSION, matterSchema } from './schema';
import type { Matter } from './schema';
import { fieldLabel } from './field-labels';
import { bracketPath, valueAtPath } from './matter-paths';
import { holdsPlaceholder, isUnfilled, placeholderIn } from './placeholder-value';

export interface MatterProblem {
  /** Bracket form, e.g. `inquiry.requests[2].text`; empty for the file as a whole. */
  path: string;
  label: string;
  /** The whole sentence, path and label included. */
  message: string;
}

/** Fields `counsel-desk check` insists on before a letter goes out. `[]` means every item of the list. */
export const BASE_REQUIRED_PATHS: readonly string[] = [
  'inquiry.letterDate',
  'inquiry.deadline',
  'respondent.city',
  'counsel.name',
  'signatory.name',
  'inquiry.requests',
  'inquiry.requests[].text',
];

function problem(segments: readonly PropertyKey[], text: string): MatterProblem {
  const dotted = segments.map(String).join('.');
  if (!dotted) return { path: '', label: 'Matter', message: `The matter ${text}` };
  const path = bracketPath(dotted);
  const label = fieldLabel(dotted);
  return { path, label, message: `${path} (${label}) ${text}` };
}

const describeType = (value: unknown): string =>
  value === null
    ? 'empty (null)'
    : Array.isArray(value)
      ? 'a list'
      : `${typeof value === 'object' ? 'a group of fields' : typeof value}`;

function issueText(issue: z.core.$ZodIssue, root: unknown): string {
  const input = valueAtPath(root, issue.path.map(String).join('.'));
  if (issue.code === 'invalid_type') {
    if (input === undefined) return 'is missing';
    const wanted: Record<string, string> = {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a group of fields',
    };
    return `must be ${wanted[issue.expected] ?? issue.expected}, not ${describeType(input)}`;
  }
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys')
    return `has fields Counsel Desk does not know: ${issue.keys.join(', ')}`;
  return issue.message;
}

function versionProblem(json: unknown): MatterProblem | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return problem([], 'must be a JSON object with the matter fields; this file holds something else.');
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    return problem(
      ['schemaVersion'],
      `is missing; add "schemaVersion": ${MATTER_SCHEMA_VERSION} if this is a Counsel Desk matter`,
    );
  }
  if (typeof version === 'number' && version > MATTER_SCHEMA_VERSION) {
    return problem(
      ['schemaVersion'],
      `is ${version}: this matter was written by a newer Counsel Desk (this one reads version ${MATTER_SCHEMA_VERSION}). Update Counsel Desk to open it.`,
    );
  }
  if (version !== MATTER_SCHEMA_VERSION) {
    return problem(
      ['schemaVersion'],
      `is ${JSON.stringify(version)}, which is not a format version Counsel Desk knows (expected ${MATTER_SCHEMA_VERSION})`,
    );
  }
  return undefined;
}

/** Parses untrusted JSON into a matter (defaults filled in) or lists what is wrong with it. */
export function validateMatter(json: unknown): { matter?: Matter; problems: MatterProblem[] } {
  const versionIssue = versionProblem(json);
  if (versionIssue) return { problems: [versionIssue] };
  const result = matterSchema.safeParse(json);
  if (result.success) return { matter: result.data, problems: [] };
  // One message per field: a malformed date also fails the "real calendar date" check, which adds nothing.
  const seen = new Set<string>();
  const issues = result.error.issues.filter((issue) => {
    const key = issue.path.map(String).join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { problems: issues.map((issue) => problem(issue.path, issueText(issue, json))) };
}

/** Expands `inquiry.requests[].text` to the concrete paths of the matter's items. */
function expand(matter: Matter, path: string): string[] {
  const at = path.indexOf('[]');
  if (at < 0) return [path];
  const listPath = path.slice(0, at);
  const list = valueAtPath(matter, listPath);
  if (!Array.isArray(list)) return [];
  const rest = path.slice(at + 2);
  return list.flatMap((_item, index) => expand(matter, `${listPath}.${index}${rest}`));
}

/** Required fields that are still empty (a list path means the list needs at least one entry). */
export function requiredProblems(
  matter: Matter,
  requiredPaths: readonly string[] = BASE_REQUIRED_PATHS,
): MatterProblem[] {
  const problems: MatterProblem[] = [];
  for (const required of requiredPaths) {
    for (const path of expand(matter, required)) {
      const value = valueAtPath(matter, path);
      if (Array.isArray(value)) {
        if (value.length === 0) problems.push(problem(path.split('.'), 'has no entries; add at least one'));
      } else if (isUnfilled(value)) {
        const placeholder = typeof value === 'string' && holdsPlaceholder(value);
        problems.push(
          problem(path.split('.'), placeholder ? `still holds "${placeholderIn(value)}"` : 'is empty'),
        );
      }
    }
  }
  return problems;
}
