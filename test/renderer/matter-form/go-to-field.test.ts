import { describe, expect, it } from 'vitest';
import { choiceLabel } from '../../../renderer/matter-form/choice-labels';
import { describeMissing } from '../../../renderer/matter-form/go-to-field';

describe('describeMissing', () => {
  it.each([
    ['Date of this letter (response.letterDate)', 'Date of this letter', 'response.letterDate'],
    ['Request text (inquiry.requests.2.text)', 'Request text (request 3)', 'inquiry.requests.2.text'],
    [
      'Effective date (response.policies.0.effectiveDate)',
      'Effective date (policy 1)',
      'response.policies.0.effectiveDate',
    ],
    [
      'Bates start (response.produced.1.batesStart)',
      'Bates start (record 2)',
      'response.produced.1.batesStart',
    ],
    ['Something without a path', 'Something without a path', ''],
  ])('shows %s as the words a user reads', (detail, label, path) => {
    expect(describeMissing(detail)).toEqual({ label, path });
  });
});

describe('choiceLabel', () => {
  it.each([
    ['partly-withheld', 'Partly withheld'],
    ['no-records', 'No responsive records'],
    ['pending', 'Not yet decided'],
    ['some-new-choice', 'Some new choice'],
  ])('%s reads "%s"', (value, label) => {
    expect(choiceLabel(value)).toBe(label);
  });
});
