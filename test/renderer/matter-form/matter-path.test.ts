import { describe, expect, it } from 'vitest';
import { getAt, itemFieldPath, listOf, setAt } from '../../../renderer/matter-form/matter-path';

const matter = { inquiry: { subject: 'Immigration', requests: [{ text: 'a' }, { text: 'b' }] }, cc: [] };

describe('matter paths', () => {
  it('read values by the paths field chips use', () => {
    expect(getAt(matter, 'inquiry.requests.1.text')).toBe('b');
    expect(getAt(matter, 'inquiry.missing.text')).toBeUndefined();
  });

  it('write a copy, sharing everything that did not change', () => {
    const next = setAt(matter, 'inquiry.requests.1.text', 'changed');
    expect(getAt(next, 'inquiry.requests.1.text')).toBe('changed');
    expect(getAt(matter, 'inquiry.requests.1.text')).toBe('b');
    expect(next.inquiry.requests[0]).toBe(matter.inquiry.requests[0]);
    expect(next.cc).toBe(matter.cc);
    expect(Array.isArray(next.inquiry.requests)).toBe(true);
  });

  it('turn declared list item fields into paths per item', () => {
    expect(itemFieldPath('inquiry.requests[].text', 2)).toBe('inquiry.requests.2.text');
    expect(listOf('inquiry.requests[].text')).toBe('inquiry.requests');
    expect(listOf('inquiry.subject')).toBeUndefined();
  });
});
