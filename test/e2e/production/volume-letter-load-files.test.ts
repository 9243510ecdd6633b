// The rest of a production volume, produced by the CLI and read back with poppler, sha256sum and unzip: the
// cover letter (the matter's production letter, bound fresh) as DOCX and PDF, followed only by the exhibits it
// encloses from an earlier volume; the Concordance DAT and Opticon OPT load files with real values; and the
// manifest and zip covering every file.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfPages } from '../../support/libreoffice';
import { requireTool } from '../../support/system-tools';
import { completeMatter, ensureCliBuilt, runCli, tempDir, writeJson } from '../../electron/cli/cli-harness';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/production');
const dir = tempDir();
const matter = path.join(dir, 'm.cdesk');
const library = path.join(dir, 'library');
const out = path.join(dir, 'out');
const volume = path.join(out, 'CITY-AG-VOL002');
const notesFile = 'Shift notes, March 4 "final" – José.txt';

const cli = (args: string[]) => {
  const result = runCli(args, {
    COUNSEL_DESK_CHROMIUM: requireTool('chromium', 'chromium', 'records cannot be printed'),
  });
  expect(result.code, result.stderr).toBe(0);
  return result;
};

/** Every file under a folder, with / between folders, relative to it. */
const filesUnder = (root: string, prefix = ''): string[] =>
  readdirSync(path.join(root, prefix))
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(root, rel)).isDirectory() ? filesUnder(root, rel) : [rel];
    })
    .sort();

let first: ReturnType<typeof cli>;
let second: ReturnType<typeof cli>;

beforeAll(() => {
  ensureCliBuilt();
  writeFileSync(path.join(dir, 'policy.md'), '# Policy 4.2\n\nOfficers do not ask about status.\n');
  writeFileSync(path.join(dir, notesFile), 'Shift notes, March 4.\nNo names here.\n');
  expect(runCli(['new', '--from', writeJson(dir, 'm.json', completeMatter()), '--out', matter]).code).toBe(0);
  cli(['records', 'add', matter, path.join(dir, 'policy.md'), '--request', '1', '--library', library]);
  cli(['set', matter, 'records[0].exhibit', 'true']);
  first = cli(['produce', matter, '--out', out, '--library', library]);
  cli([
    'records',
    'add',
    matter,
    path.join(fixtures, 'memo-email.eml'),
    path.join(dir, notesFile),
    '--request',
    '1',
    '--library',
    library,
  ]);
  cli(['set', matter, 'records[1].exhibit', 'true']);
  cli(['draft', matter, '--template', 'production-cover-letter']);
  second = cli(['produce', matter, '--out', out, '--load-files', '--zip', '--library', library]);
}, 300_000);

describe('the cover letter', () => {
  it('says when a volume went out without one', () => {
    expect(first.stderr).toContain('No cover letter was included');
    expect(readdirSync(path.join(out, 'CITY-AG-VOL001')).some((f) => f.includes('Cover Letter'))).toBe(false);
  });

  it('is the production letter, as DOCX and PDF, numbered Page X of Y, stating the numbers just stamped', async () => {
    expect(second.stderr).toContain('The cover letter is "Production cover letter"');
    expect(statSync(path.join(volume, 'CITY-AG-VOL002 Cover Letter.docx')).size).toBeGreaterThan(5000);
    const pages = await pdfPages(path.join(volume, 'CITY-AG-VOL002 Cover Letter.pdf'));
    const total = Number(/Page 1 of (\d+)/.exec(pages[0]!)![1]);
    expect(pages.slice(0, total).join('\n')).toContain('CITY-AG-000002');
    if (total > 1) expect(pages[1]).toContain(`Page 2 of ${total}`);
  });

  it('is followed by the exhibit it encloses from the earlier volume, not by this volume’s records', async () => {
    const pages = await pdfPages(path.join(volume, 'CITY-AG-VOL002 Cover Letter.pdf'));
    const total = Number(/Page 1 of (\d+)/.exec(pages[0]!)![1]);
    const after = pages.slice(total).join('\n');
    expect(after).toContain('INDEX OF EXHIBITS');
    expect(after).toContain('EXHIBIT A');
    expect(after).not.toContain('EXHIBIT B');
  });
});

