// Files that are not matters, or matters that cannot be read, named on the command line: every command says what
// is wrong and where, and never prints the file's own bytes back (a password file is not a matter).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MATTER_FILE_FORMAT, MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';

beforeAll(() => ensureCliBuilt());

const PASSWD =
  'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\njdoe:x:1000:1000:Jane Doe,,,:/home/jdoe:/bin/bash\n';
const BINARY = Buffer.from([
  0x7f,
  0x45,
  0x4c,
  0x46,
  2,
  1,
  1,
  0,
  0,
  0,
  0xff,
  0xfe,
  0x80,
  ...Buffer.from('GLIBC'),
]);
const SECRETS = /root|daemon|jdoe|Jane Doe|\/bin\/bash|ELF|GLIBC/;

function written(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

const matterFile = () => ({
  format: MATTER_FILE_FORMAT,
  fileVersion: MATTER_FILE_VERSION,
  matter: completeMatter(),
  drafts: [],
});

describe('a file that is not a matter', () => {
  test.each([
    ['check', (file: string) => ['check', file]],
    ['status', (file: string) => ['status', file]],
    ['new --from', (file: string) => ['new', '--from', file, '--out', path.join(tempDir(), 'x.cdesk')]],
    [
      'render',
      (file: string) => ['render', '--matter', file, '--template', 'acknowledgment', '--out', 'x.docx'],
    ],
  ])('%s: a password file is named as not JSON, without its contents', (_command, args) => {
    for (const name of ['passwd', 'passwd.cdesk']) {
      const run = runCli(args(written(name, PASSWD)));
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/not (valid )?JSON.*line 1, column 1/);
      expect(run.stderr).not.toMatch(SECRETS);
      expect(run.stdout).not.toMatch(SECRETS);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });

  test.each(['program', 'program.cdesk'])(
    'a binary file (%s) is named as binary, without its bytes',
    (name) => {
      const run = runCli(['check', written(name, BINARY)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('binary data');
      expect(run.stderr).not.toMatch(SECRETS);
    },
  );
});

describe('a matter file that cannot be read', () => {
  test('a .cdesk cut short says so and how to open the previous save beside it', () => {
    const text = `${JSON.stringify(matterFile(), null, 2)}\n`;
    const file = written('inquiry.cdesk', text.slice(0, 400));
    const run = runCli(['status', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('inquiry.cdesk is cut short');
    expect(run.stderr).toContain('inquiry.cdesk.bak');
    expect(readFileSync(file, 'utf8')).toBe(text.slice(0, 400));
  });

  test('a matter JSON with Windows line endings and a byte order mark is placed right', () => {
    const file = written('matter.json', '\uFEFF{\r\n  "schemaVersion": 2,\r\n  "title": x\r\n}\r\n');
    const run = runCli(['check', file]);
    expect(run.stderr).toMatch(/matter\.json is not valid JSON: .*\(line 3, column 12\)/);
  });

  test('a .cdesk whose matter comes from a newer Counsel Desk says so, with both versions', () => {
    const newer = matterFile();
    const file = writeJson(tempDir(), 'newer.cdesk', {
      ...newer,
      matter: { ...newer.matter, schemaVersion: 4 },
    });
    const run = runCli(['status', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /newer\.cdesk was written by a newer Counsel Desk \(matter version 4\); this version reads up to version 2/,
    );
  });
});
