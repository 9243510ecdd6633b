// The one-line hint at the top of the matter view: what to do next, for the state the user is in (a blank
// matter, the example just opened, drafts none of which is open, the matter shown beside an open draft).
export interface MatterState {
  hasTemplates: boolean;
  drafts: number;
  /** A draft is open (the matter view was asked for on top of it). */
  draftOpen: boolean;
  /** The shipped example (it carries a notice). */
  example: boolean;
  /** A new matter nothing has been typed into yet. */
  blank: boolean;
}

export type NextStep =
  'add-templates' | 'start' | 'fill-then-generate' | 'generate' | 'open-draft' | 'back-to-draft';

export function nextStep(state: MatterState): NextStep {
  if (!state.hasTemplates) return 'add-templates';
  if (state.draftOpen) return 'back-to-draft';
  if (state.drafts > 0) return 'open-draft';
  if (state.example) return 'generate';
  return state.blank ? 'start' : 'fill-then-generate';
}

export const NEXT_STEP_TEXT: Readonly<Record<NextStep, string>> = {
  'add-templates': 'No templates found. Add templates to the templates folder and restart Counsel Desk.',
  start:
    'Open the Dallas example to try every template, open a matter file, or start filling in this new matter below.',
  'fill-then-generate':
    'Fill in what you know below. When you are ready, choose a template and select “Generate draft”: the letter takes every value from here.',
  generate:
    'The example is filled in. Next: choose a template and select “Generate draft” to see the letter it makes.',
  'open-draft': 'Open a draft on the Drafts tab, or choose a template and generate another.',
  'back-to-draft':
    'Every fact of the matter, in one place. A change here reaches every letter; “Back to the draft” returns to the letter.',
};
