// `versions`, `redline`, `history` and `verify-history`: every command that changes a matter file keeps a
// version of each changed draft and a history entry, as the app's save does; a redline is a Word document
// with tracked changes; an entry altered by hand is found and named.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { MatterFiles } from '../../../electron/services/matter-files';
import { completeMatter, ensureCliBuilt, runCli, tempDir, writeJson } from './cli-harness';
import { answersTemplates, readJson } from './letter-fixture';

const work = tempDir();
const env = { ...answersTemplates(), COUNSEL_DESK_AUTHOR: 'Jane Doe', XDG_CONFIG_HOME: work };
const cdesk = path.join(work, 'inquiry.cdesk');
const cli = (...args: string[]) => runCli(args, env);

/** The app saves the draft after the attorney edited it (the same save the CLI uses), as Pat Roe. */
async function appSavesEdit(): Promise<void> {
  const file = readJson<MatterFile>(cdesk);
  const draft = file.drafts[0]!;
  draft.body = [
    ...draft.body,
    { type: 'paragraph', children: [{ text: 'The City will pay $5,500.00 for copies by March 21, 2025.' }] },
  ];
  const saved = process.env.COUNSEL_DESK_AUTHOR;
  process.env.COUNSEL_DESK_AUTHOR = 'Pat Roe';
  try {
    await new MatterFiles().save(cdesk, file);
  } finally {
    if (saved === undefined) delete process.env.COUNSEL_DESK_AUTHOR;
    else process.env.COUNSEL_DESK_AUTHOR = saved;
  }
}

beforeAll(async () => {
  ensureCliBuilt();
  expect(cli('new', '--from', writeJson(work, 'matter.json', completeMatter()), '--out', cdesk).code).toBe(0);
  expect(cli('draft', cdesk, '--template', 'answers', '--title', 'Answers').code).toBe(0);
  await appSavesEdit();
});

describe('counsel-desk versions', () => {
  test('lists each version on a line that starts with its number', () => {
    const run = cli('versions', cdesk, '--draft', 'Answers');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1 {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}Jane Doe {2}Answers$/);
    expect(lines[1]).toMatch(/^2 {2}.* {2}Pat Roe {2}Answers$/);
  });

  test('prints the text of a version', () => {
    const run = cli('versions', cdesk, '--draft', 'Answers', '--show', '2');
    expect(run.stdout).toContain('The City will pay $5,500.00 for copies by March 21, 2025.');
    expect(cli('versions', cdesk, '--draft', 'Answers', '--show', '1').stdout).not.toContain('$5,500.00');
  });

  test('names a version and marks it sent; a sent version is final', () => {
    const marked = cli(
      'versions',
      cdesk,
      '--draft',
      'Answers',
      '--version',
      '1',
      '--name',
      'As sent',
      '--sent',
      '2025-03-12',
    );
    expect(marked.code).toBe(0);
    expect(marked.stdout).toBe(
      'Version 1 of "Answers": named it "As sent" and marked it sent on 2025-03-12, in inquiry.cdesk.\n',
    );
    expect(cli('versions', cdesk, '--draft', 'Answers').stdout).toMatch(
      /^1 .*Answers {2}"As sent" {2}sent 2025-03-12$/m,
    );
    const before = readFileSync(cdesk, 'utf8');
    const again = cli('versions', cdesk, '--draft', 'Answers', '--version', '1', '--name', 'Changed');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('was marked sent on 2025-03-12; a sent version is final');
    expect(readFileSync(cdesk, 'utf8')).toBe(before);
  });

  test('names the versions there are when asked for one that is not', () => {
    const run = cli(
      'redline',
      cdesk,
      '--draft',
      'Answers',
      '--from',
      '9',
      '--out',
      path.join(work, 'x.docx'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"Answers" has no version 9; it has versions 1–2.');
    expect(cli('redline', cdesk, '--draft', 'Answers', '--from', '1', '--out', 'x.pdf').code).toBe(2);
  });
});

describe('counsel-desk redline', () => {
  test("writes the changes as Word tracked changes by the later version's author, and records the export", () => {
    const out = path.join(work, 'redline.docx');
    const run = cli('redline', cdesk, '--draft', 'Answers', '--from', '1', '--to', '2', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote .*redline\.docx: Redline of version 1 \(\d{4}-\d\d-\d\d\) against version 2 \(.*\) of "Answers": \d+ words inserted\.\n$/,
    );
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    expect(xml).toMatch(/<w:ins w:id="1" w:author="Pat Roe" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/);
    expect(xml).toContain('$5,500.00');
    expect(readJson<MatterFile>(cdesk).history.at(-1)).toMatchObject({
      kind: 'exported',
      fileName: 'redline.docx',
      author: 'Jane Doe',
    });
  });

  test('compares with the current draft, bound to the matter now, without --to', () => {
    expect(cli('set', cdesk, 'letter.date', '2025-03-20', '--draft', 'Answers').code).toBe(0);
    const out = path.join(work, 'current.docx');
    const run = cli('redline', cdesk, '--draft', 'Answers', '--from', '2', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('against the current draft');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Jane Doe"[^>]*>.*?March 20, 2025/s);
  });
});

describe('counsel-desk history and verify-history', () => {
  test('lists what happened, in order, with who did it', () => {
    expect(cli('set', cdesk, 'respondent.city', 'Fort Worth').code).toBe(0);
    const lines = cli('history', cdesk).stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^1 {2}.* UTC {2}Jane Doe {2}Created the matter$/);
    const text = lines.join('\n');
    expect(text).toContain(
      'Jane Doe  Generated the draft "Answers" (version 1): from the template "answers"',
    );
    expect(text).toMatch(/Pat Roe {2}Edited "Answers" \(version 2\): \d+ words inserted/);
    expect(text).toContain('Marked version 1 of "Answers" as sent on 2025-03-12');
    expect(text).toContain('Exported "Answers" to redline.docx');
    expect(text).toMatch(/Changed letter\.date of "Answers" from "\d{4}-\d\d-\d\d" to "2025-03-20"/);
    expect(text).toContain('Changed respondent.city from "Dallas" to "Fort Worth"');
  });

  test('exports the history as CSV, one row per entry', () => {
    const csv = cli('history', cdesk, '--csv').stdout.trim().split('\r\n');
    expect(csv[0]).toMatch(/^Entry,Time \(UTC\),Author,Event,Description,/);
    expect(csv).toHaveLength(readJson<MatterFile>(cdesk).history.length + 1);
    expect(csv[1]).toMatch(/^1,\d{4}-.*,Jane Doe,created,Created the matter,/);
  });

  test('passes an untouched history and names an entry altered by hand', () => {
    const ok = cli('verify-history', cdesk);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /^The history of inquiry\.cdesk is intact: \d+ entries and 3 versions, each as recorded\.\n$/,
    );
    const tampered = path.join(work, 'tampered.cdesk');
    const file = readJson<MatterFile>(cdesk);
    const index = file.history.findIndex((e) => e.kind === 'version-sent');
    file.history[index] = { ...file.history[index]!, sentDate: '2025-03-10' };
    writeFileSync(tampered, JSON.stringify(file, null, 2));
    const bad = cli('verify-history', tampered);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      `tampered.cdesk: The history's entry ${index + 1} (Marked version 1 of "Answers" as sent on 2025-03-10`,
    );
    expect(bad.stderr).toContain('was altered after it was recorded');
  });
});
