// "Add a record without text": a paper record, or one kept outside the library, entered by what it is and
// how many pages it has, so it takes its place in the records list, the Bates numbering and the log.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { addRecordWithoutText } from './record-commands';

export function AddRecordForm({ onAdded }: { onAdded: (message: string) => void }) {
  const [description, setDescription] = useState('');
  const [pages, setPages] = useState('1');
  const id = useId();
  const count = Number.parseInt(pages, 10);
  const valid = description.trim() !== '' && Number.isFinite(count) && count >= 1;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const message = addRecordWithoutText(description.trim(), count);
    if (!message) return;
    onAdded(message);
    setDescription('');
    setPages('1');
  };
  return (
    <details className="add-record">
      <summary>Add a record without text</summary>
      <form onSubmit={submit} aria-label="Add a record without text">
        <p className="form-help">
          For a paper record or one kept outside the library: say what it is and count its pages.
        </p>
        <div className="add-record-grid">
          <div>
            <label className="field-label" htmlFor={`${id}-description`}>
              Description
            </label>
            <input
              id={`${id}-description`}
              type="text"
              value={description}
              placeholder="Training roster, 2017"
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <div>
            <label className="field-label" htmlFor={`${id}-pages`}>
              Pages
            </label>
            <input
              id={`${id}-pages`}
              type="number"
              min={1}
              value={pages}
              onChange={(e) => setPages(e.target.value)}
            />
          </div>
        </div>
        <button type="submit" className="button button--small" disabled={!valid}>
          Add record
        </button>
      </form>
    </details>
  );
}
