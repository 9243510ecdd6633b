// What the CLI's bind knows beyond the matter file: today's date on this computer, for the deadline. `review`,
// `render --draft` and `status` all pass it, so they list the same problems. (Excerpt checks need the library,
// which these commands do not open.)
import { todayIso } from '../../core/letter/letter-facts';
import type { BindOptions } from '../../core/pipeline/bind-draft';

export const cliBindOptions = (): BindOptions => ({ today: todayIso() });
