// `counsel-desk status`: per draft, up to date or not, updates awaiting review, what is missing, and damaged
// drafts with their sentence; on files of either version. A report, so exit 0.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MATTER_FILE_FORMAT } from '../../../core/matter-file/matter-file';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';
import { answersTemplates } from './letter-fixture';

beforeAll(() => ensureCliBuilt());

const now = '2025-03-10T12:00:00.000Z';

const paragraph = (text: string, field?: { path: string; label: string; value: string }) => ({
  type: 'paragraph',
  children: [
    { text },
    ...(field ? [{ type: 'field', ...field, required: true, children: [{ text: '' }] }] : []),
  ],
});

/** A .cdesk file as version 1 saved it: letter date and records in the matter, exhibits on their own. */
function fileV1(): unknown {
  const matter = completeMatter();
  const document = (children: unknown[]) => ({
    title: 'Answers',
    subject: '',
    author: '',
    continuation: { addressee: '', date: '' },
    children,
  });
  return {
    format: MATTER_FILE_FORMAT,
    fileVersion: 1,
    savedAt: now,
    matter: {
      ...matter,
      schemaVersion: 1,
      counsel: { ...matter.counsel, name: '' },
      inquiry: {
        ...matter.inquiry,
        requests: matter.inquiry.requests.map((r) => ({ ...r, exhibitIds: ['ex-1'], sourceIds: [] })),
      },
      response: {
        ...matter.response,
        letterDate: '2025-03-12',
        deliveryLine: 'Via Email',
        produced: [],
        withheld: [],
      },
    },
    drafts: [
      {
        id: 'd-1',
        templateId: 'answers',
        title: 'Answers',
        createdAt: now,
        updatedAt: now,
        document: document([
          paragraph('For the City of ', { path: 'respondent.city', label: 'City', value: 'Dallas' }),
          paragraph('Signed by ', { path: 'counsel.name', label: 'Counsel', value: '' }),
        ]),
      },
      {
        id: 'd-2',
        templateId: 'answers',
        title: 'Torn',
        createdAt: now,
        updatedAt: now,
        document: document([{ type: 'paragraph' }]),
      },
    ],
    excerpts: [policyExcerpt('exc-1', 'Officers will not ask about status.')],
    exhibits: [{ id: 'ex-1', description: 'General order', excerptId: 'exc-1' }],
  };
}

describe('counsel-desk status', () => {
  const env = answersTemplates();
  const work = tempDir();

  test('a version-1 file opens: its drafts are listed with their letter date, missing fields and damage', () => {
    const file = writeJson(work, 'old.cdesk', fileV1());
    const before = readFileSync(file);
    const run = runCli(['status', file], env);
    expect(run.code).toBe(0);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stdout).toContain('old.cdesk: 2 drafts');
    expect(run.stdout).toContain('Answers  (id d-1, template answers, dated 2025-03-12)');
    expect(run.stdout).toContain('up to date with the matter');
    expect(run.stdout).toContain('missing: Counsel (counsel.name)');
    expect(run.stdout).toContain('Torn  (id d-2, template answers, dated 2025-03-12)');
    expect(run.stdout).toMatch(
      /DAMAGED: The draft "Torn" in old\.cdesk is damaged and cannot be opened: .*paragraph 1/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('--json gives the same facts for scripts', () => {
    const file = writeJson(work, 'old-json.cdesk', fileV1());
    const run = runCli(['status', file, '--json'], env);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { drafts: Record<string, unknown>[] };
    expect(report.drafts).toEqual([
      expect.objectContaining({
        id: 'd-1',
        letterDate: '2025-03-12',
        upToDate: true,
        pendingUpdates: 0,
        missing: [{ path: 'counsel.name', label: 'Counsel' }],
        damaged: false,
      }),
      expect.objectContaining({ id: 'd-2', damaged: true, error: expect.stringContaining('"Torn"') }),
    ]);
  });

  test('a passage the attorney edited and the matter changed awaits review', () => {
    const file = path.join(work, 'edited.cdesk');
    const steps = [
      ['new', '--from', writeJson(work, 'edited.json', completeMatter()), '--out', file],
      ['draft', file, '--template', 'answers', '--title', 'Answers'],
    ];
    for (const step of steps) expect(runCli(step, env).code).toBe(0);
    // As the editor saves it: the attorney rewrote the paragraph answering request 2.
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { drafts: { body: unknown[] }[] };
    const body = saved.drafts[0]!.body;
    const at = body.findIndex((block) => JSON.stringify(block).includes('inquiry.requests.1.text'));
    body[at] = paragraph('Request 2: the City is still searching.');
    writeFileSync(file, JSON.stringify(saved));

    expect(runCli(['set', file, 'inquiry.requests[1].status', 'withheld'], env).code).toBe(0);
    const run = runCli(['status', file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 update awaits your review');
    expect(run.stdout).toContain(
      'stop: The matter changed a passage you edited ("Request 2: the City is still searching.")',
    );
  });

  test('a file without drafts says how to add one', () => {
    const file = path.join(work, 'empty.cdesk');
    expect(
      runCli(['new', '--from', writeJson(work, 'm.json', completeMatter()), '--out', file], env).code,
    ).toBe(0);
    const run = runCli(['status', file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('empty.cdesk has no drafts yet');
  });

  test('a missing or broken file is an error naming it', () => {
    const missing = runCli(['status', path.join(work, 'nowhere.cdesk')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.cdesk does not exist');
    const broken = path.join(work, 'broken.cdesk');
    writeJson(work, 'broken.cdesk', { format: MATTER_FILE_FORMAT, fileVersion: 2, matter: 'none' });
    const run = runCli(['status', broken], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('broken.cdesk');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
