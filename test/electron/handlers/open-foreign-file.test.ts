// What the window is told when a file chosen as a matter is no matter at all: the answer the renderer shows
// (the dispatch result) names the problem and never carries the file's own bytes.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { desktopContext, servicesForTest, webContext } from '../../support/desk-services-fixture';

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\njdoe:x:1000:1000:Jane Doe,,,:/home/jdoe:/bin/bash\n';
const BINARY = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0xff, 0xfe, ...Buffer.from('GLIBC')]);
const SECRETS = /root|jdoe|Jane Doe|\/bin\/bash|ELF|GLIBC/;
const quiet = () => undefined;

function written(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'desk-foreign-')), name);
  writeFileSync(file, content);
  return file;
}

describe('opening a file that is not a matter', () => {
  it.each([
    [
      'a password file',
      'passwd',
      PASSWD,
      /^passwd is not a Counsel Desk matter file: it is not JSON \(line 1, column 1\)/,
    ],
    ['a program', 'ls.cdesk', BINARY, /^ls\.cdesk is not a Counsel Desk matter file: it holds binary data/],
  ])('%s is refused in words of our own', async (_what, name, content, expected) => {
    const { handlers } = await servicesForTest();
    const file = written(name, content);
    const web = await dispatch(handlers, 'matter:open', { path: file }, webContext, quiet);
    const { ctx } = desktopContext({ open: file });
    const desktop = await dispatch(handlers, 'matter:open', {}, ctx, quiet);
    for (const result of [web, desktop]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-file');
      expect(result.error.message).toMatch(expected);
      expect(JSON.stringify(result.error)).not.toMatch(SECRETS);
    }
  });
});
