// Shows whichever production dialog is asked for (Produce…, or a record's redactions).
import { ProduceDialog } from './produce-dialog';
import { useProductionDialog } from './production-state';
import { RedactionDialog } from './redaction-dialog';
import './production.css';

export function ProductionHost() {
  const dialog = useProductionDialog();
  if (!dialog) return null;
  return dialog.kind === 'produce' ? <ProduceDialog /> : <RedactionDialog recordId={dialog.recordId} />;
}
