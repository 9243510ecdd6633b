// One labelled input of the matter form, chosen by the field's declared type, with its inline message.
import { memo, useState } from 'react';
import type { ChangeEvent } from 'react';
import { choiceLabel } from './choice-labels';
import { choicesOf } from './matter-schema-info';
import { fieldDomId, fieldProblem } from './field-problems';
import type { DeclaredField } from './field-problems';
import { setMatterValue } from './matter-commands';

interface FieldControlProps {
  field: DeclaredField;
  /** The concrete path (`inquiry.requests.2.text` inside a list item). */
  path: string;
  value: unknown;
  /** Shown instead of the label inside list items, where the group already names the item. */
  compact?: boolean;
}

const asText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

export const FieldControl = memo(function FieldControl({ field, path, value }: FieldControlProps) {
  const id = fieldDomId(path);
  // "Required" waits until the user has been in the field; a wrong date shows at once.
  const [touched, setTouched] = useState(false);
  const found = fieldProblem(field, value);
  const isEmptyRequired =
    found !== null && field.required && (value === '' || value === undefined || value === null);
  const problem = isEmptyRequired && !touched ? null : found;
  const describedBy = [problem ? `${id}-problem` : '', field.help ? `${id}-help` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-required': field.required || undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: () => setTouched(true),
  } as const;
  const onText = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setMatterValue(path, event.target.value);

  let control;
  if (field.type === 'boolean') {
    control = (
      <input
        {...common}
        type="checkbox"
        checked={value === true}
        onChange={(e) => setMatterValue(path, e.target.checked)}
      />
    );
  } else if (field.type === 'multiline') {
    control = <textarea {...common} rows={3} value={asText(value)} onChange={onText} />;
  } else if (field.type === 'choice' && choicesOf(field.path).length > 0) {
    control = (
      <select {...common} value={asText(value)} onChange={onText}>
        {choicesOf(field.path).map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'number') {
    control = (
      <input
        {...common}
        type="number"
        min={0}
        value={asText(value)}
        onChange={(e) => setMatterValue(path, e.target.value === '' ? 0 : Number(e.target.value))}
      />
    );
  } else {
    control = (
      <input
        {...common}
        type={field.type === 'date' ? 'date' : 'text'}
        value={asText(value)}
        onChange={onText}
      />
    );
  }

  return (
    <div
      className={`form-field form-field--${field.type}${problem ? ' form-field--invalid' : ''}${isEmptyRequired ? ' form-field--missing' : ''}`}
    >
      <div className="label-row">
        <label htmlFor={id}>{field.label}</label>
        {field.required && (
          <span className="required-mark" aria-hidden="true" title="Required">
            *
          </span>
        )}
      </div>
      {control}
      {field.help && (
        <p id={`${id}-help`} className="form-help">
          {field.help}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="form-problem">
          {problem}
        </p>
      )}
    </div>
  );
});
