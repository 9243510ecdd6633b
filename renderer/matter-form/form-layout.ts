// Arranges a template's declared fields into the form: groups in first-seen order, each list with the
// fields of its items.
import type { DeclaredField } from './field-problems';
import { listOf } from './matter-path';

export type FormEntry =
  | { kind: 'field'; field: DeclaredField }
  | { kind: 'list'; list: DeclaredField; itemFields: DeclaredField[] };

export interface FormGroup {
  name: string;
  entries: FormEntry[];
}

const TITLE_FIELD: DeclaredField = {
  path: 'title',
  label: 'Matter name',
  type: 'text',
  required: false,
  help: 'How you will recognise this matter in recent files.',
  group: 'Matter',
};

export function layoutForm(fields: DeclaredField[]): FormGroup[] {
  const all = fields.some((f) => f.path === 'title') ? fields : [TITLE_FIELD, ...fields];
  const groups = new Map<string, FormEntry[]>();
  const lists = new Map<string, { kind: 'list'; list: DeclaredField; itemFields: DeclaredField[] }>();
  const entriesOf = (group: string): FormEntry[] => {
    const name = group.trim() || 'Other';
    let entries = groups.get(name);
    if (!entries) groups.set(name, (entries = []));
    return entries;
  };
  const listEntry = (path: string, from: DeclaredField) => {
    let entry = lists.get(path);
    if (!entry) {
      const declared = all.find((f) => f.path === path);
      const list = declared ?? {
        ...from,
        path,
        type: 'list',
        label: path.split('.').pop() ?? path,
        required: false,
        help: '',
      };
      entry = { kind: 'list', list, itemFields: [] };
      lists.set(path, entry);
      entriesOf(list.group).push(entry);
    }
    return entry;
  };
  for (const field of all) {
    const parent = listOf(field.path);
    if (parent) listEntry(parent, field).itemFields.push(field);
    else if (field.type === 'list') listEntry(field.path, field);
    else entriesOf(field.group).push({ kind: 'field', field });
  }
  return [...groups].map(([name, entries]) => ({ name, entries }));
}
