// Files the user names are read only when they are regular files within a size cap: a named pipe, a device
// (or a link to one) and a huge file are refused at once with a message naming the path and the cap,
// wherever Counsel Desk reads them (matter files, records beside a matter JSON, templates, library imports).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../electron/cli/read-input';
import { importFiles } from '../../../electron/services/library/import-files';
import { LibraryDatabase } from '../../../electron/services/library/library-database';
import { MatterFiles } from '../../../electron/services/matter-files';
import { readRecordsBeside } from '../../../electron/services/records-beside-file';
import { formatSize, readUserText } from '../../../electron/services/safe-read';
import { TemplateService } from '../../../electron/services/template-service';
import { matterFileTitled } from '../../support/matter-file-fixture';
import { refusal } from '../../support/refusal';

const folder = () => mkdtempSync(path.join(tmpdir(), 'desk-safe-read-'));
const fifoAt = (file: string) => {
  execFileSync('mkfifo', [file]);
  return file;
};
// A FIFO that is read without care never answers: each test here fails by timing out instead of hanging.
const HANG_GUARD_MS = 10_000;

describe('reading a matter file', () => {
  it(
    'refuses a named pipe at once, naming it',
    async () => {
      const fifo = fifoAt(path.join(folder(), 'dallas.cdesk'));
      const error = await refusal(new MatterFiles().open(fifo));
      expect(error.code).toBe('invalid-file');
      expect(error.message).toBe(
        `${fifo} is a named pipe (FIFO), not a regular file. Counsel Desk reads only ordinary files; choose the matter file itself.`,
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a link to /dev/zero instead of reading without end',
    async () => {
      const link = path.join(folder(), 'endless.cdesk');
      symlinkSync('/dev/zero', link);
      const error = await refusal(new MatterFiles().open(link));
      expect(error.message).toContain(`${link} (a link to /dev/zero) is a device, not a regular file`);
    },
    HANG_GUARD_MS,
  );

  it('refuses a file over the cap, saying its size and the cap', async () => {
    const huge = path.join(folder(), 'huge.cdesk');
    writeFileSync(huge, '');
    truncateSync(huge, Math.round(2.1 * 1024 ** 3)); // sparse: takes no disk space
    const error = await refusal(new MatterFiles().open(huge));
    expect(error.message).toBe(`${huge} is 2.1 GB; Counsel Desk opens matter files up to 200 MB.`);
  });

  it('still calls a folder a folder', async () => {
    const dir = path.join(folder(), 'not-a-file.cdesk');
    mkdirSync(dir);
    expect((await refusal(new MatterFiles().open(dir))).message).toContain('is a folder');
  });

  it(
    'refuses to save over a named pipe rather than wait on it for the backup',
    async () => {
      const fifo = fifoAt(path.join(folder(), 'pipe.cdesk'));
      const error = await refusal(new MatterFiles().save(fifo, matterFileTitled('x')));
      expect(error.message).toContain(`${fifo} is a named pipe (FIFO), not a regular file`);
    },
    HANG_GUARD_MS,
  );
});

describe('other files the user names', () => {
  it(
    'refuses a named pipe as the records beside a matter JSON',
    async () => {
      const dir = folder();
      fifoAt(path.join(dir, 'dallas.records.json'));
      const error = await refusal(readRecordsBeside(path.join(dir, 'dallas.json')));
      expect(error.message).toContain('dallas.records.json is a named pipe (FIFO)');
      expect(error.message).toContain('choose the records file itself');
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a named pipe in the templates folder, naming the template',
    async () => {
      const dir = folder();
      writeFileSync(path.join(dir, 'letter.md'), '---\nid: letter\ntitle: Letter\n---\nHello\n');
      const fifo = fifoAt(path.join(dir, 'stuck.md'));
      const error = await refusal(new TemplateService(dir).list());
      expect(error.message).toContain(`${fifo} is a named pipe (FIFO)`);
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a named pipe and a link to /dev/zero given to the library import; the other files go on',
    async () => {
      const dir = folder();
      const fifo = fifoAt(path.join(dir, 'policy.txt'));
      const zero = path.join(dir, 'zero.txt');
      symlinkSync('/dev/zero', zero);
      const good = path.join(dir, 'good.txt');
      writeFileSync(good, 'Immigration enforcement policy.\n\nOfficers do not ask about status.\n');
      const db = LibraryDatabase.open(folder());
      try {
        const outcomes = await importFiles(db, [fifo, zero, good]);
        const messages = outcomes.map((o) => (o.status === 'failed' ? o.message : o.status));
        expect(messages).toContain('imported');
        expect(messages.join('\n')).toContain(`${fifo} is a named pipe (FIFO), not a regular file`);
        expect(messages.join('\n')).toContain(`${zero} (a link to /dev/zero) is a device`);
      } finally {
        db.close();
      }
    },
    HANG_GUARD_MS,
  );

  it(
    'refuses a named pipe given to the command line',
    async () => {
      const fifo = fifoAt(path.join(folder(), 'dallas.cdesk'));
      await expect(readTextFile(fifo, 'matter file')).rejects.toThrow(
        `${fifo} is a named pipe (FIFO), not a regular file`,
      );
    },
    HANG_GUARD_MS,
  );

  it('states the cap of each kind of file', async () => {
    const file = path.join(folder(), 'long.md');
    writeFileSync(file, 'x'.repeat(40));
    const limit = { noun: 'template', verb: 'reads templates', maxBytes: 32 };
    await expect(readUserText(file, limit)).rejects.toThrow(
      `${file} is 40 bytes; Counsel Desk reads templates up to 32 bytes.`,
    );
  });
});

describe('formatSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [9.5 * 1024, '9.5 KB'],
    [13.5 * 1024, '14 KB'],
    [200 * 1024 ** 2, '200 MB'],
    [Math.round(2.1 * 1024 ** 3), '2.1 GB'],
  ])('%d bytes reads "%s"', (bytes, words) => {
    expect(formatSize(bytes)).toBe(words);
  });
});
