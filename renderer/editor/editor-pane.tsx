// The centre of the window: the open draft, or a short explanation of how to get one.
import { useDesk } from '../app/desk-store';
import { DraftEditor } from './draft-editor';

export function EditorPane() {
  const draftId = useDesk((s) => s.activeDraftId);
  const title = useDesk((s) => s.file?.drafts.find((d) => d.id === s.activeDraftId)?.title);
  const hasTemplates = useDesk((s) => s.templates.length > 0);
  const ready = useDesk((s) => s.ready);
  if (!ready) return <div className="editor-empty" />;
  if (!draftId || title === undefined) {
    return (
      <div className="editor-empty">
        <div className="editor-empty-card">
          <h2>No draft open</h2>
          <p>
            {hasTemplates
              ? 'Fill in the matter on the left, choose a template under Drafts and select “Generate draft”.'
              : 'No templates were found. Add templates to the templates folder and restart Counsel Desk.'}
          </p>
        </div>
      </div>
    );
  }
  return <DraftEditor key={draftId} draftId={draftId} title={title} />;
}
