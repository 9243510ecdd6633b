// Resolves the file a request is about: the path it names, else the native dialog (desktop), else — in
// browser mode, where there are no native dialogs — a bad-request asking the page for a path.
import { DeskError } from '../../core/api/result';
import type { HandlerContext } from './handler-types';

const cancelled = (what: string) => new DeskError('cancelled', `${what} was cancelled.`);

export async function pathToOpen(given: string | undefined, ctx: HandlerContext): Promise<string> {
  if (given) return given;
  if (!ctx.shell) {
    throw new DeskError(
      'bad-request',
      'Opening a matter in browser mode needs a path: type the full path of the .cdesk file (for example /home/me/Matters/dallas.cdesk).',
    );
  }
  const chosen = await ctx.shell.chooseOpenPath();
  if (!chosen) throw cancelled('Open');
  return chosen;
}

/** Where to save; `confirmed` when the system's Save dialog chose it (it already asked before replacing a
 *  file there), so only a path the page named is checked against what is on disk. */
export async function pathToSave(
  given: string | undefined,
  ask: boolean,
  ctx: HandlerContext,
  suggestedName: string,
): Promise<{ path: string; confirmed: boolean }> {
  if (given && !ask) return { path: given, confirmed: false };
  if (!ctx.shell) {
    if (given) return { path: given, confirmed: false };
    throw new DeskError(
      'bad-request',
      'Saving in browser mode needs a path: type the full path where the .cdesk file should go (for example /home/me/Matters/dallas.cdesk).',
    );
  }
  const chosen = await ctx.shell.chooseSavePath('matter', given ?? suggestedName);
  if (!chosen) throw cancelled('Save');
  return { path: chosen, confirmed: true };
}
