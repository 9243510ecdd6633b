// The matter's drafts (open, rename, delete) and the template picker with "Generate draft".
import { useDesk, store } from '../app/desk-store';
import { generateDraft } from './draft-commands';
import { DraftRow } from './draft-row';

const NO_DRAFTS: never[] = [];

export function DraftsPanel() {
  const drafts = useDesk((s) => s.file?.drafts ?? NO_DRAFTS);
  const activeId = useDesk((s) => s.activeDraftId);
  const templates = useDesk((s) => s.templates);
  const selected = useDesk((s) => s.selectedTemplateId);
  const busy = useDesk((s) => s.busy !== null);
  const ready = useDesk((s) => s.ready);
  const template = templates.find((t) => t.id === selected);
  return (
    <div className="drafts-panel">
      <section className="panel-section" aria-labelledby="new-draft-heading">
        <h2 id="new-draft-heading" className="section-heading">
          New draft
        </h2>
        <label htmlFor="template-picker" className="field-label">
          Template
        </label>
        <select
          id="template-picker"
          value={selected}
          onChange={(e) => store.set({ selectedTemplateId: e.target.value })}
          aria-describedby="template-description"
        >
          {templates.length === 0 && (
            <option value="">{ready ? 'No templates found' : 'Loading templates…'}</option>
          )}
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <p id="template-description" className="form-help">
          {template?.description || ' '}
        </p>
        <button
          type="button"
          className="button button--primary"
          data-generate-draft
          disabled={!selected || busy}
          onClick={() => void generateDraft()}
        >
          Generate draft
        </button>
      </section>
      <section className="panel-section" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" className="section-heading">
          Drafts <span className="list-count">{drafts.length}</span>
        </h2>
        {drafts.length === 0 ? (
          <p className="empty-note">No drafts yet. Pick a template above and generate one.</p>
        ) : (
          <ul className="draft-list">
            {drafts.map((draft) => (
              <DraftRow key={draft.id} draft={draft} active={draft.id === activeId} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
