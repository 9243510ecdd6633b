// A repeatable group in the matter form (requests, recipients, policies, ...): one fieldset per item with
// Add and Remove buttons. Focus goes where the next keystroke belongs: into the new item's first field after
// Add, into the item now in the removed one's place (or the one before, or Add) after Remove.
import type { DeclaredField } from './field-problems';
import { fieldDomId, fieldProblem } from './field-problems';
import { FieldControl } from './field-control';
import { flushSync } from 'react-dom';
import { focusNow } from './focus-when-shown';
import { addListItem, removeListItem } from './matter-commands';
import { getAt, itemFieldPath } from './matter-path';

interface ListFieldProps {
  list: DeclaredField;
  itemFields: DeclaredField[];
  value: unknown;
}

/** "Requests in the letter" -> "Request", for naming one item. */
const singular = (label: string): string => {
  const first = label.split(' ')[0] ?? label;
  return first.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
};

/** "Request 3" when the item carries the letter's own number (after removing request 2, the third one
 *  still reads "Request 3"), otherwise its position. */
function itemTitle(itemName: string, item: unknown, index: number): string {
  const number = getAt(item, 'number');
  const shown = typeof number === 'string' && number.trim() !== '' ? number.trim() : String(index + 1);
  return `${itemName} ${shown}`;
}

export function ListField({ list, itemFields, value }: ListFieldProps) {
  const items = Array.isArray(value) ? value : [];
  const problem = fieldProblem(list, items);
  const itemName = singular(list.label);
  const id = fieldDomId(list.path);
  const firstFieldOf = (index: number): string =>
    itemFields[0] ? fieldDomId(itemFieldPath(itemFields[0].path, index)) : `${id}-add`;
  // Rendered at once, so focus moves before the next key the user types arrives.
  const add = () => {
    flushSync(() => addListItem(list.path));
    focusNow(firstFieldOf(items.length));
  };
  const remove = (index: number) => {
    flushSync(() => removeListItem(list.path, index));
    const left = items.length - 1;
    focusNow(left === 0 ? `${id}-add` : firstFieldOf(Math.min(index, left - 1)));
  };
  return (
    <fieldset className="list-field" aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>
        {list.label}
        {list.required && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
        <span className="list-count">{items.length}</span>
      </legend>
      {list.help && <p className="form-help">{list.help}</p>}
      {items.map((item, index) => (
        <fieldset key={index} className="list-item-group">
          <legend>{itemTitle(itemName, item, index)}</legend>
          <button
            type="button"
            className="button button--quiet button--small list-remove"
            aria-label={`Remove ${itemTitle(itemName, item, index)}`}
            onClick={() => remove(index)}
          >
            Remove
          </button>
          {itemFields.map((field) => {
            const path = itemFieldPath(field.path, index);
            return (
              <FieldControl
                key={field.path}
                field={field}
                path={path}
                value={getAt(item, field.path.slice(field.path.indexOf('[]') + 3))}
              />
            );
          })}
        </fieldset>
      ))}
      {problem && (
        <p id={`${id}-problem`} className="form-problem">
          {problem}
        </p>
      )}
      <button id={`${id}-add`} type="button" className="button button--small" onClick={add}>
        Add {itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}
