// The two buttons of every "before you export" dialog: Cancel (focused, the safe choice) and the export
// that goes ahead regardless.
import { store } from '../app/desk-store';

export function ExportAnywayActions({ label, onExport }: { label: string; onExport: () => void }) {
  return (
    <>
      <button type="button" className="button" onClick={() => store.set({ dialog: null })} data-autofocus>
        Cancel
      </button>
      <button type="button" className="button button--primary" onClick={onExport}>
        {label}
      </button>
    </>
  );
}
