// records add, records list, redact and produce as a user runs them, on PDF records (which need no printing,
// so no browser): what each prints, the exit codes, and that a refused command leaves the matter file as it was.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../support/pdf-fixture';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';

const dir = tempDir();
const matter = path.join(dir, 'm.cdesk');
const library = path.join(dir, 'library');
const memo = path.join(dir, 'memo.pdf');
const advice = path.join(dir, 'advice.pdf');

beforeAll(() => {
  ensureCliBuilt();
  writeFileSync(memo, makePdf([['Detainer memo.'], ['The informant Maria Delgado called.']]));
  writeFileSync(advice, makePdf([['Advice of counsel.']]));
  const json = writeJson(dir, 'm.json', completeMatter());
  expect(runCli(['new', '--from', json, '--out', matter]).code).toBe(0);
});

const unchanged = (run: () => { code: number | null; stderr: string }, code: number) => {
  const before = readFileSync(matter);
  const result = run();
  expect(result.code).toBe(code);
  expect(hasStackTrace(result.stderr)).toBe(false);
  expect(readFileSync(matter).equals(before)).toBe(true);
  return result;
};

describe('records add and records list', () => {
  it('adds files as records, numbered from 1 in list order, with their pages', () => {
    const added = runCli(['records', 'add', matter, memo, '--request', '1', '--library', library]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('1  memo  2 pages  produced');
    const withheld = runCli([
      'records',
      'add',
      matter,
      advice,
      '--status',
      'withheld',
      '--basis',
      'TRE 503',
      '--library',
      library,
    ]);
    expect(withheld.stdout).toContain('2  advice  1 page  withheld');
    const list = runCli(['records', 'list', matter]);
    expect(list.stdout.split('\n')[0]).toBe('1  produced  2 p.  memo');
  });

  it('refuses a request the matter does not have, a withheld record without a basis, and a file that cannot be produced', () => {
    expect(
      unchanged(() => runCli(['records', 'add', matter, memo, '--request', '7', '--library', library]), 1)
        .stderr,
    ).toContain('The matter has no request 7 (its requests: 1, 2)');
    expect(
      unchanged(
        () => runCli(['records', 'add', matter, memo, '--status', 'withheld', '--library', library]),
        2,
      ).stderr,
    ).toContain('needs --basis');
    const sheet = path.join(dir, 'sheet.xlsx');
    writeFileSync(sheet, 'x');
    expect(
      unchanged(() => runCli(['records', 'add', matter, sheet, '--library', library]), 1).stderr,
    ).toContain('sheet.xlsx cannot be a record to produce');
  });
});

describe('redact', () => {
  it('refuses an unknown record and a phrase not in the record, changing nothing', () => {
    expect(
      unchanged(() => runCli(['redact', matter, '--record', '5', '--text', 'x', '--reason', 'TRE 503']), 1)
        .stderr,
    ).toContain('There is no record 5: the matter has 2 records (1-2).');
    expect(
      unchanged(
        () => runCli(['redact', matter, '--record', '1', '--text', 'John Roe', '--reason', 'TRE 503']),
        1,
      ).stderr,
    ).toContain('"John Roe" is not in the text of record 1');
    expect(unchanged(() => runCli(['redact', matter, '--text', 'x', '--reason', 'y']), 2).stderr).toContain(
      '--record',
    );
  });

  it('redacts every occurrence in the record with the reason from the matter list', () => {
    const result = runCli([
      'redact',
      matter,
      '--record',
      '1',
      '--text',
      'Maria Delgado',
      '--reason',
      '552.101 (informer',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Record 1 (memo): 1 occurrence to black out, reason "Tex. Gov't Code § 552.101 (informer identity)"; status partly-withheld.`,
    );
  });
});

describe('redact --box', () => {
  it('blacks out a box on a page of the record, and refuses a page it does not have', () => {
    const box = runCli(['redact', matter, '--record', '2', '--box', '1:72,60,200,20', '--reason', 'TRE 503']);
    expect(box.code, box.stderr).toBe(0);
    expect(box.stdout).toContain(
      'Record 2 (advice): a box on page 1 to black out, reason "TRE 503 attorney-client"',
    );
    expect(
      unchanged(() => runCli(['redact', matter, '--record', '2', '--box', '2:1,1,5,5', '--reason', 'x']), 1)
        .stderr,
    ).toContain('Record 2 has 1 page; there is no page 2 to black out.');
    expect(
      unchanged(() => runCli(['redact', matter, '--record', '2', '--box', 'page two', '--reason', 'x']), 2)
        .stderr,
    ).toContain('--box takes <page>:<x>,<y>,<width>,<height>');
  });
});

describe('produce', () => {
  it('writes the volume, records it, and says which pages carry redactions', () => {
    const out = path.join(dir, 'out');
    const result = runCli(['produce', matter, '--out', out, '--zip', '--library', library]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'CITY-AG-VOL001: 1 record, 2 pages, CITY-AG-000001 – CITY-AG-000002; 1 withheld in full',
    );
    expect(result.stderr).toContain(
      'redacted  record 1 (memo): CITY-AG-000002 (the text under each box removed; the rest of the page can still be searched)',
    );
    expect(result.stderr).not.toContain('produced as images');
    expect(readdirSync(out).sort()).toEqual(['CITY-AG-VOL001', 'CITY-AG-VOL001.zip']);
    const list = runCli(['records', 'list', matter]);
    expect(list.stdout.split('\n')[0]).toBe(
      '1  partly-withheld  2 p.  CITY-AG-000001 – CITY-AG-000002  memo',
    );
    expect(runCli(['history', matter]).stdout).toMatch(
      /Produced volume CITY-AG-VOL001 \(manifest SHA-256 [0-9a-f]{12}…\): 1 record, 2 pages/,
    );
  });

  it('with nothing new, or a volume already there, writes nothing and changes nothing', () => {
    const out = path.join(dir, 'out');
    expect(
      unchanged(() => runCli(['produce', matter, '--out', out, '--library', library]), 1).stderr,
    ).toContain('Nothing new to produce');
    mkdirSync(path.join(out, 'CITY-AG-VOL002'));
    expect(
      unchanged(() => runCli(['produce', matter, '--out', out, '--again', '--library', library]), 1).stderr,
    ).toContain('CITY-AG-VOL002 already exists; a production never writes over one');
    expect(readdirSync(path.join(out, 'CITY-AG-VOL002'))).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['CITY-AG-VOL001', 'CITY-AG-VOL001.zip', 'CITY-AG-VOL002']);
  });

  it('without --out is a usage error', () => {
    expect(unchanged(() => runCli(['produce', matter]), 2).stderr).toContain(
      'produce needs the matter file and --out',
    );
  });
});
