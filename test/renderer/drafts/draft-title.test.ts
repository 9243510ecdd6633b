import { describe, expect, it } from 'vitest';
import { distinctDraftTitle } from '../../../renderer/drafts/draft-commands';

describe('a new draft’s title', () => {
  it.each<[string[], string]>([
    [[], 'Substantive response'],
    [['Acknowledgment of receipt'], 'Substantive response'],
    [['Substantive response'], 'Substantive response (2)'],
    [['Substantive response', 'Substantive response (2)'], 'Substantive response (3)'],
    [['substantive response ', 'Substantive response (3)'], 'Substantive response (2)'],
  ])('with drafts %j is %s', (taken, title) => {
    expect(distinctDraftTitle('Substantive response', taken)).toBe(title);
  });
});
