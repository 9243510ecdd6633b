// A small templates folder of our own (a template with a partial) for the CLI tests, so they do not depend on
// the bundled letters' prose; and DOCX text as a reader sees it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { tempDir } from './cli-harness';

/** Each request answered in its own paragraph; a withheld one says so in words, not only in a field. */
const ANSWERS = `---
id: answers
title: Answers to the requests
description: One paragraph per request.
fields:
  - path: respondent.city
    label: City
    required: true
  - path: inquiry.requests
    type: list
  - path: inquiry.requests[].number
    label: Request number
  - path: inquiry.requests[].text
    label: Request text
    required: true
  - path: inquiry.requests[].status
    type: choice
  - path: letter.date
    label: Date of this letter
    type: date
    required: true
---
# Answers of the City of {{respondent.city}}

Dated {{legalDate letter.date}}.

:::address-block
Office of the Attorney General
:::

{{#each inquiry.requests}}
{{#if (eq status "withheld")}}
Request {{number}}: the City withholds the records responsive to this request.
{{else}}
Request {{number}}: {{text}}
{{/if}}

{{/each}}
{{> closing}}
`;

/** The signature partial every CLI test template uses. */
export const CLOSING = `---
fields:
  - path: counsel.name
    label: Counsel
    type: text
    required: true
---
:::signature-block
Respectfully,
{{counsel.name}}
:::
`;

/** `COUNSEL_DESK_TEMPLATES` pointing at a folder with the `answers` template and its `closing` partial. */
export function answersTemplates(): { COUNSEL_DESK_TEMPLATES: string } {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'partials'));
  writeFileSync(path.join(dir, 'answers.md'), ANSWERS);
  writeFileSync(path.join(dir, 'partials', 'closing.md'), CLOSING);
  return { COUNSEL_DESK_TEMPLATES: dir };
}

export const docxText = async (file: string): Promise<string> =>
  (await mammoth.extractRawText({ path: file })).value;

export const readJson = <T = Record<string, unknown>>(file: string): T =>
  JSON.parse(readFileSync(file, 'utf8')) as T;
