// Which production dialog shows: Produce… (the next volume), or the redactions of one record. Kept apart from
// the desk store's dialogs, whose list other areas own; one shows at a time all the same.
import { useSyncExternalStore } from 'react';

export type ProductionDialog = { kind: 'produce' } | { kind: 'redact'; recordId: string } | null;

let shown: ProductionDialog = null;
const listeners = new Set<() => void>();

export function showProductionDialog(dialog: ProductionDialog): void {
  shown = dialog;
  for (const listener of listeners) listener();
}

export function useProductionDialog(): ProductionDialog {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => shown,
  );
}
