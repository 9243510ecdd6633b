// The matter panel: a form generated from the chosen template's declared fields, grouped, with required
// fields marked and inline messages.
import { useMemo } from 'react';
import { useDesk } from '../app/desk-store';
import { ExampleNotice } from '../app/example-notice';
import { FieldControl } from './field-control';
import { ListField } from './list-field';
import { layoutForm } from './form-layout';
import { getAt } from './matter-path';

export function MatterForm() {
  const matter = useDesk((s) => s.file?.matter);
  const templateId = useDesk(
    (s) => s.file?.drafts.find((d) => d.id === s.activeDraftId)?.templateId || s.selectedTemplateId,
  );
  const template = useDesk((s) => s.templates.find((t) => t.id === templateId));
  // A new key per opened matter: "required" messages wait again until the user has been in a field.
  const openCount = useDesk((s) => s.openCount);
  const groups = useMemo(() => layoutForm(template?.fields ?? []), [template]);
  if (!matter) return null;
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
            fields.
          </>
        ) : (
          'Choose a template to see the fields it uses.'
        )}
      </p>
      {groups.map((group) => (
        <details key={group.name} className="form-group" open>
          <summary>{group.name}</summary>
          <div className="form-group-body">
            {group.entries.map((entry) =>
              entry.kind === 'field' ? (
                <FieldControl
                  key={entry.field.path}
                  field={entry.field}
                  path={entry.field.path}
                  value={getAt(matter, entry.field.path)}
                />
              ) : (
                <ListField
                  key={entry.list.path}
                  list={entry.list}
                  itemFields={entry.itemFields}
                  value={getAt(matter, entry.list.path)}
                />
              ),
            )}
          </div>
        </details>
      ))}
    </form>
  );
}
