import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TemplateSummary } from '../../../core/api/contract';
import type { DocumentModel } from '../../../core/document/model';
import { MATTER_FILE_FORMAT, MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';
import { answersTemplates, CLOSING, docxText } from './letter-fixture';

beforeAll(() => ensureCliBuilt());

// A small template of our own, using a partial, so these tests do not depend on the bundled letters' prose.
const TEMPLATE = `---
id: request-list
title: Request list
description: Lists the requests.
fields:
  - path: respondent.city
    label: City
    type: text
    required: true
  - path: inquiry.requests
    type: list
  - path: inquiry.requests[].text
    label: Request text
    type: multiline
    required: true
---
# Requests to the City of {{respondent.city}}

{{#each inquiry.requests}}
1. {{text}}
{{/each}}

{{> closing}}
`;

function templatesFolder(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'partials'));
  writeFileSync(path.join(dir, 'request-list.md'), TEMPLATE);
  writeFileSync(path.join(dir, 'partials', 'closing.md'), CLOSING);
  return dir;
}

describe('counsel-desk render', () => {
  const templates = { COUNSEL_DESK_TEMPLATES: templatesFolder() };
  const work = tempDir();
  const matterFile = writeJson(work, 'matter.json', completeMatter());
  const render = (out: string, ...extra: string[]) =>
    runCli(
      [
        'render',
        '--matter',
        matterFile,
        '--template',
        'request-list',
        '--out',
        path.join(work, out),
        ...extra,
      ],
      templates,
    );

  test('writes a DOCX with every request and the signature', async () => {
    const run = render('letter.docx');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = await docxText(path.join(work, 'letter.docx'));
    expect(text).toContain('Requests to the City of Dallas');
    expect(text).toContain('All policies on immigration enforcement.');
    expect(text).toContain('Communications about the general order.');
    expect(text).toContain('Pat Example');
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('writes the document model for .json, with values linked to the matter', () => {
    expect(render('letter.json').code).toBe(0);
    const model = JSON.parse(readFileSync(path.join(work, 'letter.json'), 'utf8')) as DocumentModel;
    const json = JSON.stringify(model.children);
    expect(json).toContain('"type":"numbered-list"');
    expect(json).toContain('"type":"signature-block"');
    expect(json).toContain('"path":"respondent.city"');
  });

  test('writes the filled markup for .md', () => {
    expect(render('letter.md').code).toBe(0);
    const markup = readFileSync(path.join(work, 'letter.md'), 'utf8');
    expect(markup).toContain('# Requests to the City of Dallas');
    expect(markup).toContain(':::signature-block');
    expect(markup).not.toContain('{{');
  });

  test('empty required fields still give a letter, marked draft, and are listed', async () => {
    const matter = completeMatter();
    matter.counsel.name = '';
    const file = writeJson(work, 'incomplete.json', matter);
    const out = path.join(work, 'draft.docx');
    const run = runCli(['render', '--matter', file, '--template', 'request-list', '--out', out], templates);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('counsel.name');
    expect(await docxText(out)).toContain('Requests to the City of Dallas');
  });

  test('--template-file renders a template from anywhere, with partials from the templates folder', async () => {
    const own = path.join(work, 'my-letter.md');
    writeFileSync(
      own,
      TEMPLATE.replace('id: request-list', 'id: my-letter').replace('# Requests', '# My requests'),
    );
    const out = path.join(work, 'mine.docx');
    const run = runCli(['render', '--matter', matterFile, '--template-file', own, '--out', out], templates);
    expect(run.stderr).toBe('');
    expect(await docxText(out)).toContain('My requests to the City of Dallas');
  });

  test('a mistake in a --template-file is reported with its file and line', () => {
    const own = path.join(work, 'bad-letter.md');
    writeFileSync(own, TEMPLATE.replace('{{respondent.city}}', '{{respondent.cty}}'));
    const run = runCli(
      ['render', '--matter', matterFile, '--template-file', own, '--out', path.join(work, 'bad.docx')],
      templates,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-letter\.md:\d+:\d+/);
    expect(run.stderr).toContain('respondent.cty');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(existsSync(path.join(work, 'bad.docx'))).toBe(false);
  });

  test('a .cdesk matter file is accepted', async () => {
    const cdesk = writeJson(work, 'inquiry.cdesk', {
      format: MATTER_FILE_FORMAT,
      fileVersion: MATTER_FILE_VERSION,
      matter: completeMatter(),
      drafts: [],
    });
    const out = path.join(work, 'from-cdesk.docx');
    expect(
      runCli(['render', '--matter', cdesk, '--template', 'request-list', '--out', out], templates).code,
    ).toBe(0);
    expect(await docxText(out)).toContain('Dallas');
  });

  test('a version-1 matter JSON renders with the letter date it held', async () => {
    const matter = completeMatter();
    const v1 = { ...matter, schemaVersion: 1, response: { ...matter.response, letterDate: '2025-03-12' } };
    const out = path.join(work, 'v1.docx');
    const run = runCli(
      ['render', '--matter', writeJson(work, 'v1.json', v1), '--template', 'answers', '--out', out],
      answersTemplates(),
    );
    expect(run.stderr).toBe('');
    expect(await docxText(out)).toContain('Dated March 12, 2025.');
  });

  // `null` as the matter means the good matter file; the rest run in the work folder.
  test.each([
    [
      'an unknown template',
      null,
      ['--template', 'nope', '--out', 'x.docx'],
      1,
      'There is no template "nope"',
    ],
    [
      'a missing matter file',
      'missing.json',
      ['--template', 'request-list', '--out', 'x.docx'],
      1,
      'does not exist',
    ],
    [
      'both template options',
      null,
      ['--template', 'a', '--template-file', 'b.md', '--out', 'x.docx'],
      2,
      'exactly one of',
    ],
    [
      'an unknown format',
      null,
      ['--template', 'request-list', '--out', 'x.txt'],
      2,
      '.docx, .pdf, .json or .md',
    ],
    ['no --out', null, ['--template', 'request-list'], 2, 'needs --out'],
    [
      'a missing output folder',
      null,
      ['--template', 'request-list', '--out', 'no/such/x.docx'],
      1,
      'does not exist',
    ],
  ])('%s is a clear error', (_name, matter, args, code, message) => {
    const run = runCli(['render', '--matter', matter ?? matterFile, ...args], templates, work);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('the bundled templates', () => {
  test('every template renders to DOCX with a complete matter', async () => {
    const list = JSON.parse(runCli(['templates', '--json']).stdout) as TemplateSummary[];
    const work = tempDir();
    const matterFile = writeJson(work, 'matter.json', completeMatter());
    for (const template of list) {
      const out = path.join(work, `${template.id}.docx`);
      const run = runCli(['render', '--matter', matterFile, '--template', template.id, '--out', out]);
      expect(run.code, `${template.id}: ${run.stderr}`).toBe(0);
      expect(await docxText(out)).toContain('Dallas');
    }
  });
});