/** The DAT as a review platform parses it. */
function datRows(): Record<string, string>[] {
  const text = readFileSync(path.join(volume, 'DATA', 'CITY-AG-VOL002.dat'), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = text
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((row) => row.split('\u0014').map((field) => field.replace(/^\u00fe|\u00fe$/g, '')));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('the load files', () => {
  it('describe each document of the volume in the DAT: message, attachment range, names with commas and quotes', () => {
    const rows = datRows();
    expect(rows.map((r) => r.BEGBATES)).toEqual(['CITY-AG-000002', expect.any(String), expect.any(String)]);
    const [email, attachment, notes] = rows;
    expect(email!.FROM).toBe('Legal Unit <legal@riverbend.example>');
    expect(email!.CC).toBe('City Attorney <cao@riverbend.example>');
    expect(email!.SUBJECT).toBe('Memorandum 2024-17 on detainer requests');
    expect(email!.DATESENT).toBe('03/04/2025');
    expect([email!.BEGATTACH, email!.ENDATTACH]).toEqual([email!.BEGBATES, attachment!.ENDBATES]);
    expect([attachment!.BEGATTACH, attachment!.ENDATTACH]).toEqual([email!.BEGBATES, attachment!.ENDBATES]);
    expect(notes!.FILENAME).toBe(notesFile);
    expect(notes!.BEGATTACH).toBe('');
    for (const row of rows) expect(row.REQUESTS).toBe('1');
  });

  it('give each document its text as produced, read back from its PDF, in TEXT/', () => {
    const [email, , notes] = datRows();
    const text = (row: Record<string, string>) =>
      readFileSync(path.join(volume, ...row.TEXTPATH!.split('/')), 'utf8');
    expect(email!.TEXTPATH).toBe('TEXT/CITY-AG-000002.txt');
    expect(text(email!)).toContain('Memorandum 2024-17 on detainer requests');
    expect(text(notes!)).toMatch(/Shift notes, March 4\.\s+No names here\./);
    expect(text(notes!)).toContain('CITY-AG-000005');
  });

  it('list every page once in the OPT, Y on each document’s first page with its page count', async () => {
    const lines = readFileSync(path.join(volume, 'DATA', 'CITY-AG-VOL002.opt'), 'utf8')
      .trimEnd()
      .split('\r\n');
    const rows = datRows();
    let at = 0;
    for (const row of rows) {
      const pages = await pdfPageCount(path.join(volume, ...row.PDFPATH!.split('/')));
      expect(Number(row.PAGECOUNT)).toBe(pages);
      expect(lines[at]).toBe(
        `${row.BEGBATES},CITY-AG-VOL002,${row.PDFPATH!.replace(/\//g, '\\')},Y,,,${pages}`,
      );
      expect(lines[at + pages - 1]!.startsWith(`${row.ENDBATES},`)).toBe(true);
      at += pages;
    }
    expect(lines).toHaveLength(at);
  });
});

describe('the manifest and the zip', () => {
  it('list every file of the volume, the letter and the load files included, and check', () => {
    const manifest = readFileSync(path.join(volume, 'MANIFEST.sha256'), 'utf8');
    const listed = manifest
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(66));
    expect([...listed, 'MANIFEST.sha256'].sort()).toEqual(filesUnder(volume));
    expect(listed).toEqual(
      expect.arrayContaining([
        'TEXT/CITY-AG-000002.txt',
        'CITY-AG-VOL002 Cover Letter.pdf',
        'CITY-AG-VOL002 Cover Letter.docx',
        'DATA/CITY-AG-VOL002.dat',
        'DATA/CITY-AG-VOL002.opt',
      ]),
    );
    execFileSync(
      requireTool('sha256sum', 'coreutils', 'the manifest cannot be checked'),
      ['-c', '--quiet', 'MANIFEST.sha256'],
      { cwd: volume },
    );
    const zipped = execFileSync(
      requireTool('zipinfo', 'unzip', 'the zip cannot be read'),
      ['-1', `${volume}.zip`],
      { encoding: 'utf8' },
    )
      .trimEnd()
      .split('\n')
      .filter((name) => !name.endsWith('/'));
    expect(zipped.sort()).toEqual(filesUnder(volume).map((f) => `CITY-AG-VOL002/${f}`));
  });
});
