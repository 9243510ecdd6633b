// Redline fixtures: two versions of a passage, and the changes a reader should see. Amounts, citations, Bates
// numbers and dates are replaced whole; formatting-only changes are marked as such; moved text is not flagged
// in the app's compare and is a deletion plus an insertion in a redline (so accepting all gives the new text).
import { describe, expect, it } from 'vitest';
import type { BlockNode, ContentBlock } from '../../../core/document/model';
import { compareVersions, describeStats } from '../../../core/versions/compare-versions';
import type { RevisedText } from '../../../core/versions/revised-text';
import { p } from './version-fixtures';

/** The changes as a reader lists them: [-deleted-] {+inserted+} and <format:text>. */
function marked(blocks: readonly ContentBlock[]): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes) {
      const children = (node as { children?: unknown[] }).children;
      if (!Array.isArray(children)) continue;
      if (children.every((c) => typeof (c as RevisedText).text === 'string'))
        out.push(
          (children as RevisedText[])
            .map((run) => {
              const kind = run.revision?.kind;
              if (kind === 'insert') return `{+${run.text}+}`;
              if (kind === 'delete') return `[-${run.text}-]`;
              if (kind === 'format') return `<format:${run.text}>`;
              return run.text;
            })
            .join(''),
        );
      else walk(children);
    }
  };
  walk(blocks);
  return out;
}

const compare = (before: BlockNode[], after: BlockNode[], moves: 'unflagged' | 'tracked' = 'unflagged') =>
  compareVersions(before, after, { moves });

describe('compare two versions of a letter', () => {
  it.each([
    [
      'an amount',
      'The City will pay $5,000.00 for copies.',
      'The City will pay $5,500.00 for copies.',
      'The City will pay [-$5,000.00-]{+$5,500.00+} for copies.',
    ],
    [
      'a section citation',
      'The records are excepted under Tex. Gov’t Code § 552.101 as confidential.',
      'The records are excepted under Tex. Gov’t Code § 552.108(a)(1) as confidential.',
      'The records are excepted under [-Tex. Gov’t Code § 552.101-]{+Tex. Gov’t Code § 552.108(a)(1)+} as confidential.',
    ],
    [
      'a Bates number',
      'See DAL-AG-000123 for the order.',
      'See DAL-AG-000129 for the order.',
      'See [-DAL-AG-000123-]{+DAL-AG-000129+} for the order.',
    ],
    [
      'a date',
      'The City received the letter on March 12, 2025 by email.',
      'The City received the letter on March 14, 2025 by email.',
      'The City received the letter on [-March 12, 2025-]{+March 14, 2025+} by email.',
    ],
  ])('replaces %s whole', (_what, before, after, expected) => {
    expect(marked(compare([p(before)], [p(after)]).blocks)).toEqual([expected]);
  });

  it('marks a word made bold as a formatting change, with the formatting it had', () => {
    const { blocks, stats } = compare(
      [p('The City objects to request 3.')],
      [p('The City ', { text: 'objects', bold: true }, ' to request 3.')],
    );
    expect(marked(blocks)).toEqual(['The City <format:objects> to request 3.']);
    const run = (blocks[0] as { children: RevisedText[] }).children[1]!;
    expect(run).toMatchObject({ bold: true, revision: { kind: 'format', from: {} } });
    expect(stats).toMatchObject({ inserted: 0, deleted: 0, formatted: 1 });
  });

  it('shows a paragraph inserted and one deleted whole, and leaves the others alone', () => {
    const before = [p('First paragraph stays.'), p('This one goes away entirely.'), p('Last stays.')];
    const after = [p('First paragraph stays.'), p('Last stays.'), p('A new closing paragraph.')];
    expect(marked(compare(before, after).blocks)).toEqual([
      'First paragraph stays.',
      '[-This one goes away entirely.-]',
      'Last stays.',
      '{+A new closing paragraph.+}',
    ]);
  });

  it('does not flag a paragraph moved unchanged in the app, but tracks it in a redline', () => {
    const moving = 'The custodian searched every shared drive for the records requested.';
    const before = [p(moving), p('The City answers each request below.'), p('Request 1 is answered.')];
    const after = [p('The City answers each request below.'), p('Request 1 is answered.'), p(moving)];
    const app = compare(before, after);
    expect(marked(app.blocks)).toEqual([
      'The City answers each request below.',
      'Request 1 is answered.',
      moving,
    ]);
    expect(app.stats.moved).toBe(1);
    expect(marked(compare(before, after, 'tracked').blocks)).toEqual([
      `[-${moving}-]`,
      'The City answers each request below.',
      'Request 1 is answered.',
      `{+${moving}+}`,
    ]);
  });

  it('does not flag a sentence moved to another paragraph', () => {
    const sentence = 'The City withholds the memorandum under section 552.107.';
    const before = [p(`Request 2 asks for memoranda. ${sentence}`), p('Request 3 asks for training files.')];
    const after = [p('Request 2 asks for memoranda.'), p(`Request 3 asks for training files. ${sentence}`)];
    const { blocks, stats } = compare(before, after);
    expect(marked(blocks).join('\n')).not.toContain('552.107-]');
    expect(marked(blocks).join('\n')).not.toContain('552.107.+}');
    expect(stats.moved).toBe(1);
  });

  it('compares the items of a list and the cells of a table', () => {
    const list = (items: string[]): BlockNode => ({
      type: 'numbered-list',
      children: items.map((text) => ({ type: 'list-item', children: [p(text)] })),
    });
    const table = (pages: string): BlockNode => ({
      type: 'table',
      children: [
        {
          type: 'table-row',
          children: [
            { type: 'table-cell', children: [p('General Order 4.1')] },
            { type: 'table-cell', children: [p(pages)] },
          ],
        },
      ],
    });
    const { blocks } = compare(
      [list(['Policies', 'Training materials']), table('12 pages')],
      [list(['Policies', 'Training materials and slides', 'Emails']), table('14 pages')],
    );
    expect(marked(blocks)).toEqual([
      'Policies',
      'Training materials{+ and slides+}',
      '{+Emails+}',
      'General Order 4.1',
      '[-12-]{+14+} pages',
    ]);
  });

  it('reads fields as the values they show', () => {
    const field = (value: string): BlockNode =>
      p('Dated ', {
        type: 'field',
        path: 'letter.date',
        label: 'Date',
        value,
        children: [{ text: '' }],
      } as never);
    expect(marked(compare([field('March 12, 2025')], [field('March 20, 2025')]).blocks)).toEqual([
      'Dated [-March 12, 2025-]{+March 20, 2025+}',
    ]);
  });

  it('counts what changed in words', () => {
    const { stats } = compare(
      [p('The City will produce the records by Friday.')],
      [p('The City will produce all responsive records by Monday, March 24, 2025.')],
    );
    expect(describeStats(stats)).toMatch(/^\d+ words inserted, \d+ deleted$/);
    expect(describeStats(compare([p('Same.')], [p('Same.')]).stats)).toBe('');
  });
});
