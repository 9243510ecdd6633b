// The one place a call becomes a result, shared by Electron IPC and the web host: parse the request with the
// contract's schema, run the handler, and answer `{ ok, value }` or `{ ok: false, error }`. Nobody gets a
// stack trace: unexpected errors are logged here and answered with a safe 'internal' message.
import type { z } from 'zod';
import { contract } from '../../core/api/contract';
import type { Channel } from '../../core/api/contract';
import { DeskError, fail, ok } from '../../core/api/result';
import type { ApiResult } from '../../core/api/result';
import type { HandlerContext, PartialHandlers } from '../handlers/handler-types';
import type { PathPolicy } from './path-policy';

export type ErrorLog = (message: string, error: unknown) => void;

const defaultLog: ErrorLog = (message, error) => console.error(message, error);

export const isChannel = (name: string): name is Channel =>
  Object.prototype.hasOwnProperty.call(contract, name);

const pathOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** "file.matter.inquiry.deadline: must be a date written as YYYY-MM-DD" for each problem. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${pathOf(issue.path) || '(request)'}: ${issue.message}`);
}

export async function dispatch(
  handlers: PartialHandlers,
  channel: string,
  rawRequest: unknown,
  ctx: HandlerContext,
  log: ErrorLog = defaultLog,
  paths?: PathPolicy,
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) {
    return fail(
      'bad-request',
      `There is no API call named "${channel.slice(0, 80)}". The page and the app may be different versions; reload the page.`,
    );
  }
  const parsed = contract[channel].request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    const details = describeIssues(parsed.error);
    return fail('bad-request', `${channel} got a request it cannot use: ${details.join('; ')}.`, details);
  }
  // Checked before the handler runs, so a refused path is never read, written or shown a dialog for.
  const refusal = paths?.refuse(channel, parsed.data);
  if (refusal) return fail('forbidden', refusal);
  // The map guarantees the handler for `channel` takes that channel's parsed request.
  const handler = handlers[channel] as
    ((request: unknown, context: HandlerContext) => Promise<unknown>) | undefined;
  if (!handler) {
    return fail(
      'internal',
      `${channel} is not available in this version of Counsel Desk. Update the app, or do this step another way.`,
    );
  }
  try {
    const value = await handler(parsed.data, ctx);
    paths?.learn?.(channel, value);
    return ok(value);
  } catch (error) {
    if (error instanceof DeskError) return fail(error.code, error.message, error.details);
    log(`Counsel Desk: ${channel} failed unexpectedly`, error);
    return fail(
      'internal',
      `Something went wrong in ${channel}. Your work is not lost: save it with Save As…, and report this if it happens again.`,
    );
  }
}
