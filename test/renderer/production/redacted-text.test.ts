// The record's text in the redaction view: every occurrence of each redacted phrase becomes a bar with its
// reason (across spacing and case, as the production matches them), overlapping ones joined, the rest as it is.
import { describe, expect, it } from 'vitest';
import { redactedRuns } from '../../../renderer/production/redacted-text';

describe('redactedRuns', () => {
  it('bars every occurrence, across line breaks and case, and keeps the rest of the text', () => {
    const text = 'Ask Maria\nDelgado. Then ask maria delgado again.';
    expect(redactedRuns(text, [{ phrase: 'Maria Delgado', reason: 'R' }])).toEqual([
      { text: 'Ask ' },
      { text: 'Maria\nDelgado', reason: 'R' },
      { text: '. Then ask ' },
      { text: 'maria delgado', reason: 'R' },
      { text: ' again.' },
    ]);
  });

  it('joins overlapping redactions into one bar and leaves a text without any whole', () => {
    const runs = redactedRuns('The informant Maria Delgado called.', [
      { phrase: 'informant Maria', reason: 'A' },
      { phrase: 'Maria Delgado', reason: 'B' },
    ]);
    expect(runs).toEqual([
      { text: 'The ' },
      { text: 'informant Maria Delgado', reason: 'A' },
      { text: ' called.' },
    ]);
    expect(redactedRuns('Nothing here.', [])).toEqual([{ text: 'Nothing here.' }]);
  });
});
