// The messages a mail file holds, one item at a time: an .eml or .msg is one message, an mbox or a .pst
// many. Each item is read only when the import reaches it, and its failure is its own.
import path from 'node:path';
import { readLimits, readUserFile } from '../../safe-read';
import type { MailMessage } from './mail-message';
import { readMbox } from './mbox-reader';
import { readEml } from './read-eml';
import { readMsg } from './read-msg';
import { readPst } from './read-pst';

export interface MailItem {
  /** How the summary names it: "inbox.mbox, message 3". */
  label: string;
  /** The source's file name in the library. */
  fileName: string;
  /** The bytes the item was read from (hashed to find it again), counted for progress too. */
  bytes: Uint8Array;
  /** How many bytes of the file this item accounts for, for the time-left estimate. */
  weight: number;
  read: () => Promise<MailMessage>;
}

export const MAIL_EXTENSIONS = ['.eml', '.msg', '.mbox', '.pst'];

export const isMailFile = (file: string): boolean =>
  MAIL_EXTENSIONS.includes(path.extname(file).toLowerCase());

const single = async function* (file: string, read: (bytes: Uint8Array) => Promise<MailMessage>) {
  const { bytes } = await readUserFile(file, readLimits.import);
  const name = path.basename(file);
  if (bytes.length === 0) {
    const empty = () => Promise.reject(new Error('the file is empty (0 bytes)'));
    yield { label: name, fileName: name, bytes, weight: 0, read: empty };
    return;
  }
  yield { label: name, fileName: name, bytes, weight: bytes.length, read: () => read(bytes) };
};

export async function* mailItems(file: string): AsyncGenerator<MailItem> {
  const name = path.basename(file);
  switch (path.extname(file).toLowerCase()) {
    case '.eml':
      yield* single(file, (bytes) => readEml(bytes));
      return;
    case '.msg':
      yield* single(file, async (bytes) => readMsg(bytes));
      return;
    case '.mbox':
      for await (const m of readMbox(file)) {
        const label = `${name}, message ${m.index}`;
        const fileName = `${name} #${m.index}`;
        const weight = m.bytes.length + m.envelope.length + 2;
        yield { label, fileName, bytes: m.bytes, weight, read: () => readEml(m.bytes) };
      }
      return;
    case '.pst':
      yield* readPst(file);
      return;
    default:
      throw new Error(`${name} is not a mail file`);
  }
}
