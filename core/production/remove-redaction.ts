// Takes a redaction out: from the record that holds it, or from the whole production (a phrase redacted in
// every record). The record's status and basis are left as the user set them: the Produce dialog names a
// record that is partly withheld with nothing redacted, so the user decides.
import type { MatterFile } from '../matter-file/matter-file';

export function removeRedaction(
  file: Pick<MatterFile, 'records' | 'productionRedactions'>,
  redactionId: string,
): { records: MatterFile['records']; productionRedactions: MatterFile['productionRedactions'] } | null {
  const inProduction = file.productionRedactions.some((r) => r.id === redactionId);
  const holder = file.records.find((r) => r.redactions.some((x) => x.id === redactionId));
  if (!inProduction && !holder) return null;
  return {
    records: file.records.map((r) =>
      r === holder ? { ...r, redactions: r.redactions.filter((x) => x.id !== redactionId) } : r,
    ),
    productionRedactions: file.productionRedactions.filter((r) => r.id !== redactionId),
  };
}
