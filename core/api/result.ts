// Errors are values at process boundaries: every API call answers with one of these.

export type ErrorCode =
  | 'bad-request'
  | 'not-found'
  | 'invalid-file'
  | 'newer-version'
  | 'template-error'
  | 'incomplete-matter'
  | 'io-error'
  /** Save refused: the file on disk is not the version this window opened or last saved. */
  | 'conflict'
  | 'cancelled'
  | 'forbidden'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person can act on: what went wrong, where, and what to do next. */
  message: string;
  /** Optional list of specific problems (field paths, template lines). */
  details?: string[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: string[]): ApiResult<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** Thrown inside services; the handler wrapper turns it into an ApiError. */
export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'DeskError';
  }
}
