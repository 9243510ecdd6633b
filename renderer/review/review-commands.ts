// "Review before sending": asks the Node side for every problem of the open draft (the same bind as export)
// and keeps the panel's list current while it is open, re-running the review a moment after each change.
import type { BindProblem } from '../../core/pipeline/bind-problems';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';
import { matterParts, setProblemCounts } from '../drafts/draft-binding';
import { listedProblems } from './listed-problems';

const REVIEW_DELAY_MS = 400;
const WATCH_EVERY_MS = 250;

let sequence = 0;

/** The open draft's problems now, or null after a message (no draft, or the bind failed). */
export async function reviewOpenDraft(): Promise<BindProblem[] | null> {
  const file = store.snapshot();
  const draft = file?.drafts.find((d) => d.id === store.get().activeDraftId);
  if (!file || !draft) return null;
  const result = await desk().reviewDraft({ draft, parts: matterParts(file) });
  if (!result.ok) {
    store.alert(result.error);
    return null;
  }
  const problems = listedProblems(result.value.problems);
  setProblemCounts(draft.id, problems);
  return problems;
}

/** Re-runs the review for the panel; an answer overtaken by a newer review is dropped. */
export async function refreshReview(): Promise<void> {
  const open = store.get().review;
  if (!open) return;
  const mine = ++sequence;
  const draftId = store.get().activeDraftId ?? '';
  const problems = await reviewOpenDraft();
  const now = store.get().review;
  if (mine !== sequence || !now || !problems) {
    if (now?.loading && mine === sequence) store.set({ review: { ...now, loading: false } });
    return;
  }
  store.set({ review: { ...now, draftId, problems, loading: false } });
}

/** Opens the panel (Export opens it with the problems it already has) and reviews the draft. */
export function openReview(options: { problems?: BindProblem[]; excerptsReviewed?: boolean } = {}): void {
  const draftId = store.get().activeDraftId;
  if (!draftId) return;
  store.set({
    review: {
      draftId,
      problems: options.problems ? listedProblems(options.problems) : [],
      loading: !options.problems,
      excerptsReviewed: options.excerptsReviewed === true,
    },
  });
  if (!options.problems) void refreshReview();
}

export const closeReview = (): void => store.set({ review: null });

/**
 * While the panel is open: a change to the matter, the records, the letter's text or which draft is open
 * re-runs the review after a pause. Typing only counts edits (no store update), so the count is watched.
 */
export function followChanges(): () => void {
  let seen = { file: store.get().file, draft: store.get().activeDraftId, edits: store.changeCount };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = setInterval(() => {
    const now = { file: store.get().file, draft: store.get().activeDraftId, edits: store.changeCount };
    if (now.file === seen.file && now.draft === seen.draft && now.edits === seen.edits) return;
    seen = now;
    clearTimeout(timer);
    timer = setTimeout(() => void refreshReview(), REVIEW_DELAY_MS);
  }, WATCH_EVERY_MS);
  return () => {
    clearInterval(watch);
    clearTimeout(timer);
  };
}
