// "Take me to that field": from a list of empty required fields, switch to the Matter tab, open the field's
// group and put the cursor in it.
import { store } from '../app/desk-store';
import { fieldDomId } from './field-problems';
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
  const item = /^(.*)\.(\d+)\.[^.]+$/.exec(path);
  if (!item) return { label, path };
  const [, listPath = '', index = '0'] = item;
  const number = getAt(store.get().file?.matter, `${listPath}.${index}.number`);
  const shown = typeof number === 'string' && number.trim() ? number.trim() : String(Number(index) + 1);
  return { label: `${label} (${itemNoun(listPath)} ${shown})`, path };
}

export function goToField(path: string): void {
  store.set({ dialog: null, sidebarTab: 'matter' });
  // The Matter tab mounts on the next render, and the closing dialog hands focus back first: try for a few
  // frames until the field is there.
  let tries = 0;
  const attempt = () => {
    const input = document.getElementById(fieldDomId(path));
    if (!input) {
      if (++tries < 20) requestAnimationFrame(attempt);
      return;
    }
    const group = input.closest('details');
    if (group) group.open = true;
    input.scrollIntoView({ block: 'center' });
    input.focus();
  };
  requestAnimationFrame(attempt);
}
