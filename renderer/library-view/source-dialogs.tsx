// The Library view's two dialogs: edit a source's details (rename it, its kind, identifier and date), and
// remove a source, warning first when a matter uses it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { SOURCE_KINDS } from '../../core/library/library-types';
import type { SourceKind } from '../../core/library/library-types';
import { Modal } from '../dialogs/modal';
import { KIND_LABELS } from './source-table';
import type { ListedSource } from './source-order';

export interface SourceChanges {
  title: string;
  kind: SourceKind;
  identifier: string;
  effectiveDate: string;
}

interface EditProps {
  source: ListedSource;
  onSave: (changes: SourceChanges) => Promise<string | null>;
  onCancel: () => void;
}

export function EditSourceDialog({ source, onSave, onCancel }: EditProps) {
  const [draft, setDraft] = useState<SourceChanges>({
    title: source.title,
    kind: source.kind,
    identifier: source.identifier,
    effectiveDate: source.effectiveDate,
  });
  const [problem, setProblem] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim())
      return setProblem('A source needs a title. Type one, or Cancel to keep the old one.');
    setProblem((await onSave({ ...draft, title: draft.title.trim() })) ?? '');
  };
  return (
    <Modal
      title="Edit source details"
      description={`From the file ${source.fileName}.`}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" form="edit-source-form" className="button button--primary">
            Save
          </button>
        </>
      }
    >
      <form id="edit-source-form" className="dialog-form" onSubmit={(e) => void submit(e)}>
        <label className="field-label" htmlFor="edit-source-title">
          Title
        </label>
        <input
          id="edit-source-title"
          data-autofocus
          type="text"
          value={draft.title}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'edit-source-problem' : undefined}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        {problem && (
          <p id="edit-source-problem" className="form-problem">
            {problem}
          </p>
        )}
        <label className="field-label" htmlFor="edit-source-kind">
          Kind
        </label>
        <select
          id="edit-source-kind"
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as SourceKind })}
        >
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <label className="field-label" htmlFor="edit-source-identifier">
          Identifier
        </label>
        <input
          id="edit-source-identifier"
          type="text"
          value={draft.identifier}
          placeholder="General Order 301.00"
          onChange={(e) => setDraft({ ...draft, identifier: e.target.value })}
        />
        <label className="field-label" htmlFor="edit-source-date">
          Date
        </label>
        <input
          id="edit-source-date"
          type="date"
          value={draft.effectiveDate}
          onChange={(e) => setDraft({ ...draft, effectiveDate: e.target.value })}
        />
      </form>
    </Modal>
  );
}

interface RemoveProps {
  source: ListedSource;
  onRemove: () => void;
  onCancel: () => void;
}

export function RemoveSourceDialog({ source, onRemove, onCancel }: RemoveProps) {
  const used = source.usedIn.length > 0;
  return (
    <Modal
      role="alertdialog"
      title={`Remove “${source.title}” from the library?`}
      description={
        used ? (
          <>
            <p>
              <strong>
                It is used in {source.usedIn.length === 1 ? 'a matter' : `${source.usedIn.length} matters`}:
              </strong>{' '}
              {source.usedIn.join('; ')}.
            </p>
            <p>
              Quotations and exhibits taken from it keep their text, which the matter file holds, but can no
              longer be checked against the library or opened from it.
            </p>
          </>
        ) : (
          'No matter uses it. Its text and search entries leave the library; the file on disk is not touched.'
        )
      }
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" data-autofocus onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={onRemove}>
            {used ? 'Remove anyway' : 'Remove'}
          </button>
        </>
      }
    >
      {null}
    </Modal>
  );
}
