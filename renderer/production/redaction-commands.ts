// Adding and removing redactions of the open matter: the production channels work out the change (the phrase
// found in the record's text, the reason matched to the matter's list or added to it), and the change is
// applied like any other edit of the records: unsaved until saved, the letters bound again.
import type { RedactOutcome } from '../../core/api/production-requests';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { changeFile } from '../app/file-changes';

export interface RedactAsk {
  phrase: string;
  reason: string;
  /** The record; undefined for every record of the production. */
  recordId?: string;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What the user hears after a redaction: how many occurrences in how many records, and anything to do. */
function describe(outcome: RedactOutcome, everywhere: boolean): string {
  if (outcome.already) return 'That phrase is redacted there already; nothing changed.';
  const found = outcome.hits.reduce((sum, h) => sum + h.count, 0);
  const where = everywhere ? ` in ${plural(outcome.hits.length, 'record')}` : '';
  const added = outcome.reasonAdded ? ` “${outcome.reason}” was added to the matter’s reasons.` : '';
  const again =
    outcome.producedBefore.length > 0
      ? ` ${plural(outcome.producedBefore.length, 'record')} went out before: produce again to send the redacted pages.`
      : '';
  return `Redacted ${plural(found, 'occurrence')}${where}, reason “${outcome.reason}”.${added}${again}`;
}

/** Redacts and answers the sentence to announce, or the problem to show. */
export async function redact(ask: RedactAsk): Promise<{ said: string } | { problem: string }> {
  const file = store.snapshot();
  if (!file) return { problem: 'No matter is open.' };
  const { records, excerpts, redactionReasons, productionRedactions } = file;
  const result = await desk().redactPhrase({
    parts: { records, excerpts, redactionReasons, productionRedactions },
    phrase: ask.phrase,
    reason: ask.reason,
    ...(ask.recordId ? { recordId: ask.recordId } : {}),
  });
  if (!result.ok) return { problem: result.error.message };
  const outcome = result.value;
  if (!outcome.already)
    changeFile((f) => ({
      ...f,
      records: outcome.records,
      redactionReasons: outcome.redactionReasons,
      productionRedactions: outcome.productionRedactions,
    }));
  return { said: describe(outcome, ask.recordId === undefined) };
}

export async function removeRedaction(redactionId: string): Promise<string> {
  const file = store.snapshot();
  if (!file) return '';
  const { records, productionRedactions } = file;
  const result = await desk().removeRedaction({ parts: { records, productionRedactions }, redactionId });
  if (!result.ok) return result.error.message;
  changeFile((f) => ({ ...f, ...result.value }));
  return 'The redaction was removed. The record keeps its status; change it if nothing else in it is withheld.';
}
