// What a person reads when a file opened as a matter cannot be read: where the JSON breaks (right also with a
// byte order mark or Windows line endings), what to do with the backup beside a file cut short, a newer
// Counsel Desk named as such, and never the file's own bytes quoted back (a password file is not a matter).
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../core/api/result';
import { MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../../core/matter-file/parse-matter-file';
import { matterFileTitled } from '../../support/matter-file-fixture';

const refusal = (text: string, name = 'dallas.cdesk'): DeskError => {
  try {
    parseMatterFileText(text, name);
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
};

const saved = JSON.stringify(matterFileTitled('Dallas ch. 752 inquiry'), null, 2);

describe('where broken JSON breaks', () => {
  // Each text breaks at the character marked by ^ in the comment.
  it.each([
    ['a wrong token in the middle', '{\n  "format": "counsel-desk-matter",\n  "fileVersion": x\n}', 3, 18],
    //                                                                           ^ line 3, column 18
    ['a missing comma', '{\n  "format": "counsel-desk-matter"\n  "fileVersion": 2\n}', 3, 3],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1],
    ['a stray character after the end', '{"a": 1}\n}', 2, 1],
    ['an unquoted field name', '{\n\n    format: 1}', 3, 5],
    ['a line break inside quotes', '{"a": "one\ntwo"}', 1, 11],
  ])('%s', (_what, text, line, column) => {
    expect(refusal(text).message).toContain(`line ${line}, column ${column}`);
  });

  it('counts columns after a byte order mark as an editor shows them', () => {
    expect(refusal('\uFEFF{"a": x}').message).toContain('line 1, column 7');
  });

  it('counts lines of a file with Windows line endings', () => {
    const text = '{\r\n  "format": "counsel-desk-matter",\r\n  "fileVersion": ?\r\n}';
    expect(refusal(text).message).toContain('line 3, column 18');
  });

  it('counts a character outside the basic plane as one column', () => {
    expect(refusal('{"a": "\u{1F600}", x}').message).toContain('line 1, column 12');
  });
});

describe('a file cut short', () => {
  const cut = saved.slice(0, Math.floor(saved.length / 2));

  it('says it was cut short and how to open the previous save kept beside it', () => {
    const { message, code } = refusal(cut);
    expect(code).toBe('invalid-file');
    expect(message).toMatch(/dallas\.cdesk is cut short/);
    expect(message).toContain('dallas.cdesk.bak');
    expect(message).toMatch(/copy .*dallas\.cdesk\.bak.* \.cdesk.* open the copy/i);
    expect(message).toContain('was not changed');
  });

  it('names the line where it ends', () => {
    const lines = cut.split('\n');
    expect(refusal(cut).message).toContain(`line ${lines.length}`);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '  \n '],
    ['zeros where the text was', '\u0000'.repeat(4096)],
  ])('says an %s file is empty and points to the backup', (_what, text) => {
    const { message } = refusal(text);
    expect(message).toContain('dallas.cdesk is empty');
    expect(message).toContain('dallas.cdesk.bak');
  });
});

describe('a file that is not a matter at all', () => {
  const passwd =
    'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nsecretuser:x:1000:1000::/home/secretuser:/bin/bash\n';

  it('says a text file is not a Counsel Desk matter file, without quoting it', () => {
    const { message, details } = refusal(passwd, 'passwd');
    expect(message).toMatch(/^passwd is not a Counsel Desk matter file: it is not JSON \(line 1, column 1\)/);
    for (const secret of ['root', 'daemon', 'secretuser', '/bin/bash', 'x:0']) {
      expect(message).not.toContain(secret);
      expect(details ?? []).not.toContain(secret);
    }
  });

  it('says a binary file holds binary data, without quoting its bytes', () => {
    const binary = '\u007FELF\u0002\u0001\u0001\u0000\u0000\u0000\uFFFD\uFFFDlibc.so.6 GLIBC_2.2.5';
    const { message } = refusal(binary, 'ls');
    expect(message).toMatch(/^ls is not a Counsel Desk matter file: it holds binary data, not text/);
    expect(message).not.toMatch(/ELF|libc|GLIBC/);
  });

  it('quotes nothing from a JSON file that breaks, only where it breaks', () => {
    const { message } = refusal('{"apiKey": "sk-live-123456" oops}', 'settings.json');
    expect(message).toContain('line 1, column 29');
    expect(message).not.toMatch(/apiKey|sk-live|oops/);
  });
});

describe('a matter from a newer Counsel Desk', () => {
  it('says the matter inside the file was written by a newer Counsel Desk, with both versions', () => {
    const file = matterFileTitled('x');
    const newer = { ...file, matter: { ...file.matter, schemaVersion: 5 } };
    const error = refusal(JSON.stringify(newer));
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(
      /dallas\.cdesk was written by a newer Counsel Desk \(matter version 5\); this version reads up to version 2\./,
    );
    expect(error.message).toContain('was not changed');
  });

  it('says so for a newer file version too', () => {
    const newer = MATTER_FILE_VERSION + 1;
    const error = refusal(JSON.stringify({ ...matterFileTitled('x'), fileVersion: newer }));
    expect(error.code).toBe('newer-version');
    expect(error.message).toContain(
      `written by a newer Counsel Desk (file version ${newer}); this version reads up to version ${MATTER_FILE_VERSION}.`,
    );
  });
});
