// The mbox splitter: messages split at "From " lines that follow a blank line, escaped body lines restored,
// messages larger than a read chunk kept whole, and a file that is no mailbox refused with the reason.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMbox } from '../../../../../electron/services/library/mail/mbox-reader';
import { tempDir } from '../../../../support/library-fixtures';

const write = (text: string | Buffer) => {
  const file = path.join(tempDir(), 'box.mbox');
  writeFileSync(file, text);
  return file;
};
const collect = async (file: string) => {
  const out: { index: number; envelope: string; text: string }[] = [];
  for await (const m of readMbox(file))
    out.push({ index: m.index, envelope: m.envelope, text: m.bytes.toString('utf8') });
  return out;
};

describe('reading an mbox', () => {
  it('splits messages and restores escaped "From " lines', async () => {
    const file = write(
      'From a@x Mon Mar  3 10:00:00 2025\nSubject: one\n\nFrom the start\n>From the body\n>>From quoted\n\n' +
        'From b@x Mon Mar  3 11:00:00 2025\nSubject: two\n\nlast line',
    );
    expect(await collect(file)).toEqual([
      {
        index: 1,
        envelope: 'From a@x Mon Mar  3 10:00:00 2025',
        text: 'Subject: one\n\nFrom the start\nFrom the body\n>From quoted\n',
      },
      { index: 2, envelope: 'From b@x Mon Mar  3 11:00:00 2025', text: 'Subject: two\n\nlast line\n' },
    ]);
  });

  it('reads CRLF mailboxes and a message larger than one read chunk', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const file = write(
      `From a@x\r\nSubject: big\r\n\r\n${big}\r\n\r\nFrom b@x\r\nSubject: small\r\n\r\nok\r\n`,
    );
    const messages = await collect(file);
    expect(messages.map((m) => m.text.length)).toEqual([
      `Subject: big\r\n\r\n${big}\r\n`.length,
      'Subject: small\r\n\r\nok\r\n'.length,
    ]);
  });

  it('refuses a file that does not start like a mailbox, and an empty one', async () => {
    await expect(collect(write('Subject: not a mailbox\n'))).rejects.toThrow(
      'it does not start with a "From " line, so it is not an mbox mailbox',
    );
    await expect(collect(write(''))).rejects.toThrow('it is empty: there are no messages in it');
  });
});
