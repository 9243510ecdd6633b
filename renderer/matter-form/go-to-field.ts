// "Take me to that field": from a list of empty required fields, switch to the form that edits it (beside
// the draft, or the matter view), open the field's group and put the cursor in it.
import { store } from '../app/desk-store';
import { letterFactsSchema } from '../../core/letter/letter-facts';
import { letterContext } from '../../core/pipeline/letter-context';
import type { RecordView } from '../../core/records/record-views';
import { normalizePath } from '../../core/matter/matter-paths';
import { isLetterPath } from '../../core/pipeline/context-schema';
import { fieldDomId } from './field-problems';
import { focusIdWhenShown } from './focus-when-shown';
import { getAt } from './matter-path';

export interface MissingField {
  label: string;
  /** Concrete matter path, e.g. `inquiry.requests.2.text`; empty when the message named none. */
  path: string;
}

/** `inquiry.requests` -> "request", `response.policies` -> "policy"; records lists and others -> "record"/"item". */
function itemNoun(listPath: string): string {
  const last = listPath.slice(listPath.lastIndexOf('.') + 1);
  if (last === 'produced' || last === 'withheld') return 'record';
  if (last.endsWith('ies')) return `${last.slice(0, -3)}y`;
  return last.endsWith('s') ? last.slice(0, -1) : 'item';
}

/** The export refusal lists fields as "Label (path)"; people see the label, and which item for a list. */
export function describeMissing(detail: string): MissingField {
  const match = /^(.*) \(([\w.-]+)\)$/.exec(detail);
  if (!match) return { label: detail, path: '' };
  const [, label = detail, path = ''] = match;
  const record = recordOfPath(path);
  if (record)
    return { label: `${label} (record ${record.number}: ${record.description || 'no description'})`, path };
  const item = listItemOf(path);
  return { label: item ? `${label} (${item})` : label, path };
}

/** Which item of a list of the matter a path is in ("policy 2", "request 3"); empty outside a list. */
export function listItemOf(path: string): string {
  const item = /^(.*)\.(\d+)\.[^.]+$/.exec(path);
  if (!item) return '';
  const [, listPath = '', index = '0'] = item;
  const number = getAt(store.get().file?.matter, `${listPath}.${index}.number`);
  const shown = typeof number === 'string' && number.trim() ? number.trim() : String(Number(index) + 1);
  return `${itemNoun(listPath)} ${shown}`;
}

/** A value of a record (`records.withheld.0.basis`): which record, by id, and which of its fields. */
function recordOfPath(
  path: string,
): { id: string; number: number; description: string; field: string } | null {
  const match = /^(records\.\w+|letter\.exhibits)\.(\d+)\.(\w+)$/.exec(path);
  const file = store.get().file;
  if (!match || !file) return null;
  const draft = file.drafts.find((d) => d.id === store.get().activeDraftId);
  const views = letterContext(file, draft ?? { letter: letterFactsSchema.parse({}) }).context;
  const view = getAt(views, `${match[1]}.${match[2]}`) as RecordView | undefined;
  return view ? { id: view.id, number: view.number, description: view.description, field: match[3]! } : null;
}

/** Records are edited in the records list (Library & Exhibits), not in the matter form: goes to the record's
 *  row, and into the named field of it when given. */
export function goToRecord(record: { id: string; field?: string }): void {
  store.set({ dialog: null, sidebarTab: 'library' });
  let tries = 0;
  const attempt = () => {
    const row = document.getElementById(`record-row-${record.id}`);
    if (!row) {
      if (++tries < 20) requestAnimationFrame(attempt);
      return;
    }
    const control =
      (record.field ? row.querySelector<HTMLElement>(`[data-record-field="${record.field}"]`) : null) ??
      row.querySelector<HTMLElement>('input, select, textarea');
    const folded = control?.closest('details');
    if (folded) folded.open = true;
    row.scrollIntoView({ block: 'center' });
    control?.focus();
  };
  requestAnimationFrame(attempt);
}

/** Where a field is edited: the form beside the open draft when its letter declares the field (or it is
 *  the letter's own), otherwise the matter view, which holds every fact of the matter. */
function fieldIsBesideDraft(path: string): boolean {
  const { activeDraftId, file, templates } = store.get();
  const draft = file?.drafts.find((d) => d.id === activeDraftId);
  if (!draft) return false;
  if (isLetterPath(path)) return true;
  const declared = normalizePath(path);
  return templates.some((t) => t.id === draft.templateId && t.fields.some((f) => f.path === declared));
}

export function goToField(path: string): void {
  const record = recordOfPath(path);
  if (record) return goToRecord(record);
  store.set({
    dialog: null,
    sidebarTab: 'matter',
    mainView: fieldIsBesideDraft(path) ? 'draft' : 'matter',
  });
  // The form mounts on the next render, and a closing dialog hands focus back first: try for a few frames.
  focusIdWhenShown(fieldDomId(path), { block: 'center' });
}
