import { describe, expect, it } from 'vitest';
import { draftSchema, type MatterFile } from '../../../core/matter-file/matter-file';
import { recordSchema, type MatterRecord } from '../../../core/records/record';
import { recordViews } from '../../../core/records/record-views';
import {
  attachExcerpt,
  enclose,
  moveRecord,
  removeRecord,
  toggleRequest,
  updateRecord,
  whyNotEnclosable,
} from '../../../renderer/library/record-changes';
import { policyExcerpt } from '../../support/excerpt-fixture';
import { matterFileTitled } from '../../support/matter-file-fixture';

const record = (id: string, extra: Partial<MatterRecord> = {}) =>
  recordSchema.parse({ id, description: `Record ${id}`, exhibit: true, ...extra });

const draft = (id: string, exhibitIds: string[]) =>
  draftSchema.parse({
    id,
    templateId: 't',
    title: `Letter ${id}`,
    createdAt: '',
    updatedAt: '',
    body: [],
    letter: { exhibitIds },
  });

function matter(records: MatterRecord[], drafts = [draft('d1', ['a', 'b']), draft('d2', ['a'])]): MatterFile {
  return { ...matterFileTitled('Test'), records, drafts };
}

const enclosedBy = (file: MatterFile) =>
  Object.fromEntries(file.drafts.map((d) => [d.id, d.letter.exhibitIds]));
const labels = (file: MatterFile) => recordViews(file).exhibits.map((v) => `${v.exhibitLabel} ${v.id}`);

describe('whether a letter can enclose a record', () => {
  it.each([
    [{ exhibit: true, status: 'produced' }, null],
    [{ exhibit: true, status: 'partly-withheld' }, null],
    [{ exhibit: true, status: 'withheld' }, 'Withheld records are never enclosed.'],
    [{ exhibit: true, status: 'not-responsive' }, 'Not responsive, so not produced or enclosed.'],
    [{ exhibit: false, status: 'produced' }, 'Only exhibits are enclosed: tick “Exhibit” first.'],
  ] as const)('%o → %s', (facts, reason) => {
    expect(whyNotEnclosable(facts)).toBe(reason);
  });
});

describe('changing a record', () => {
  it('takes a record marked withheld out of every letter that enclosed it', () => {
    const file = updateRecord(matter([record('a'), record('b')]), 'a', { status: 'withheld' });
    expect(file.records[0]!.status).toBe('withheld');
    expect(enclosedBy(file)).toEqual({ d1: ['b'], d2: [] });
  });

  it('leaves the letters alone when the record can still be enclosed', () => {
    const before = matter([record('a'), record('b')]);
    const file = updateRecord(before, 'a', { status: 'partly-withheld', description: 'Redacted memo' });
    expect(file.drafts).toBe(before.drafts);
  });

  it('takes a record that stops being an exhibit out of the letters, and relabels the others', () => {
    const file = updateRecord(matter([record('a'), record('b')]), 'a', { exhibit: false });
    expect(enclosedBy(file)).toEqual({ d1: ['b'], d2: [] });
    expect(labels(file)).toEqual(['A b']);
  });

  it('ticks and unticks a request number', () => {
    const once = toggleRequest(matter([record('a', { requestNumbers: ['1'] })]), 'a', '3(a)');
    expect(once.records[0]!.requestNumbers).toEqual(['1', '3(a)']);
    expect(toggleRequest(once, 'a', '1').records[0]!.requestNumbers).toEqual(['3(a)']);
  });
});

describe('reordering and deleting', () => {
  it('moves a record, and the exhibit labels follow the list order', () => {
    const file = moveRecord(matter([record('a'), record('p', { exhibit: false }), record('b')]), 'b', 0);
    expect(file.records.map((r) => r.id)).toEqual(['b', 'a', 'p']);
    expect(labels(file)).toEqual(['A b', 'B a']);
  });

  it('deletes a record with its excerpt when nothing else uses it, and out of every letter', () => {
    const file = {
      ...matter([
        record('a', { excerptId: 'x' }),
        record('b', { excerptId: 'y' }),
        record('c', { excerptId: 'y' }),
      ]),
      excerpts: [policyExcerpt('x', 'One.'), policyExcerpt('y', 'Two.')],
    };
    const withoutA = removeRecord(file, 'a');
    expect(withoutA.excerpts.map((e) => e.id)).toEqual(['y']);
    expect(enclosedBy(withoutA)).toEqual({ d1: ['b'], d2: [] });
    expect(removeRecord(withoutA, 'b').excerpts.map((e) => e.id)).toEqual(['y']);
  });
});

describe('attaching from the library', () => {
  const excerpt = policyExcerpt('x', 'Officers shall forward every detainer request.');

  it('keeps the excerpt and appends a produced exhibit, enclosed with the letter being drafted', () => {
    const file = attachExcerpt(
      matter([record('a')]),
      excerpt,
      { id: 'n', description: 'Excerpt of GO 301' },
      'd2',
    );
    expect(file.excerpts).toEqual([excerpt]);
    expect(file.records.at(-1)).toEqual(
      recordSchema.parse({
        id: 'n',
        description: 'Excerpt of GO 301',
        excerptId: 'x',
        exhibit: true,
        status: 'produced',
      }),
    );
    expect(labels(file)).toEqual(['A a', 'B n']);
    expect(enclosedBy(file)).toEqual({ d1: ['a', 'b'], d2: ['a', 'n'] });
  });

  it('encloses it with no letter when none is open', () => {
    const file = attachExcerpt(matter([]), excerpt, { id: 'n', description: '' }, null);
    expect(enclosedBy(file)).toEqual({ d1: ['a', 'b'], d2: ['a'] });
  });

  it('adds or takes out one exhibit of a letter', () => {
    expect(enclose(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(enclose(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(enclose(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
