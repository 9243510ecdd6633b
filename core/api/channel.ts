// How a channel of the API contract is declared: its request schema, and the response type it resolves to.
import { z } from 'zod';

export const empty = z.object({}).strict();

/** Declares a channel: request schema plus the response type it resolves to. */
export const channel = <Req extends z.ZodType, Res>(request: Req) => ({
  request,
  response: undefined as unknown as Res,
});
