import { describe, expect, it } from 'vitest';
import { exhibitLabel, labelsById } from '../../../core/exhibits/exhibit-label';
import { moveExhibitDown, moveExhibitTo, moveExhibitUp } from '../../../core/exhibits/exhibit-order';
import {
  DELETED_EXHIBIT_LABEL,
  findExhibitReferences,
  refreshExhibitRefs,
} from '../../../core/exhibits/exhibit-refs';
import { batesRanges, formatBates, formatBatesRange } from '../../../core/exhibits/bates';
import type { BlockNode } from '../../../core/document/model';
import { letterFactsSchema } from '../../../core/letter/letter-facts';
import { newMatter } from '../../../core/matter/new-matter';
import { newMatterFile } from '../../../core/matter-file/matter-file';
import { bindDraft } from '../../../core/pipeline/bind-draft';
import { recordSchema, type MatterRecord } from '../../../core/records/record';
import { policyExcerpt } from '../../support/excerpt-fixture';

// Records attached as exhibits, in list order: their labels are A, B, C.
const list = ['a', 'b', 'c'].map((id) => ({ id, description: id, exhibit: true }));
const ref = (exhibitId: string, label: string) => ({
  type: 'exhibit-ref' as const,
  exhibitId,
  label,
  children: [{ text: '' }] as [{ text: '' }],
});

describe('exhibit labels', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('letter label of exhibit %i is %s', (index, label) => {
    expect(exhibitLabel(index, 'letters')).toBe(label);
  });

  it('numbers from 1 in the numbers style', () => {
    expect([0, 1, 9].map((i) => exhibitLabel(i, 'numbers'))).toEqual(['1', '2', '10']);
  });

  it('labels only the records attached as exhibits, in list order', () => {
    const records = [
      { id: 'policy', exhibit: true },
      { id: 'memo', exhibit: false },
      { id: 'email', exhibit: true },
    ];
    expect([...labelsById(records, 'letters')]).toEqual([
      ['policy', 'A'],
      ['email', 'B'],
    ]);
  });
});

describe('reordering and references', () => {
  it('moves up, down and to an index, and relabels every reference in the draft', () => {
    expect(moveExhibitUp(list, 'c').map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(moveExhibitDown(list, 'a').map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(moveExhibitTo(list, 'a', 99).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(moveExhibitUp(list, 'a')).toEqual(list);

    const blocks: BlockNode[] = [
      {
        type: 'paragraph',
        children: [{ text: 'See ' }, ref('a', 'A'), { text: ' and ' }, ref('c', 'C'), { text: '.' }],
      },
      { type: 'block-quote', children: [{ type: 'paragraph', children: [ref('c', 'C')] }] },
    ];
    const reordered = moveExhibitTo(list, 'c', 0);
    const refreshed = refreshExhibitRefs(blocks, labelsById(reordered, 'letters'));
    const drafts = [{ id: 'd1', title: 'Response', body: refreshed }];
    expect(findExhibitReferences(drafts, 'a')).toEqual([
      { draftId: 'd1', draftTitle: 'Response', paragraphText: 'See Exhibit B and Exhibit A.' },
    ]);
    expect(findExhibitReferences(drafts, 'c')).toHaveLength(2);
    expect(findExhibitReferences(drafts, 'b')).toEqual([]);
  });

  it('marks a reference whose exhibit was deleted instead of keeping its old letter', () => {
    const blocks: BlockNode[] = [{ type: 'paragraph', children: [{ text: 'See ' }, ref('b', 'B')] }];
    const withoutB = list.filter((e) => e.id !== 'b');
    const refreshed = refreshExhibitRefs(blocks, labelsById(withoutB, 'letters'));
    const drafts = [{ id: 'd1', title: 'Response', body: refreshed }];
    expect(findExhibitReferences(drafts, 'b')).toEqual([
      { draftId: 'd1', draftTitle: 'Response', paragraphText: `See Exhibit ${DELETED_EXHIBIT_LABEL}` },
    ]);
  });
});

describe('Bates numbers', () => {
  it('pads with zeros and runs on from one exhibit to the next', () => {
    const settings = { prefix: 'CITY-AG-', digits: 6 };
    expect(formatBates(settings, 1)).toBe('CITY-AG-000001');
    const ranges = batesRanges([2, 1, 3], 7);
    expect(ranges).toEqual([
      { first: 7, last: 8 },
      { first: 9, last: 9 },
      { first: 10, last: 12 },
    ]);
    expect(formatBatesRange(settings, ranges[0]!)).toBe('CITY-AG-000007 – CITY-AG-000008');
  });
});

describe('export options from the bind step', () => {
  const settings = {
    labelStyle: 'numbers' as const,
    bates: { enabled: true, prefix: 'P-', start: 5, digits: 3 },
  };
  const bound = (records: MatterRecord[], exhibitIds: string[]) => {
    const excerpts = [policyExcerpt('x', 'Short.')];
    const file = { ...newMatterFile(newMatter()), records, excerpts, exhibitSettings: settings };
    const draft = {
      title: 'Response',
      letter: letterFactsSchema.parse({ exhibitIds }),
      body: [],
      base: null,
    };
    return bindDraft(file, draft, []).docx;
  };

  it('gives current labels and the enclosed set, or an empty list without exhibits', () => {
    // The empty list still goes along: a reference to a deleted exhibit then prints "Exhibit [deleted]".
    expect(bound([], [])).toEqual({ exhibits: [] });
    const records = ['a', 'b'].map((id) => recordSchema.parse({ id, excerptId: 'x', exhibit: true }));
    const options = bound(records, ['a', 'b']);
    expect(options.exhibits).toEqual([
      { id: 'a', label: '1' },
      { id: 'b', label: '2' },
    ]);
    expect(options.exhibitSet?.exhibits.map((e) => [e.range.first, e.range.last])).toEqual([
      [5, 6],
      [7, 8],
    ]);
    // A letter enclosing only the second keeps its label and its Bates numbers in the production.
    const second = bound(records, ['b']);
    expect(second.exhibits).toHaveLength(2);
    expect(second.exhibitSet?.exhibits.map((e) => [e.label, e.range.first, e.range.last])).toEqual([
      ['2', 7, 8],
    ]);
  });
});

describe('a reference to a deleted exhibit in the export', () => {
  it('prints "Exhibit [deleted]" when the exhibit is not in the list, and the stored label without a list', async () => {
    const { buildDocx } = await import('../../../core/docx/build-docx');
    const { docxParts, part, textOf } = await import('../../support/docx-xml');
    const model = {
      title: 'Response',
      subject: '',
      author: '',
      continuation: { addressee: '', date: '' },
      children: [
        {
          type: 'paragraph' as const,
          children: [{ text: 'See ' }, ref('a', 'A'), { text: ' and ' }, ref('gone', 'B')],
        },
      ],
    };
    const withList = textOf(
      part(await docxParts(buildDocx(model, { exhibits: [{ id: 'a', label: 'C' }] })), 'word/document.xml'),
    );
    expect(withList).toContain('See Exhibit C and Exhibit [deleted]');
    const withoutList = textOf(part(await docxParts(buildDocx(model)), 'word/document.xml'));
    expect(withoutList).toContain('See Exhibit A and Exhibit B');
  });
});
