import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TemplateSummary } from '../../../core/api/contract';
import { ensureCliBuilt, hasStackTrace, runCli, tempDir } from './cli-harness';

beforeAll(() => ensureCliBuilt());

const GOOD = `---
id: short-note
title: Short note
description: A one-line note.
fields:
  - path: respondent.city
    label: City
    type: text
    required: true
---
The City of {{respondent.city}} has received your letter.
`;

const BROKEN = `---
id: broken-note
title: Broken note
fields: []
---
Hello {{#if respondent.city}}
`;

function templatesFolder(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'partials'));
  writeFileSync(path.join(dir, 'short-note.md'), GOOD);
  writeFileSync(path.join(dir, 'broken-note.md'), BROKEN);
  return dir;
}

describe('counsel-desk templates', () => {
  test('lists the bundled templates with their fields', () => {
    const run = runCli(['templates', '--json']);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as TemplateSummary[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (const template of list) {
      expect(template.title).not.toBe('');
      expect(template.fields.length).toBeGreaterThan(0);
    }
    const text = runCli(['templates']);
    expect(text.code).toBe(0);
    for (const template of list) expect(text.stdout).toContain(template.id);
  });

  test('COUNSEL_DESK_TEMPLATES picks another folder; a broken template is skipped with its line', () => {
    const run = runCli(['templates'], { COUNSEL_DESK_TEMPLATES: templatesFolder() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('short-note  Short note');
    expect(run.stdout).toContain('respondent.city  City (text, required)');
    expect(run.stdout).not.toContain('broken-note');
    expect(run.stderr).toMatch(/broken-note\.md:\d+:\d+: /);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test('a templates folder that does not exist is a clear error', () => {
    const run = runCli(['templates'], { COUNSEL_DESK_TEMPLATES: path.join(tempDir(), 'missing') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('COUNSEL_DESK_TEMPLATES');
    expect(run.stderr).toContain('not a folder');
  });
});
