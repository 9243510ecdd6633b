// `counsel-desk review <file.cdesk> --draft <title|id> [--json]`: every problem of the draft bound to the matter
// as it is now, one a line, severity first; exit 1 while a stop remains. The same list `render --draft` prints.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  completeMatter,
  ensureCliBuilt,
  hasStackTrace,
  root,
  runCli,
  tempDir,
  writeJson,
} from './cli-harness';
import { answersTemplates } from './letter-fixture';

beforeAll(() => ensureCliBuilt());

interface Listed {
  kind: string;
  severity: 'stop' | 'warn';
  message: string;
  path?: string;
  recordId?: string;
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('counsel-desk review', () => {
  const env = answersTemplates();
  const work = tempDir();
  const cdesk = path.join(work, 'inquiry.cdesk');

  beforeAll(() => {
    expect(
      runCli(['new', '--from', writeJson(work, 'm.json', completeMatter()), '--out', cdesk], env).code,
    ).toBe(0);
    expect(runCli(['draft', cdesk, '--template', 'answers', '--title', 'Answers'], env).code).toBe(0);
  });

  test('a letter with nothing left to fix: exit 0', () => {
    expect(runCli(['set', cdesk, 'letter.date', '2025-03-12', '--draft', 'Answers'], env).code).toBe(0);
    const run = runCli(['review', cdesk, '--draft', 'Answers'], env);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('"Answers" is ready to send: the review found nothing to fix.');
    expect(run.code).toBe(0);
    expect(JSON.parse(runCli(['review', cdesk, '--draft', 'Answers', '--json'], env).stdout)).toEqual([]);
  });

  test('a letter dated after the deadline: a stop line naming it, exit 1; --json gives the same', () => {
    expect(runCli(['set', cdesk, 'letter.date', '2025-03-25', '--draft', 'Answers'], env).code).toBe(0);
    const run = runCli(['review', cdesk, '--draft', 'Answers'], env);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      'stop: The letter is dated March 25, 2025, after the response deadline of March 21, 2025 (letter.date).',
    ]);
    const json = runCli(['review', cdesk, '--draft', 'Answers', '--json'], env);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        kind: 'dated-after-deadline',
        severity: 'stop',
        message: 'The letter is dated March 25, 2025, after the response deadline of March 21, 2025.',
        path: 'letter.date',
      },
    ]);
  });

  test('bad input: one clear message, no stack trace', () => {
    const noDraft = runCli(['review', cdesk], env);
    expect(noDraft.code).toBe(2);
    expect(noDraft.stderr).toContain('review needs --draft <title or id>');
    const unknown = runCli(['review', cdesk, '--draft', 'Nope'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('inquiry.cdesk has no draft "Nope"');
    const missing = runCli(['review', path.join(work, 'absent.cdesk'), '--draft', 'Answers'], env);
    expect(missing.code).toBe(1);
    for (const run of [noDraft, unknown, missing]) expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('counsel-desk review on the example matter', () => {
  const work = tempDir();
  const cdesk = path.join(work, 'dallas.cdesk');
  const example = path.join(root, 'examples', 'dallas-ag-inquiry.json');
  const TEMPLATES = [
    'substantive-response',
    'acknowledgment',
    'production-cover-letter',
    'custodian-certification',
  ];

  beforeAll(() => {
    expect(runCli(['new', '--from', example, '--out', cdesk]).code).toBe(0);
    for (const template of TEMPLATES) expect(runCli(['draft', cdesk, '--template', template]).code).toBe(0);
  });

  test.each(TEMPLATES)(
    'review --json lists the %s draft’s problems, and render --draft prints the same',
    (id) => {
      const draft = runCli(['status', cdesk, '--json']).stdout;
      const { drafts } = JSON.parse(draft) as { drafts: { id: string; templateId: string; title: string }[] };
      const { title } = drafts.find((d) => d.templateId === id)!;
      const run = runCli(['review', cdesk, '--draft', title, '--json']);
      expect(hasStackTrace(run.stderr)).toBe(false);
      const problems = JSON.parse(run.stdout) as Listed[];
      // The example is full of "[Confirm: …]" marks: every one of its letters has stops.
      expect(run.code).toBe(1);
      expect(problems.some((p) => p.severity === 'stop')).toBe(true);
      for (const problem of problems) {
        expect(
          Object.keys(problem).every((key) =>
            ['kind', 'severity', 'message', 'path', 'recordId'].includes(key),
          ),
        ).toBe(true);
        expect(problem.message).toMatch(/\.$/);
      }
      // Every request is answered, and nothing the letter cites is reported uncited.
      expect(problems.map((p) => p.kind)).not.toContain('unanswered-request');
      expect(problems.map((p) => p.kind)).not.toContain('missing-jurat');

      const text = lines(runCli(['review', cdesk, '--draft', title]).stdout);
      expect(text).toHaveLength(problems.length);
      expect(text.every((line) => /^(stop|warn): /.test(line))).toBe(true);
      const rendered = runCli([
        'render',
        '--matter',
        cdesk,
        '--draft',
        title,
        '--out',
        path.join(work, `${id}.json`),
      ]);
      expect(rendered.code).toBe(0);
      expect(lines(rendered.stderr).filter((line) => /^(stop|warn): /.test(line))).toEqual(text);
    },
  );
});
