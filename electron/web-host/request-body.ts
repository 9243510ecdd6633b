// Reads API request bodies within two limits: one request's size, and one budget for all bodies the host
// holds at once (so a few concurrent large uploads cannot exhaust memory). A refused body is drained rather
// than cut off, so the client reads the 413 or 503 answer before the connection ends.
import type { IncomingMessage } from 'node:http';

export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
export const MAX_BYTES_IN_FLIGHT = 2 * MAX_REQUEST_BYTES;

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** The bytes of request bodies held at once, across all requests. */
export class BodyBudget {
  private used = 0;
  constructor(readonly total: number) {}

  get inFlight(): number {
    return this.used;
  }

  take(bytes: number): boolean {
    if (this.used + bytes > this.total) return false;
    this.used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }
}

export type BodyRead = { ok: true; text: string } | { ok: false; status: 413 | 503; message: string };

const tooLarge = (limit: number): BodyRead => ({
  ok: false,
  status: 413,
  message: `The request is too large: Counsel Desk's local server takes at most ${megabytes(limit)} at once. Import large files one at a time, or type their paths instead of uploading them.`,
});

const busy = (budget: BodyBudget): BodyRead => ({
  ok: false,
  status: 503,
  message: `Counsel Desk's local server is still receiving other large requests (at most ${megabytes(budget.total)} at a time). Wait until they finish, then try again.`,
});

/** Reads and discards the rest of a refused body, up to four times the limit; a sender that goes on
 *  past that is disconnected. (Hanging up at once would reset the connection, and the client would lose
 *  the answer explaining the refusal.) */
export function discardBody(request: IncomingMessage, limit: number): void {
  const allowance = 4 * limit;
  let discarded = 0;
  request.removeAllListeners('data');
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > allowance) request.socket.destroy();
  });
  request.resume();
}

/**
 * Reads the body as text. Whatever part of the budget it took stays taken until `release` is called (when
 * the answer has been sent), so the parsed request counts against it while it is handled.
 */
export function readBody(
  request: IncomingMessage,
  limit: number,
  budget: BodyBudget,
): { body: Promise<BodyRead>; release(): void } {
  let taken = 0;
  const release = () => {
    budget.give(taken);
    taken = 0;
  };
  const take = (bytes: number) => {
    if (!budget.take(bytes)) return false;
    taken += bytes;
    return true;
  };
  const refuse = (result: BodyRead): Promise<BodyRead> => {
    discardBody(request, limit);
    return Promise.resolve(result);
  };
  const declared = Number(request.headers['content-length']);
  if (declared > limit) return { body: refuse(tooLarge(limit)), release };
  if (declared > 0 && !take(declared)) return { body: refuse(busy(budget)), release };

  const body = new Promise<BodyRead>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: BodyRead) => {
      chunks.length = 0;
      release();
      discardBody(request, limit);
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return stop(tooLarge(limit));
      // A body without Content-Length takes its share of the budget as it arrives.
      if (size > taken && !take(size - taken)) return stop(busy(budget));
      chunks.push(chunk);
    });
    request.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', reject);
  });
  return { body, release };
}
