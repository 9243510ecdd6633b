import { describe, expect, it } from 'vitest';
import { orderSources } from '../../../renderer/library-view/source-order';
import type { ListedSource } from '../../../renderer/library-view/source-order';

const source = (title: string, patch: Partial<ListedSource> = {}): ListedSource => ({
  id: title,
  title,
  kind: 'policy',
  identifier: '',
  effectiveDate: '',
  fileName: `${title.toLowerCase()}.pdf`,
  sha256: '',
  pageCount: 1,
  importedAt: '2025-03-01T00:00:00Z',
  usedIn: [],
  ...patch,
});

const sources = [
  source('General Order 400.10', { identifier: 'G.O. 400.10', pageCount: 12, effectiveDate: '2017-09-01' }),
  source('general order 400.2', { identifier: 'G.O. 400.2', pageCount: 3 }),
  source('Training bulletin', {
    kind: 'training',
    usedIn: ['Dallas', 'Austin'],
    effectiveDate: '2018-01-05',
  }),
  source('Email to the chief', { kind: 'communication', fileName: 'inbox.mbox', usedIn: ['Dallas'] }),
];
const titles = (list: ListedSource[]) => list.map((s) => s.title);
const all = { words: '', kind: '' } as const;

describe('ordering the Library view’s sources', () => {
  it('sorts titles as a person reads them: case aside, numbers by value', () => {
    expect(titles(orderSources(sources, { column: 'title', ascending: true }, all))).toEqual([
      'Email to the chief',
      'general order 400.2',
      'General Order 400.10',
      'Training bulletin',
    ]);
  });

  it('sorts numbers and usage either way', () => {
    expect(titles(orderSources(sources, { column: 'pageCount', ascending: false }, all))[0]).toBe(
      'General Order 400.10',
    );
    expect(titles(orderSources(sources, { column: 'used', ascending: false }, all)).slice(0, 2)).toEqual([
      'Training bulletin',
      'Email to the chief',
    ]);
  });

  it('keeps sources without a date last, whichever way dates are sorted', () => {
    for (const ascending of [true, false]) {
      const dated = titles(orderSources(sources, { column: 'effectiveDate', ascending }, all));
      expect(dated.slice(2).sort()).toEqual(['Email to the chief', 'general order 400.2']);
    }
  });

  it('filters by every word typed, in the title, identifier or file name, and by kind', () => {
    const sort = { column: 'title', ascending: true } as const;
    expect(titles(orderSources(sources, sort, { words: 'order 400.10', kind: '' }))).toEqual([
      'General Order 400.10',
    ]);
    expect(titles(orderSources(sources, sort, { words: 'G.O.', kind: '' }))).toHaveLength(2);
    expect(titles(orderSources(sources, sort, { words: 'mbox', kind: '' }))).toEqual(['Email to the chief']);
    expect(titles(orderSources(sources, sort, { words: '', kind: 'training' }))).toEqual([
      'Training bulletin',
    ]);
  });
});
