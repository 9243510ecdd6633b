// Every fact of the matter, arranged in the sections of the matter view (inquiry, requests, records,
// response, city and counsel, recipients, other documents), not only the fields one template uses. Each
// field is read from the matter schema; its label, help and type come from the first template that declares
// it (so the view and the template's own form call it the same), else from the schema's plain-words label.
import type { TemplateSummary } from '../../core/api/contract';
import { fieldLabel } from '../../core/matter/field-labels';
import { allMatterPaths } from '../../core/matter/matter-paths';
import type { PathKind } from '../../core/matter/matter-paths';
import type { DeclaredField } from '../matter-form/field-problems';
import { layoutForm } from '../matter-form/form-layout';
import type { FormEntry } from '../matter-form/form-layout';

export type SectionId = 'inquiry' | 'requests' | 'records' | 'response' | 'counsel' | 'recipients' | 'other';

export interface MatterSection {
  id: SectionId;
  title: string;
  /** Empty for Records, which shows the records list's rows instead of form fields. */
  entries: FormEntry[];
}

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  inquiry: 'Inquiry',
  requests: 'Requests and their status',
  records: 'Records',
  response: 'Response',
  counsel: 'City and counsel',
  recipients: 'Recipients',
  other: 'Other documents',
};

const SECTION_ORDER: readonly SectionId[] = [
  'inquiry',
  'requests',
  'records',
  'response',
  'counsel',
  'recipients',
  'other',
];

/** Which section a matter path belongs to, by its first segments. */
export function sectionOf(path: string): SectionId {
  if (path.startsWith('inquiry.requests')) return 'requests';
  if (path === 'title' || path.startsWith('inquiry.') || path.startsWith('requestingOffice.'))
    return 'inquiry';
  if (path.startsWith('response.') || path.startsWith('options.')) return 'response';
  if (/^(respondent|counsel|signatory)\./.test(path)) return 'counsel';
  if (/^(recipients|cc)(\[|$)/.test(path)) return 'recipients';
  return 'other';
}

/** Not facts a person types: the file's own bookkeeping, the per-letter facts and the derived views. */
const NOT_EDITED = /^(schemaVersion|exampleNotice|custom|letter|records)(\.|\[|$)/;

/** Text fields that hold more than a line when no template says so. */
const LONG_TEXT = /(address|text|answer|quote|facts|reasons|knowledge|summary|description|note|law)$/i;

function schemaType(path: string, kind: PathKind): string {
  if (kind === 'text') return LONG_TEXT.test(path) ? 'multiline' : 'text';
  return kind;
}

/** Fields of the whole matter, in schema order, then the custom fields templates declare. `required` is
 *  what the current template requires (the one of the open draft, or the one picked for a new draft). */
export function matterFields(
  templates: readonly TemplateSummary[],
  current: TemplateSummary | undefined,
): DeclaredField[] {
  const declared = new Map<string, DeclaredField>();
  for (const template of templates)
    for (const field of template.fields) if (!declared.has(field.path)) declared.set(field.path, field);
  const required = new Set(current?.fields.filter((f) => f.required).map((f) => f.path));
  const fields: DeclaredField[] = [];
  const add = (path: string, type: string) => {
    const known = declared.get(path);
    fields.push({
      path,
      label: known?.label || fieldLabel(path),
      type: known?.type || type,
      required: required.has(path),
      help: known?.help ?? '',
      group: sectionOf(path),
    });
  };
  for (const [path, kind] of allMatterPaths()) {
    if (kind === 'group' || kind === 'record' || path.endsWith('[]') || NOT_EDITED.test(path)) continue;
    add(path, schemaType(path, kind));
  }
  for (const path of declared.keys()) if (/^custom\.[A-Za-z_][\w-]*$/.test(path)) add(path, 'text');
  return fields;
}

/** The sections in their fixed order; Records is always there, the others when they hold a field. */
export function matterSections(fields: DeclaredField[]): MatterSection[] {
  const groups = new Map(layoutForm(fields).map((g) => [g.name, g.entries]));
  return SECTION_ORDER.map((id) => ({ id, title: SECTION_TITLES[id], entries: groups.get(id) ?? [] })).filter(
    (section) => section.id === 'records' || section.entries.length > 0,
  );
}
