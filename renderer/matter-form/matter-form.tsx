// The matter panel: a form generated from the chosen template's declared fields, grouped, with required
// fields marked and inline messages.
import { useMemo } from 'react';
import { useDesk } from '../app/desk-store';
import { ExampleNotice } from '../app/example-notice';
import { FormEntryControl } from './form-entry';
import { layoutForm } from './form-layout';
import { formRoot } from './matter-commands';
import { isDerivedPath, isLetterPath } from '../../core/pipeline/context-schema';
import type { DeclaredField } from './field-problems';

/** The open letter's own facts come first, under "This letter"; derived values are not edited here. */
function formFields(fields: readonly DeclaredField[], hasDraft: boolean): DeclaredField[] {
  const editable = fields.filter((f) => !isDerivedPath(f.path));
  const letter = editable.filter((f) => isLetterPath(f.path)).map((f) => ({ ...f, group: 'This letter' }));
  return [...(hasDraft ? letter : []), ...editable.filter((f) => !isLetterPath(f.path))];
}

export function MatterForm() {
  const file = useDesk((s) => s.file);
  const activeDraftId = useDesk((s) => s.activeDraftId);
  const templateId = useDesk(
    (s) => s.file?.drafts.find((d) => d.id === s.activeDraftId)?.templateId || s.selectedTemplateId,
  );
  const template = useDesk((s) => s.templates.find((t) => t.id === templateId));
  // A new key per opened matter: "required" messages wait again until the user has been in a field.
  const openCount = useDesk((s) => s.openCount);
  const hasDraft = activeDraftId !== null;
  const groups = useMemo(
    () => layoutForm(formFields(template?.fields ?? [], hasDraft)),
    [template, hasDraft],
  );
  const root = useMemo(() => (file ? formRoot(file, activeDraftId) : null), [file, activeDraftId]);
  if (!file || !root) return null;
  return (
    <form
      key={openCount}
      className="matter-form"
      aria-label="Matter details"
      onSubmit={(e) => e.preventDefault()}
    >
      <ExampleNotice compact />
      <p className="panel-intro">
        {template ? (
          <>
            Fields used by <strong>{template.title}</strong>. <span aria-hidden="true">*</span> marks required
            fields.{' '}
            {hasDraft
              ? '“This letter” holds the open draft’s own date and delivery; everything else is shared by every letter of the matter.'
              : 'Open a draft to fill in its own date and delivery line.'}
          </>
        ) : (
          'Choose a template to see the fields it uses.'
        )}
      </p>
      {groups.map((group) => (
        <details key={group.name} className="form-group" open>
          <summary>{group.name}</summary>
          <div className="form-group-body">
            {group.entries.map((entry) => (
              <FormEntryControl
                key={entry.kind === 'field' ? entry.field.path : entry.list.path}
                entry={entry}
                root={root}
              />
            ))}
          </div>
        </details>
      ))}
    </form>
  );
}
