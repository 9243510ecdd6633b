// Fixture markup writes matter values as «path»; this turns them into the field tokens rendering produces.
import { fieldToken, type FieldValue } from '../../../core/template/field-token';

export function tokenizeFixture(text: string): { markup: string; fields: FieldValue[] } {
  const fields: FieldValue[] = [];
  const markup = text.replace(/«([^»]+)»/g, (_match, path: string) => {
    fields.push({ path, label: `Label of ${path}`, value: `value of ${path}`, required: true });
    return fieldToken(fields.length - 1);
  });
  return { markup, fields };
}
