// `counsel-desk import` with mail, run as a user would: a folder of a custodian's mail, one bad message in
// its mailbox, the summary at the end and exit 1; the same message from a second custodian is no new source.
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, hasStackTrace, root, runCli, tempDir } from './cli-harness';

const MAIL = path.join(root, 'test', 'fixtures', 'mail');
beforeAll(() => ensureCliBuilt());

const custodianFolder = () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'ruiz', 'sent'), { recursive: true });
  cpSync(path.join(MAIL, 'commanders.mbox'), path.join(dir, 'ruiz', 'commanders.mbox'));
  cpSync(path.join(MAIL, 'legal-unit-memo.msg'), path.join(dir, 'ruiz', 'sent', 'memo.msg'));
  return path.join(dir, 'ruiz');
};

describe('counsel-desk import with mail', () => {
  it('imports a folder, names the bad message, prints the summary and exits 1', () => {
    const library = tempDir();
    const run = runCli(['import', custodianFolder(), '--custodian', 'Ana Ruiz', '--library', library]);
    expect(run.code).toBe(1);
    const printed = run.stdout.trim().split('\n');
    expect(printed).toHaveLength(6);
    expect(printed[0]).toMatch(/^[0-9a-f-]{36} {2}Handling of detainer requests {2}1 page$/);
    expect(printed.filter((l) => l.endsWith('(already in the library)'))).toHaveLength(1);
    expect(printed[5]).toMatch(/Revisión: détainer requests \(política\) {2}1 page$/);
    expect(run.stderr).toMatch(
      /Done in \d+ s: 5 items imported \(with 4 attachments\), 1 duplicate already in the library, 1 failed\./,
    );
    expect(run.stderr).toContain(
      'failed    commanders.mbox, message 3 could not be read: it has no message headers (From, To, Date, Subject) before its text.',
    );
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('adds a second custodian to a message already held, and exits 0 when nothing failed', () => {
    const library = tempDir();
    runCli(['import', custodianFolder(), '--custodian', 'Ana Ruiz', '--library', library]);
    const again = runCli([
      'import',
      path.join(MAIL, 'chief-directive.eml'),
      '--custodian',
      'Chief of Police',
      '--library',
      library,
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /Handling of detainer requests {2}1 page \(already in the library: the same message\)/,
    );
    expect(again.stderr).toMatch(/0 items imported .* 1 duplicate already in the library, 0 failed/);
  });

  it('refuses an empty custodian name and a call without files, with exit 2', () => {
    const empty = runCli(['import', MAIL, '--custodian', ' ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--custodian needs the name of the person');
    expect(runCli(['import']).code).toBe(2);
  });
});
