// `counsel-desk render --out letter.md` with values a person could well type: read back with the app's Markdown
// reader, the .md is the letter the .json export holds, paragraph for paragraph and word for word.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { markupToBlocks } from '../../../core/document/from-markup';
import { isolateValue } from '../../../core/document/isolate-value';
import type { DocumentModel } from '../../../core/document/model';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { completeMatter, ensureCliBuilt, runCli, tempDir, writeJson } from './cli-harness';

beforeAll(() => ensureCliBuilt());

const TEMPLATE = `---
id: subject-line
title: Subject line
description: A value in a sentence and in a table.
fields:
  - path: custom.subject
    label: Subject
---
Re: {{custom.subject}} and the words after it.

| Subject | Note |
|---|---|
| {{custom.subject}} | kept |
`;

const VALUE =
  'Re:Subject 10:30\n\nsee www.example.com/a_b or http://x.org\n- not a list \u202Eevil \uE0000\uE001';

function renderTo(out: string): string {
  const templates = tempDir();
  mkdirSync(path.join(templates, 'partials'));
  writeFileSync(path.join(templates, 'subject-line.md'), TEMPLATE);
  const work = tempDir();
  const matter = { ...completeMatter(), custom: { subject: VALUE } };
  const file = writeJson(work, 'matter.json', matter);
  const target = path.join(work, out);
  const run = runCli(['render', '--matter', file, '--template', 'subject-line', '--out', target], {
    COUNSEL_DESK_TEMPLATES: templates,
  });
  expect(run.stderr).toBe('');
  return readFileSync(target, 'utf8');
}

describe('render --out x.md with values that look like Markdown', () => {
  test('reads back as the letter itself', () => {
    const markdown = renderTo('letter.md');
    const model = JSON.parse(renderTo('letter.json')) as DocumentModel;
    const readBack = markupToBlocks(markdown, []);
    expect(readBack.map((block) => block.type)).toEqual(model.children.map((block) => block.type));
    expect(blocksToPlainText(readBack)).toBe(
      blocksToPlainText(model.children).split(VALUE).join(isolateValue(VALUE)),
    );
    expect(blocksToPlainText(readBack)).toContain(`${isolateValue(VALUE)} and the words after it.`);
  });
});
