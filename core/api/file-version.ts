// What a window knows about the matter file on disk when it opened or last saved it, so Save can tell
// whether someone else (another window, the command line, a colleague on a shared folder) wrote it since.
import { z } from 'zod';

export const fileVersionSchema = z.object({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
});

export type FileVersion = z.infer<typeof fileVersionSchema>;

/** Names a window's recovery slot: letters, digits, `_` and `-`, so it can never name another folder. */
export const windowIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, _ or -');

/** A window's own recovery slot; `unsaved-matter` is the one slot earlier versions kept for every window. */
export const recoverySlotFor = (windowId: string): string => `window-${windowId}`;

export const recoverySlotSchema = z
  .string()
  .regex(/^(window-[A-Za-z0-9_-]{1,64}|unsaved-matter)$/, 'is not a recovery slot');

/** The same bytes: an edit that was saved back unchanged, or a file only touched, is not a conflict. */
export const sameContent = (a: FileVersion, b: FileVersion): boolean =>
  a.size === b.size && a.sha256 === b.sha256;
