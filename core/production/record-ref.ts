// Finds the record a person names on the command line: by its number in the list (from 1), its exhibit label
// ("B"), its control number ("W-1") or its id. Returns the record's index, or a message saying what exists.
import type { MatterRecord } from '../records/record';
import type { RecordView } from '../records/record-views';

export type RecordRef = { index: number } | { problem: string };

export function findRecord(
  records: readonly MatterRecord[],
  views: readonly RecordView[],
  ref: string,
): RecordRef {
  const wanted = ref.trim();
  if (records.length === 0) return { problem: 'The matter has no records yet; add some with records add.' };
  const count = `the matter has ${records.length} record${records.length === 1 ? '' : 's'} (1-${records.length})`;
  if (/^\d+$/.test(wanted)) {
    const n = Number(wanted);
    return n >= 1 && n <= records.length
      ? { index: n - 1 }
      : { problem: `There is no record ${wanted}: ${count}.` };
  }
  const byId = records.findIndex((r) => r.id === wanted);
  if (byId >= 0) return { index: byId };
  const byLabel = views.findIndex(
    (v) => v.exhibitLabel !== '' && v.exhibitLabel.toLowerCase() === wanted.toLowerCase(),
  );
  if (byLabel >= 0) return { index: byLabel };
  const byControl = views.findIndex((v) => v.controlNumber.toLowerCase() === wanted.toLowerCase());
  if (byControl >= 0) return { index: byControl };
  return {
    problem: `No record is numbered, labelled or identified "${wanted}": ${count}; give its number, its exhibit label or its id.`,
  };
}
