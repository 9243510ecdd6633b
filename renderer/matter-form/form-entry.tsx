// One entry of a matter form (a field or a repeatable list), as the sidebar form and the matter view show it.
import type { FormEntry } from './form-layout';
import { FieldControl } from './field-control';
import { ListField } from './list-field';
import { getAt } from './matter-path';

export function FormEntryControl({ entry, root }: { entry: FormEntry; root: Record<string, unknown> }) {
  if (entry.kind === 'field')
    return <FieldControl field={entry.field} path={entry.field.path} value={getAt(root, entry.field.path)} />;
  return <ListField list={entry.list} itemFields={entry.itemFields} value={getAt(root, entry.list.path)} />;
}
