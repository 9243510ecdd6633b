// How each draft stands against the matter, and the review panel's state, as the store keeps them.
import type { BindProblem } from '../../core/pipeline/bind-problems';

/** How a draft stands against the matter, as the drafts list shows it. */
export interface DraftStatus {
  /** The matter changed passages of the draft since it was last bound ("Out of date"). */
  outOfDate: boolean;
  /** Passages the attorney edited that the matter has since changed, waiting for review. */
  pendingUpdates: number;
  /** Required fields still empty. */
  missing: number;
  /** Problems that stop a clean export, and problems to check, from the same bind ("2 to fix, 1 to check"). */
  stops: number;
  warnings: number;
}

/** The "Review before sending" panel while it is open: the draft's problems from its last review. */
export interface ReviewPanelState {
  draftId: string;
  problems: BindProblem[];
  /** No review has answered yet (the list is being worked out). */
  loading: boolean;
  /** The user already saw the changed excerpts for this export (the panel's Export does not ask again). */
  excerptsReviewed: boolean;
}
