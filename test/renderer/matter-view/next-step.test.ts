import { describe, expect, it } from 'vitest';
import { NEXT_STEP_TEXT, nextStep } from '../../../renderer/matter-view/next-step';
import type { MatterState } from '../../../renderer/matter-view/next-step';

const state = (patch: Partial<MatterState>): MatterState => ({
  hasTemplates: true,
  drafts: 0,
  draftOpen: false,
  example: false,
  blank: false,
  ...patch,
});

describe('the next step the matter view suggests', () => {
  it.each<[string, Partial<MatterState>, string]>([
    ['no templates', { hasTemplates: false, blank: true }, 'add-templates'],
    ['a new blank matter', { blank: true }, 'start'],
    ['a matter being filled in', {}, 'fill-then-generate'],
    ['the example just opened', { example: true }, 'generate'],
    ['drafts but none open', { drafts: 2, example: true }, 'open-draft'],
    ['the view asked for beside a draft', { drafts: 1, draftOpen: true }, 'back-to-draft'],
  ])('for %s', (_name, patch, step) => {
    expect(nextStep(state(patch))).toBe(step);
  });

  it('tells the example’s user to generate a draft, not to fill in the matter', () => {
    const text = NEXT_STEP_TEXT[nextStep(state({ example: true }))];
    expect(text).toContain('“Generate draft”');
    expect(text).not.toMatch(/^Fill in/);
  });
});
