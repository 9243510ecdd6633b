import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MATTER_FILE_FORMAT, MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';

beforeAll(() => ensureCliBuilt());

describe('counsel-desk check', () => {
  test('a complete matter passes with exit code 0', () => {
    const file = writeJson(tempDir(), 'matter.json', completeMatter());
    const run = runCli(['check', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('matter.json is a complete, valid matter');
  });

  test('empty required fields are listed by field path, exit code 1', () => {
    const matter = completeMatter();
    matter.inquiry.requests[1]!.text = '';
    matter.counsel.name = '';
    const run = runCli(['check', writeJson(tempDir(), 'matter.json', matter)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('inquiry.requests[1].text');
    expect(run.stderr).toContain('counsel.name');
    expect(run.stderr).toContain('2 problems');
  });

  test('values of the wrong kind are named by path', () => {
    const matter = { ...completeMatter(), inquiry: { ...completeMatter().inquiry, requests: 'all of them' } };
    const run = runCli(['check', writeJson(tempDir(), 'matter.json', matter)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('inquiry.requests');
    expect(run.stderr).toContain('not a valid matter');
  });

  test('broken JSON is reported with line and column, without a stack trace', () => {
    const file = path.join(tempDir(), 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "title": "x",,\n}\n');
    const run = runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.json is not valid JSON: .* \(line 3, column \d+\)/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test('a missing file says so', () => {
    const run = runCli(['check', path.join(tempDir(), 'nowhere.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not exist');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test('a .cdesk file saved by the app is checked by its matter', () => {
    const file = writeJson(tempDir(), 'inquiry.cdesk', {
      format: MATTER_FILE_FORMAT,
      fileVersion: MATTER_FILE_VERSION,
      matter: { ...completeMatter(), signatory: { ...completeMatter().signatory, name: '' } },
      drafts: [],
    });
    const run = runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('signatory.name');
  });

  test('a .cdesk file with a damaged draft is not called valid: the draft is named with its sentence', () => {
    const now = '2025-03-10T12:00:00.000Z';
    const draft = (id: string, title: string, body: unknown) => ({
      id,
      templateId: 'acknowledgment',
      title,
      createdAt: now,
      updatedAt: now,
      body,
    });
    const file = writeJson(tempDir(), 'inquiry.cdesk', {
      format: MATTER_FILE_FORMAT,
      fileVersion: MATTER_FILE_VERSION,
      matter: completeMatter(),
      drafts: [
        draft('d-1', 'Fine', [{ type: 'paragraph', children: [{ text: 'Hello.' }] }]),
        draft('d-2', 'Torn', [{ type: 'paragraph', children: [{ text: 7 }] }]),
      ],
    });
    const run = runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('complete, valid');
    expect(run.stderr).toContain('inquiry.cdesk has 1 damaged draft:');
    expect(run.stderr).toContain('The draft "Torn" in inquiry.cdesk is damaged and cannot be opened');
    expect(run.stderr).not.toContain('"Fine"');
  });

  test('a version-1 matter JSON is checked as it is lifted, by the paths the file has', () => {
    const matter = completeMatter();
    const v1 = {
      ...matter,
      schemaVersion: 1,
      counsel: { ...matter.counsel, name: '' },
      response: {
        ...matter.response,
        letterDate: '2025-02-30',
        produced: [{ description: 'Order', pages: -2 }],
      },
    };
    const invalid = runCli(['check', writeJson(tempDir(), 'v1.json', v1)]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('response.letterDate');
    expect(invalid.stderr).toContain('response.produced[0].pages');
    const valid = { ...v1, response: { ...v1.response, letterDate: '2025-03-12', produced: [] } };
    const incomplete = runCli(['check', writeJson(tempDir(), 'v1.json', valid)]);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toContain('is valid but incomplete (1 problem)');
    expect(incomplete.stderr).toContain('counsel.name');
  });

  test('usage mistakes exit with code 2', () => {
    expect(runCli(['check']).code).toBe(2);
    expect(runCli(['check', 'a.json', 'b.json']).code).toBe(2);
    expect(runCli(['check', '--strict', 'a.json']).stderr).toContain('--strict');
  });
});

describe('counsel-desk itself', () => {
  test('--help explains every command; --version prints the version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['templates', 'check', 'new', 'draft', 'set', 'status', 'render'])
      expect(help.stdout).toContain(`counsel-desk ${command}`);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('no command or an unknown one is a usage error', () => {
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage');
    const unknown = runCli(['export']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "export"');
  });
});
