// "Review before sending": a panel beside the letter (not a modal, so the user can fix things with the list
// in view) listing every problem, stops first, each with a button to the place to fix it. It follows the
// changes; Export is enabled once nothing stops the letter, "Export anyway" exports a marked draft.
import { useEffect, useRef } from 'react';
import './review-panel.css';
import type { KeyboardEvent } from 'react';
import type { BindProblem } from '../../core/pipeline/bind-problems';
import { useDesk } from '../app/desk-store';
import { exportDocx } from '../app/export-commands';
import { goToLabel, goToProblem, itemOf, placeOf } from './go-to-problem';
import { problemBadge } from './listed-problems';
import { closeReview, followChanges } from './review-commands';

const severityWords = { stop: 'Must fix', warn: 'Check' } as const;

function ProblemItem({ problem }: { problem: BindProblem }) {
  const place = placeOf(problem);
  const severity = problem.severity === 'stop' ? 'stop' : 'warn';
  const item = itemOf(problem);
  return (
    <li className={`review-item review-item--${severity}`}>
      <span className="review-item-head">
        <span className="review-severity">{severityWords[severity]}</span>
        {item && <span className="review-where">{item}</span>}
      </span>
      <span className="review-message">{problem.message}</span>
      {place && (
        <button type="button" className="button button--small" onClick={() => goToProblem(problem)}>
          {goToLabel[place]}
        </button>
      )}
    </li>
  );
}

function Summary({ stops, warnings, loading }: { stops: number; warnings: number; loading: boolean }) {
  if (loading) return <p className="review-summary">Reviewing the letter…</p>;
  if (stops > 0)
    return (
      <p className="review-summary review-summary--stops">
        {problemBadge(stops, warnings)}. Fix what must be fixed, or export a copy marked DRAFT on every page.
      </p>
    );
  return (
    <p className="review-summary review-summary--clear">
      Nothing stops this letter.{' '}
      {warnings > 0
        ? `${warnings === 1 ? 'One point' : `${warnings} points`} to check before sending.`
        : 'Nothing is left to check either.'}
    </p>
  );
}

export function ReviewPanel() {
  const review = useDesk((s) => (s.activeDraftId && s.file ? s.review : null));
  const activeDraftId = useDesk((s) => s.activeDraftId);
  const busy = useDesk((s) => s.busy !== null);
  const heading = useRef<HTMLHeadingElement>(null);
  const isOpen = review !== null;
  useEffect(() => {
    if (!isOpen) return;
    const before = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    const stop = followChanges();
    return () => {
      stop();
      // Closed from inside the panel: focus goes back where it was, not to the top of the page.
      if (document.activeElement === document.body && before?.isConnected) before.focus();
    };
  }, [isOpen]);
  if (!review) return null;
  // Another draft was opened: its own review is on its way.
  const loading = review.loading || review.draftId !== activeDraftId;
  const problems = loading ? [] : review.problems;
  const stops = problems.filter((p) => p.severity === 'stop').length;
  const warnings = problems.length - stops;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeReview();
  };
  const choices = { excerptsReviewed: review.excerptsReviewed, reviewed: true };
  return (
    <aside className="review-panel" aria-labelledby="review-title" onKeyDown={onKeyDown}>
      <header className="review-header">
        <h2 id="review-title" ref={heading} tabIndex={-1}>
          Review before sending
        </h2>
        <button type="button" className="icon-button" aria-label="Close the review" onClick={closeReview}>
          ×
        </button>
      </header>
      <div role="status" aria-live="polite">
        <Summary stops={stops} warnings={warnings} loading={loading} />
      </div>
      {problems.length > 0 && (
        <ul className="review-list" aria-label="Problems of this letter">
          {problems.map((problem, index) => (
            <ProblemItem
              key={`${problem.kind}-${problem.path ?? problem.recordId ?? problem.updateId ?? index}-${index}`}
              problem={problem}
            />
          ))}
        </ul>
      )}
      <footer className="review-actions">
        {stops > 0 ? (
          <button
            type="button"
            className="button"
            disabled={busy || loading}
            onClick={() => void exportDocx({ ...choices, allowIncomplete: true })}
          >
            Export anyway as marked draft
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || loading}
            onClick={() => void exportDocx(choices)}
          >
            Export
          </button>
        )}
      </footer>
    </aside>
  );
}
