// Splits an mbox file into its messages while reading it, so a mailbox of any size is never held in memory
// whole: only the message being read. A message starts at a "From " line at the top of the file or after a
// blank line (and looks like an envelope: "From sender date"); ">From " lines written to escape such lines in a body (mboxo and mboxrd) lose one ">".
import { createReadStream } from 'node:fs';

export interface MboxMessage {
  /** 1 for the first message of the file. */
  index: number;
  /** The "From sender date" line that opened the message (without the line break). */
  envelope: string;
  bytes: Buffer;
}

/** Thrown when the file does not start like an mbox. */
export class NotAnMboxError extends Error {}

const FROM = Buffer.from('From ');
const startsWithFrom = (line: Buffer, at = 0) =>
  line.length >= at + FROM.length && line.compare(FROM, 0, FROM.length, at, at + FROM.length) === 0;

/** True for ">From ", ">>From ", …: a body line escaped by the mailbox writer. */
function isEscapedFrom(line: Buffer): boolean {
  let at = 0;
  while (at < line.length && line[at] === 0x3e) at++;
  return at > 0 && startsWithFrom(line, at);
}

const isBlank = (line: Buffer) => line.length === 0 || (line.length === 1 && line[0] === 0x0d);
const isBlankLine = (line: Buffer) =>
  isBlank(line.subarray(0, line[line.length - 1] === 0x0a ? -1 : undefined));

/** "From sender" alone or followed by a date: a body line such as "From the start" is not an envelope. */
const ENVELOPE = /^From \S+(\s*$|\s+.*\d)/;

export async function* readMbox(file: string): AsyncGenerator<MboxMessage> {
  let pending = Buffer.alloc(0);
  let lines: Buffer[] = [];
  let envelope = '';
  let index = 0;
  let previousBlank = true;
  let seenContent = false;
  const finish = (): MboxMessage | undefined => {
    if (!envelope) return undefined;
    // The blank line before the next "From " belongs to the mailbox, not to the message.
    while (lines.length > 0 && isBlankLine(lines[lines.length - 1]!)) lines.pop();
    const message = { index: ++index, envelope, bytes: Buffer.concat(lines) };
    lines = [];
    return message;
  };
  const take = function* (line: Buffer): Generator<MboxMessage> {
    const body = line.subarray(0, line.length - 1);
    if (startsWithFrom(body) && previousBlank && ENVELOPE.test(body.toString('latin1'))) {
      const done = finish();
      if (done) yield done;
      envelope = body.toString('latin1').replace(/\r$/, '');
      seenContent = true;
    } else if (!envelope) {
      if (!isBlank(body)) {
        throw new NotAnMboxError(
          'it does not start with a "From " line, so it is not an mbox mailbox (export the mailbox as mbox, or import its messages as .eml files)',
        );
      }
    } else {
      lines.push(isEscapedFrom(body) ? line.subarray(1) : line);
    }
    previousBlank = isBlank(body);
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let end = data.indexOf(0x0a, start); end >= 0; end = data.indexOf(0x0a, start)) {
      // Lines are copied out of the chunk so that a kept message does not pin every chunk it touched.
      yield* take(Buffer.from(data.subarray(start, end + 1)));
      start = end + 1;
    }
    pending = Buffer.from(data.subarray(start));
  }
  if (pending.length > 0) yield* take(Buffer.concat([pending, Buffer.from('\n')]));
  const last = finish();
  if (last) yield last;
  if (!seenContent) throw new NotAnMboxError('it is empty: there are no messages in it');
}
