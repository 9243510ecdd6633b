// The command-line workflow over a .cdesk file: new → draft → set → status → render, each step saving and
// reading the file as the app does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MATTER_FILE_VERSION, type MatterFile } from '../../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../../core/matter-file/parse-matter-file';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';
import { answersTemplates, docxText, readJson } from './letter-fixture';

beforeAll(() => ensureCliBuilt());

/** A version-1 matter JSON: letter date and records still inside the matter. */
function matterV1(): unknown {
  const matter = completeMatter();
  return {
    ...matter,
    schemaVersion: 1,
    response: {
      ...matter.response,
      letterDate: '2025-03-12',
      deliveryLine: 'Via Email',
      produced: [{ description: 'General Order 999.00', date: '2024-01-05', pages: 3, requestNumbers: '1' }],
      withheld: [
        { subject: 'Advice on the order', basis: '552.107(1)', action: 'withheld', requestNumbers: '2' },
      ],
    },
  };
}

describe('new → draft → set → status → render', () => {
  const env = answersTemplates();
  const work = tempDir();
  const cdesk = path.join(work, 'inquiry.cdesk');

  test('a request marked withheld puts the draft out of date, and render shows the new answer', async () => {
    const from = writeJson(work, 'matter.json', completeMatter());
    expect(runCli(['new', '--from', from, '--out', cdesk], env).code).toBe(0);

    const drafted = runCli(['draft', cdesk, '--template', 'answers', '--title', 'Answers'], env);
    expect(drafted.code).toBe(0);
    const [id, title] = drafted.stdout.trim().split(/\s{2,}/);
    expect(title).toBe('Answers');
    const saved = parseMatterFileText(readFileSync(cdesk, 'utf8'), 'inquiry.cdesk');
    expect(saved.drafts.map((d) => d.id)).toEqual([id]);
    expect(saved.drafts[0]!.template?.template.text).toContain('id: answers');

    const before = runCli(['status', cdesk], env);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(`Answers  (id ${id}, template answers`);
    expect(before.stdout).toContain('up to date with the matter');

    const set = runCli(['set', cdesk, 'inquiry.requests[1].status', 'withheld'], env);
    expect(set.stderr).toBe('');
    expect(set.stdout).toContain('Set inquiry.requests[1].status to "withheld" (was "pending")');
    expect(existsSync(`${cdesk}.bak`)).toBe(true);

    const after = runCli(['status', cdesk, '--json'], env);
    expect(after.code).toBe(0);
    const [status] = (JSON.parse(after.stdout) as { drafts: Record<string, unknown>[] }).drafts;
    expect(status).toMatchObject({ id, upToDate: false, changed: true, pendingUpdates: 0, damaged: false });
    expect(runCli(['status', cdesk], env).stdout).toContain('out of date with the matter');

    const out = path.join(work, 'answers.docx');
    const render = runCli(['render', '--matter', cdesk, '--draft', 'Answers', '--out', out], env);
    // The review says the stored draft was out of date (and, dated today, that it is past the deadline).
    expect(render.stderr).toContain(
      'warn: This draft was out of date with the matter; the export uses the matter as it is now.',
    );
    expect(render.code).toBe(0);
    const text = await docxText(out);
    expect(text).toContain('Request 1: All policies on immigration enforcement.');
    expect(text).toContain('Request 2: the City withholds the records responsive to this request.');
    expect(text).not.toContain('Communications about the general order.');
  });

  test('new never overwrites a file', () => {
    const before = readFileSync(cdesk);
    const run = runCli(
      ['new', '--from', writeJson(work, 'other.json', completeMatter()), '--out', cdesk],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${cdesk} already exists`);
    expect(readFileSync(cdesk).equals(before)).toBe(true);
  });

  test('a version-1 matter JSON is lifted: its records come along; its letter date is pointed to the drafts', () => {
    const out = path.join(work, 'lifted');
    const run = runCli(['new', '--from', writeJson(work, 'v1.json', matterV1()), '--out', out], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 records');
    expect(run.stderr).toContain('letter.date');
    const file = readJson<MatterFile>(`${out}.cdesk`);
    expect(file.fileVersion).toBe(MATTER_FILE_VERSION);
    expect(file.matter.schemaVersion).toBe(2);
    expect(file.records.map((r) => [r.description, r.status])).toEqual([
      ['General Order 999.00', 'produced'],
      ['Advice on the order', 'withheld'],
    ]);
  });

  test('an invalid matter JSON is refused by field path and nothing is written', () => {
    const matter = { ...completeMatter(), inquiry: { ...completeMatter().inquiry, deadline: '21 March' } };
    const out = path.join(work, 'invalid.cdesk');
    const run = runCli(['new', '--from', writeJson(work, 'invalid.json', matter), '--out', out], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('inquiry.deadline');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  test('a version-1 record with a wrong value is named by its version-1 path', () => {
    const v1 = matterV1() as { response: { produced: { date: string }[] } };
    v1.response.produced[0]!.date = 'last spring';
    const out = path.join(work, 'bad-record.cdesk');
    const run = runCli(['new', '--from', writeJson(work, 'bad-record.json', v1), '--out', out], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('response.produced[0].date');
    expect(existsSync(out)).toBe(false);
  });

  test('an unknown template lists the known ones and leaves the file as it was', () => {
    const before = readFileSync(cdesk);
    const run = runCli(['draft', cdesk, '--template', 'nope'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no template "nope"');
    expect(run.stderr).toContain('Known templates: answers');
    expect(readFileSync(cdesk).equals(before)).toBe(true);
  });
});
