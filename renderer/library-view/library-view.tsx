// The library as a place: every source in a table (title, kind, identifier, date, pages, when imported, the
// matters that use it), sorted by any column and filtered by words and kind; each source opens full width,
// and can be renamed, described or removed (with a warning when a matter uses it). Files dropped on the
// window land here.
import { useMemo, useState } from 'react';
import { SOURCE_KINDS } from '../../core/library/library-types';
import type { SourceKind } from '../../core/library/library-types';
import type { SourceView } from '../../core/library/mail-types';
import { desk } from '../api/desk-client';
import { store, useDesk } from '../app/desk-store';
import { focusWhenShown } from '../matter-form/focus-when-shown';
import { EditSourceDialog, RemoveSourceDialog } from './source-dialogs';
import type { SourceChanges } from './source-dialogs';
import { orderSources } from './source-order';
import type { SourceColumn, SourceSort } from './source-order';
import { SourceReader } from './source-reader';
import { KIND_LABELS, SourceTable } from './source-table';
import { useListedSources } from './use-listed-sources';
import '../styles/library-view.css';

export function LibraryView() {
  const { sources, reload, loaded } = useListedSources();
  const notice = useDesk((s) => s.libraryNotice);
  const [sort, setSort] = useState<SourceSort>({ column: 'title', ascending: true });
  const [words, setWords] = useState('');
  const [kind, setKind] = useState<SourceKind | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [reading, setReading] = useState<SourceView | null>(null);
  const shown = useMemo(() => orderSources(sources, sort, { words, kind }), [sources, sort, words, kind]);
  const byId = (id: string | null) => sources.find((s) => s.id === id);

  const onSort = (column: SourceColumn) =>
    setSort((now) => ({ column, ascending: now.column === column ? !now.ascending : true }));

  const open = async (id: string) => {
    const result = await desk().getLibrarySource({ id });
    if (!result.ok) return store.alert(result.error);
    setReading(result.value);
    focusWhenShown(() => document.getElementById('source-reader-heading'));
  };

  const save = async (id: string, changes: SourceChanges): Promise<string | null> => {
    const result = await desk().updateLibrarySource({ id, ...changes });
    if (!result.ok) return result.error.message;
    setEditing(null);
    reload();
    return null;
  };

  const remove = async (id: string) => {
    const index = shown.findIndex((s) => s.id === id);
    const next = shown[index + 1] ?? shown[index - 1];
    setRemoving(null);
    const result = await desk().removeLibrarySource({ id });
    if (!result.ok) return store.alert(result.error);
    store.set({ libraryVersion: store.get().libraryVersion + 1 });
    // The row is gone: focus goes to the source now in its place, or the filter when none is left.
    focusWhenShown(() =>
      next
        ? document.querySelector<HTMLElement>(`#source-row-${CSS.escape(next.id)} .source-title`)
        : document.getElementById('library-filter-words'),
    );
  };

  const closeReader = () => {
    const id = reading?.id ?? '';
    setReading(null);
    focusWhenShown(() => document.querySelector<HTMLElement>(`#source-row-${CSS.escape(id)} .source-title`));
  };
  if (reading) return <SourceReader source={reading} onClose={closeReader} />;
  const editingSource = byId(editing);
  const removingSource = byId(removing);
  return (
    <div className="library-view" data-scroll-memory="library">
      <div className="library-view-inner">
        <header className="matter-view-header">
          <div>
            <h2 id="library-view-heading" tabIndex={-1} className="matter-view-title">
              Library
            </h2>
            <p className="matter-view-hint">
              Every source imported on this computer. Drag files onto the window to import them; import
              folders and mailboxes on the Library &amp; Exhibits tab.
            </p>
          </div>
        </header>
        {notice && (
          <p className="library-notice" role="status">
            {notice}
          </p>
        )}
        <div className="library-filters" role="search" aria-label="Filter the sources">
          <label htmlFor="library-filter-words" className="field-label">
            Words in the title, identifier or file name
          </label>
          <input
            id="library-filter-words"
            type="search"
            value={words}
            onChange={(e) => setWords(e.target.value)}
          />
          <label htmlFor="library-filter-kind" className="field-label">
            Kind
          </label>
          <select
            id="library-filter-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as SourceKind | '')}
          >
            <option value="">Every kind</option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <p className="form-help" role="status">
          {!loaded
            ? 'Reading the library…'
            : sources.length === 0
              ? 'The library is empty. Drag policies, training files or emails onto the window to import them.'
              : `${shown.length} of ${sources.length} sources`}
        </p>
        {shown.length > 0 && (
          <SourceTable
            sources={shown}
            sort={sort}
            onSort={onSort}
            onOpen={(id) => void open(id)}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        )}
      </div>
      {editingSource && (
        <EditSourceDialog
          source={editingSource}
          onSave={(changes) => save(editingSource.id, changes)}
          onCancel={() => setEditing(null)}
        />
      )}
      {removingSource && (
        <RemoveSourceDialog
          source={removingSource}
          onRemove={() => void remove(removingSource.id)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
