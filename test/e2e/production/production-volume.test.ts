// End to end with the real programs: records added from files LibreOffice, Chromium and qpdf wrote (a DOCX,
// an email with a PDF attached, Markdown and text printed by Chromium), redacted and produced by the CLI, and
// the volume read back with poppler (pdftotext, pdfinfo, pdftoppm) and qpdf, as the Attorney General's office
// would open it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxTexts } from '../../support/libreoffice';
import { requireTool } from '../../support/system-tools';
import { completeMatter, ensureCliBuilt, runCli, tempDir, writeJson } from '../../electron/cli/cli-harness';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/production');
const dir = tempDir();
const matter = path.join(dir, 'm.cdesk');
const library = path.join(dir, 'library');
const out = path.join(dir, 'out');
const volume = path.join(out, 'CITY-AG-VOL001');
const records = path.join(volume, 'RECORDS');

const tool = (name: string, pkg: string) => requireTool(name, pkg, 'the produced volume cannot be read back');
const pdftotext = (file: string, page?: number) =>
  execFileSync(
    tool('pdftotext', 'poppler-utils'),
    [...(page ? ['-f', `${page}`, '-l', `${page}`] : []), file, '-'],
    {
      encoding: 'utf8',
    },
  );
const pageCount = (file: string) =>
  Number(
    /Pages:\s+(\d+)/.exec(execFileSync(tool('pdfinfo', 'poppler-utils'), [file], { encoding: 'utf8' }))![1],
  );
/** Every content stream decompressed, as qpdf's QDF form writes it. */
const decompressed = (file: string) => {
  const qdf = path.join(dir, `${path.basename(file)}.qdf`);
  execFileSync(tool('qpdf', 'qpdf'), ['--qdf', '--object-streams=disable', file, qdf]);
  return readFileSync(qdf, 'latin1');
};
const cli = (args: string[]) => {
  const result = runCli(args, { COUNSEL_DESK_CHROMIUM: tool('chromium', 'chromium') });
  expect(result.code, result.stderr).toBe(0);
  return result;
};

let produced: ReturnType<typeof cli>;

beforeAll(() => {
  ensureCliBuilt();
  writeFileSync(
    path.join(dir, 'shift-notes.txt'),
    'Shift notes, March 4.\n\n  Indented line kept as written.\nNo names here.\n',
  );
  writeFileSync(
    path.join(dir, 'policy.md'),
    '# Policy 4.2\n\n1. Officers **do not** ask about status.\n2. The training unit answers questions.\n',
  );
  expect(runCli(['new', '--from', writeJson(dir, 'm.json', completeMatter()), '--out', matter]).code).toBe(0);
  const files = [
    'detainer-memo-libreoffice.pdf',
    'detainer-memo.docx',
    'memo-email.eml',
    'training-bulletin-chromium.pdf',
    'restricted-encrypted.pdf',
    'rotated-and-cropped.pdf',
  ].map((name) => path.join(fixtures, name));
  cli([
    'records',
    'add',
    matter,
    ...files,
    path.join(dir, 'policy.md'),
    path.join(dir, 'shift-notes.txt'),
    '--request',
    '1',
    '--library',
    library,
  ]);
  cli(['redact', matter, '--record', '1', '--text', 'Maria Delgado', '--reason', '552.101 (informer']);
  cli(['redact', matter, '--all-records', '--text', 'Training Division', '--reason', 'TRE 503']);
  produced = cli(['produce', matter, '--out', out, '--zip', '--library', library]);
}, 300_000);

const recordFiles = () =>
  readdirSync(records)
    .sort()
    .map((name) => path.join(records, name));

