import { describe, expect, it } from 'vitest';
import type { ContentBlock, MatterUpdateNode } from '../../../core/document/model';
import { changedPassages } from '../../../core/merge/describe-changes';

const p = (text: string): ContentBlock => ({ type: 'paragraph', children: [{ text }] });
const review = (id: string, mine: string, theirs: string): MatterUpdateNode => ({
  type: 'matter-update',
  id,
  children: [p(mine)],
  proposed: [p(theirs)],
});

describe('changedPassages', () => {
  it('shows a plain change word by word, with amounts and dates whole', () => {
    const passages = changedPassages(
      [p('Intro.'), p('The City will produce 3 records by March 12, 2025.')],
      [p('Intro.'), p('The City will produce 4 records by March 20, 2025.')],
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]!.forReview).toBe(false);
    expect(passages[0]!.parts.filter((part) => part.kind !== 'same').map((part) => part.text)).toEqual([
      '3',
      '4',
      'March 12, 2025',
      'March 20, 2025',
    ]);
  });

  it('lists every passage offered for review on its own, even side by side', () => {
    const passages = changedPassages(
      [p('A, edited.'), p('B, edited.')],
      [review('r1', 'A, edited.', 'A2.'), review('r2', 'B, edited.', 'B2.')],
    );
    expect(passages.map((x) => [x.before, x.after, x.forReview])).toEqual([
      ['A, edited.', 'A2.', true],
      ['B, edited.', 'B2.', true],
    ]);
  });
});
