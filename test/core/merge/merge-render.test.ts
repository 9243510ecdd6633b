import { describe, expect, it } from 'vitest';
import type { BlockNode, ContentBlock, MatterUpdateNode } from '../../../core/document/model';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { mergeRender } from '../../../core/merge/merge-render';

const p = (text: string): ContentBlock => ({ type: 'paragraph', children: [{ text }] });
const field = (path: string, value: string): ContentBlock => ({
  type: 'paragraph',
  children: [{ text: 'Status: ' }, { type: 'field', path, label: path, value, children: [{ text: '' }] }],
});
const h = (text: string): ContentBlock => ({ type: 'heading', level: 2, children: [{ text }] });
const texts = (blocks: readonly BlockNode[]) =>
  blocks.map((b) =>
    b.type === 'matter-update'
      ? `REVIEW(${blocksToPlainText(b.children)} => ${blocksToPlainText(b.proposed)})`
      : blocksToPlainText([b]),
  );

// The render of a response to three requests, as a template produces it.
const render = (answers: string[]) => [
  h('Responses'),
  ...answers.flatMap((answer, i) => [h(`Request No. ${i + 1}`), p(answer)]),
  p('Sincerely,'),
];

describe('mergeRender', () => {
  it('keeps the draft as it is when the render did not change (chip values aside)', () => {
    const base = [field('a', 'old'), p('x')];
    const mine = [p('My own opening.'), field('a', 'old'), p('x')];
    const theirs = [field('a', 'new'), p('x')];
    const merged = mergeRender(base, mine, theirs);
    expect(merged.changed).toBe(false);
    expect(merged.body[1]).toBe(mine[1]);
  });

  it('updates a passage only the matter changed and keeps the attorney edits elsewhere', () => {
    const base = render(['Review continuing.', 'Review continuing.', 'Review continuing.']);
    const mine = [...base.slice(0, 2), p('We add a sentence of our own.'), ...base.slice(2)];
    mine[mine.length - 1] = p('Sincerely yours,');
    const theirs = render([
      'Review continuing.',
      'The City is withholding the records.',
      'No records were located.',
    ]);
    const merged = mergeRender(base, mine, theirs);
    expect(merged.changed).toBe(true);
    expect(texts(merged.body)).toEqual([
      'Responses',
      'Request No. 1',
      'We add a sentence of our own.',
      'Review continuing.',
      'Request No. 2',
      'The City is withholding the records.',
      'Request No. 3',
      'No records were located.',
      'Sincerely yours,',
    ]);
  });

  it('offers a change inside an edited passage for review instead of overwriting it', () => {
    const base = render(['Review continuing.', 'Review continuing.']);
    const mine = [...base];
    mine[4] = p('Review continuing; we expect to finish by April 1.');
    const theirs = render(['Review continuing.', 'The City is withholding the records.']);
    const merged = mergeRender(base, mine, theirs);
    const update = merged.body.find((b): b is MatterUpdateNode => b.type === 'matter-update');
    expect(update).toBeDefined();
    expect(blocksToPlainText(update!.children)).toBe('Review continuing; we expect to finish by April 1.');
    expect(blocksToPlainText(update!.proposed)).toBe('The City is withholding the records.');
    // Nothing else moved.
    expect(texts(merged.body).filter((t) => !t.startsWith('REVIEW'))).toEqual(
      texts(theirs).filter((t) => t !== 'The City is withholding the records.'),
    );
  });

  it('updates the proposal of a passage under review instead of stacking a second review', () => {
    const base = render(['A.', 'B.']);
    const mine = [...base];
    mine[4] = p('B, edited.');
    const first = mergeRender(base, mine, render(['A.', 'B2.']));
    const second = mergeRender(render(['A.', 'B2.']), first.body, render(['A.', 'B3.']));
    const updates = second.body.filter((b) => b.type === 'matter-update');
    expect(updates).toHaveLength(1);
    expect(texts(updates)).toEqual(['REVIEW(B, edited. => B3.)']);
    expect((updates[0] as MatterUpdateNode).id).toBe(
      (first.body.find((b) => b.type === 'matter-update') as MatterUpdateNode).id,
    );
  });

  it('settles a review by itself when the matter comes round to the attorney text', () => {
    const base = render(['A.', 'B.']);
    const mine = [...base];
    mine[4] = p('C.');
    const first = mergeRender(base, mine, render(['A.', 'D.']));
    const second = mergeRender(render(['A.', 'D.']), first.body, render(['A.', 'C.']));
    expect(second.body.some((b) => b.type === 'matter-update')).toBe(false);
    expect(texts(second.body)).toEqual(texts(render(['A.', 'C.'])));
  });

  it('keeps paragraphs the attorney added next to a passage the matter changes', () => {
    const base = [h('Records Withheld'), p('None withheld.'), p('Close.')];
    const mine = [h('Records Withheld'), p('None withheld.'), p('Our note on timing.'), p('Close.')];
    const theirs = [h('Records Withheld'), p('One memo withheld.'), p('Close.')];
    expect(texts(mergeRender(base, mine, theirs).body)).toEqual([
      'Records Withheld',
      'One memo withheld.',
      'Our note on timing.',
      'Close.',
    ]);
  });

  it('adds new sections the matter brings and removes the ones it drops', () => {
    const base = render(['A.', 'B.']);
    const mine = [p('Intro of mine.'), ...base];
    const added = mergeRender(base, mine, render(['A.', 'B.', 'C.']));
    expect(texts(added.body)).toEqual(['Intro of mine.', ...texts(render(['A.', 'B.', 'C.']))]);
    const dropped = mergeRender(render(['A.', 'B.', 'C.']), added.body, render(['A.']));
    expect(texts(dropped.body)).toEqual(['Intro of mine.', ...texts(render(['A.']))]);
  });

  it('asks before bringing back a passage the attorney deleted, when the matter changes it', () => {
    const base = render(['A.', 'B.']);
    const mine = base.filter((_b, i) => i !== 4);
    const merged = mergeRender(base, mine, render(['A.', 'B changed.']));
    const update = merged.body.find((b): b is MatterUpdateNode => b.type === 'matter-update');
    expect(update && blocksToPlainText(update.proposed)).toBe('B changed.');
    expect(update && blocksToPlainText(update.children)).toBe('');
  });

  it('keeps a review that proposes removing an edited passage through later, unrelated changes', () => {
    const base = [h('Records Withheld'), p('None.'), h('Request No. 1'), p('A.')];
    const mine = [h('Records Withheld'), p('None, as I edited.'), h('Request No. 1'), p('A.')];
    const removed = [h('Request No. 1'), p('A.')];
    const first = mergeRender(base, mine, removed);
    const review = 'REVIEW(Records Withheld\n\nNone, as I edited. => )';
    expect(texts(first.body)).toEqual([review, 'Request No. 1', 'A.']);
    const second = mergeRender(removed, first.body, [h('Request No. 1'), p('B.')]);
    expect(texts(second.body)).toEqual([review, 'Request No. 1', 'B.']);
  });

  it('keeps a paragraph typed beside a passage under review out of that review', () => {
    const base = render(['A.', 'B.']);
    const mine = [...base];
    mine[4] = p('B, edited.');
    const first = mergeRender(base, mine, render(['A.', 'B2.']));
    const at = first.body.findIndex((b) => b.type === 'matter-update');
    const typed = [...first.body.slice(0, at + 1), p('A note of mine.'), ...first.body.slice(at + 1)];
    const second = mergeRender(render(['A.', 'B2.']), typed, render(['A.', 'B3.']));
    expect(texts(second.body)).toEqual([
      'Responses',
      'Request No. 1',
      'A.',
      'Request No. 2',
      'REVIEW(B, edited. => B3.)',
      'A note of mine.',
      'Sincerely,',
    ]);
  });
});
