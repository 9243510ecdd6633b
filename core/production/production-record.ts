// What the matter keeps of a production once its volume is written: the production itself (volume, day,
// Bates range, pages, records, manifest hash) and the history entry that records it, sealed by the next save.
import type { BatesSettings } from '../exhibits/exhibit';
import { formatBates } from '../exhibits/bates';
import type { HistoryEntry } from '../history/history-entry';
import type { Production } from './production';

export interface ProducedRecordRange {
  id: string;
  first: number;
  last: number;
  pages: number;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function productionRecord(input: {
  volume: string;
  now: Date;
  /** The day as the matter dates things (local), "2025-03-20". */
  date: string;
  bates: Pick<BatesSettings, 'prefix' | 'digits'>;
  produced: readonly ProducedRecordRange[];
  withheldIds: readonly string[];
  manifestSha256: string;
  newId: () => string;
}): { production: Production; entry: HistoryEntry; range: string } {
  const numbers = input.produced.flatMap((p) => [p.first, p.last]).filter((n) => n > 0);
  const [first, last] = numbers.length > 0 ? [Math.min(...numbers), Math.max(...numbers)] : [0, 0];
  const batesFirst = first > 0 ? formatBates(input.bates, first) : '';
  const batesLast = last > 0 ? formatBates(input.bates, last) : '';
  const range = first > 0 ? `${batesFirst} – ${batesLast}` : '';
  const production: Production = {
    volume: input.volume,
    date: input.date,
    producedAt: input.now.toISOString(),
    first,
    last,
    batesFirst,
    batesLast,
    pages: input.produced.reduce((sum, p) => sum + p.pages, 0),
    recordIds: input.produced.map((p) => p.id),
    withheldIds: [...input.withheldIds],
    manifestSha256: input.manifestSha256,
  };
  const entry: HistoryEntry = {
    id: input.newId(),
    kind: 'produced',
    at: production.producedAt,
    author: '',
    name: input.volume,
    fileName: 'MANIFEST.sha256',
    sha256: input.manifestSha256,
    summary: `${count(production.recordIds.length, 'record')}, ${count(production.pages, 'page')}${range ? `, ${range}` : ''}`,
  };
  return { production, entry, range };
}