describe('the produced volume, read back with poppler', () => {
  it('numbers every page once, in order, with no gap, inside the page', () => {
    const labels = recordFiles().flatMap((file) =>
      Array.from(
        { length: pageCount(file) },
        (_u, i) => pdftotext(file, i + 1).match(/CITY-AG-\d{6}/g) ?? [],
      ),
    );
    expect(labels.every((onPage) => onPage.length === 1)).toBe(true);
    const numbers = labels.map((onPage) => Number(onPage[0]!.slice(-6)));
    expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
    expect(produced.stdout).toContain(`CITY-AG-000001 – CITY-AG-${String(numbers.length).padStart(6, '0')}`);
  });

  it('keeps the original text of pages without redactions', () => {
    const [memo, docx, email, attachment, , , rotated, markdown, text] = recordFiles().map((file) =>
      pdftotext(file),
    );
    // The memo's pages carry a redaction: cleaned of the phrase, the rest of their text stays text.
    expect(memo).toContain('Route every detainer request to the Legal Unit');
    expect(memo).toContain('Paragraph 21. Officers keep the log current');
    expect(docx).toContain('Route every detainer request to the Legal Unit');
    expect(docx).toContain('Maria Delgado');
    expect(email).toMatch(/From:\s+Legal Unit <legal@riverbend\.example>/);
    expect(email).toMatch(/Cc:\s+City Attorney <cao@riverbend\.example>/);
    expect(email).toMatch(/Subject:\s+Memorandum 2024-17 on detainer requests/);
    expect(email).toMatch(/Sent:\s+Tue, 4 Mar 2025 09:15:00 -0600/);
    // The attachment is a record of its own, right after its email; the phrase was redacted in record 1 only.
    expect(attachment).toContain('The informant Maria Delgado reported');
    expect(rotated).toContain('Route every detainer request');
    expect(markdown).toContain('Policy 4.2');
    expect(text).toMatch(/Shift notes, March 4.\n+Indented line kept as written.\nNo names here./);
  });

  it('leaves no redacted text in the text layer or the decompressed content streams, and prints the reasons', () => {
    const [memo, , , , bulletin, encrypted] = recordFiles();
    for (const [file, phrase] of [
      [memo!, 'Delgado'],
      [bulletin!, 'Training Division'],
      [encrypted!, 'Training Division'],
    ] as const) {
      expect(pdftotext(file)).not.toContain(phrase);
      expect(decompressed(file).toLowerCase()).not.toContain(phrase.toLowerCase());
    }
    expect(pdftotext(memo!)).toContain("Redacted: Tex. Gov't Code § 552.101 (informer identity)");
    expect(pdftotext(bulletin!)).toContain('Redacted: TRE 503 attorney-client');
    // Cleaned, not turned into pictures: nothing under the boxes there could hide what was redacted.
    expect(produced.stderr).not.toMatch(/record 1 \(detainer-memo-libreoffice\).*produced as/);
  });

  it('has an index whose ranges match the pages, a privilege log, and a manifest that checks', () => {
    const rows = readFileSync(path.join(volume, 'CITY-AG-VOL001 Production Index.csv'), 'utf8')
      .trim()
      .split('\r\n')
      .slice(1);
    expect(rows).toHaveLength(recordFiles().length);
    for (const row of rows) {
      const [begin, end, pages, , , , , , file] = row.split(',');
      expect(pageCount(path.join(volume, file!))).toBe(Number(pages));
      expect(Number(end!.slice(-6)) - Number(begin!.slice(-6)) + 1).toBe(Number(pages));
    }
    const log = readFileSync(path.join(volume, 'CITY-AG-VOL001 Privilege Log.csv'), 'utf8');
    expect(log).toContain(
      'Tex. Gov\'t Code § 552.101 (informer identity),Redacted,"CITY-AG-000001, CITY-AG-000002"',
    );
    const check = execFileSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: volume, encoding: 'utf8' });
    expect(
      check
        .trim()
        .split('\n')
        .every((line) => line.endsWith(': OK')),
    ).toBe(true);
    const zipped = Object.keys(unzipSync(readFileSync(`${volume}.zip`)));
    expect(zipped).toContain('CITY-AG-VOL001/MANIFEST.sha256');
    expect(zipped.filter((name) => name.includes('/RECORDS/'))).toHaveLength(recordFiles().length);
  });

  it('the index and the log open in LibreOffice with every record in them', async () => {
    const docs = ['Production Index', 'Privilege Log'].map((n) =>
      path.join(volume, `CITY-AG-VOL001 ${n}.docx`),
    );
    const [index, log] = (await docxTexts(docs, path.join(dir, 'lo'))).map((t) => t.replace(/\s+/g, ''));
    expect(index).toContain('ProductionIndex');
    expect(index).toContain('CITY-AG-000001–CITY-AG-000002');
    expect(index).toContain('Email:Memorandum2024-17ondetainerrequests');
    expect(log).toContain('PrivilegeLog');
    expect(log).toContain("Tex.Gov'tCode§552.101(informeridentity)");
    expect(log).toContain('RedactedatCITY-AG-000001,CITY-AG-000002');
  }, 120_000);

  it('renders a redacted page a reader can open', () => {
    const png = path.join(dir, 'page');
    execFileSync(tool('pdftoppm', 'poppler-utils'), [
      '-r',
      '40',
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      recordFiles()[0]!,
      png,
    ]);
    expect(existsSync(`${png}-1.png`)).toBe(true);
  });
});
