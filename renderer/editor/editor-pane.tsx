// The centre of the window: the open draft, or a short explanation of how to get one.
import { useDesk } from '../app/desk-store';
import { ExampleNotice } from '../app/example-notice';
import { openExampleMatter, openMatter } from '../app/file-commands';
import { DraftEditor } from './draft-editor';

function EmptyState({ hasTemplates }: { hasTemplates: boolean }) {
  const hasExampleOpen = useDesk((s) => Boolean(s.file?.matter.exampleNotice?.trim()));
  if (!hasTemplates) {
    return (
      <div className="editor-empty-card">
        <h2>No templates found</h2>
        <p>Add templates to the templates folder and restart Counsel Desk.</p>
      </div>
    );
  }
  return (
    <div className="editor-empty-card">
      <h2>No draft open</h2>
      <p>
        Fill in the matter on the <strong>Matter</strong> tab, then choose a template on the{' '}
        <strong>Drafts</strong> tab and select “Generate draft”.
      </p>
      {hasExampleOpen ? (
        <ExampleNotice />
      ) : (
        <div className="editor-empty-actions">
          <button type="button" className="button button--primary" onClick={openExampleMatter}>
            Open the Dallas example
          </button>
          <button type="button" className="button" onClick={() => openMatter()}>
            Open a matter file…
          </button>
          <p className="editor-empty-note">
            The example is the Texas Attorney General’s March 2025 inquiry to the City of Dallas, filled in
            from public reporting, so every template has something to show.
          </p>
        </div>
      )}
    </div>
  );
}

export function EditorPane() {
  const draftId = useDesk((s) => s.activeDraftId);
  const title = useDesk((s) => s.file?.drafts.find((d) => d.id === s.activeDraftId)?.title);
  const hasTemplates = useDesk((s) => s.templates.length > 0);
  const ready = useDesk((s) => s.ready);
  // A matter opened again (the same file, or one whose first draft has the same id) gets a fresh editor:
  // opening forgets the live editor, and a kept one would show the text it had before.
  const openCount = useDesk((s) => s.openCount);
  if (!ready) return <div className="editor-empty" />;
  if (!draftId || title === undefined) {
    return (
      <div className="editor-empty">
        <EmptyState hasTemplates={hasTemplates} />
      </div>
    );
  }
  return <DraftEditor key={`${openCount}:${draftId}`} draftId={draftId} title={title} />;
}
