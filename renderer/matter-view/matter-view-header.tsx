// The top of the matter view: what it is, the next step for the state the user is in, and the one action
// that step needs (back to the open draft, or to the template picker).
import { useDesk } from '../app/desk-store';
import { NEXT_STEP_TEXT, nextStep } from './next-step';
import { chooseTemplate, MATTER_VIEW_HEADING, showView } from './view-commands';

export function useNextStep() {
  return useDesk((s) =>
    nextStep({
      hasTemplates: s.templates.length > 0 || !s.ready,
      drafts: s.file?.drafts.length ?? 0,
      draftOpen: s.activeDraftId !== null && s.file?.drafts.some((d) => d.id === s.activeDraftId) === true,
      example: Boolean(s.file?.matter.exampleNotice.trim()),
      blank: !s.dirty && !s.path && (s.file?.drafts.length ?? 0) === 0,
    }),
  );
}

export function MatterViewHeader() {
  const step = useNextStep();
  const draftTitle = useDesk((s) => s.file?.drafts.find((d) => d.id === s.activeDraftId)?.title);
  return (
    <header className="matter-view-header">
      <div>
        <h2 id={MATTER_VIEW_HEADING} tabIndex={-1} className="matter-view-title">
          The whole matter
        </h2>
        <p className="matter-view-hint" data-testid="next-step">
          {NEXT_STEP_TEXT[step]}
        </p>
      </div>
      <div className="matter-view-actions">
        {step === 'back-to-draft' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => showView('draft')}
            title={draftTitle ? `Back to ${draftTitle}` : undefined}
          >
            Back to the draft
          </button>
        )}
        {(step === 'generate' || step === 'fill-then-generate' || step === 'open-draft') && (
          <button
            type="button"
            className={step === 'generate' ? 'button button--primary' : 'button'}
            onClick={chooseTemplate}
          >
            Choose a template…
          </button>
        )}
      </div>
    </header>
  );
}
