// What the history says changed between two saves of the matter, value by value.
import { describe, expect, it } from 'vitest';
import { valueChanges } from '../../../core/history/value-changes';
import { MATTER_FILE_VERSION } from '../../../core/matter-file/matter-file';
import { parseMatterFileText } from '../../../core/matter-file/parse-matter-file';
import { matterFileTitled } from '../../support/matter-file-fixture';

describe('values changed between two saves', () => {
  it.each([
    [{ city: 'Dallas' }, { city: 'Fort Worth' }, [{ path: 'city', old: 'Dallas', new: 'Fort Worth' }]],
    [{ pages: 3 }, { pages: 4 }, [{ path: 'pages', old: '3', new: '4' }]],
    [{ list: ['a'] }, { list: ['a', 'b'] }, [{ path: 'list[1]', old: '', new: 'b' }]],
    [{ same: { deep: true } }, { same: { deep: true } }, []],
  ])('%j -> %j', (before, after, expected) => {
    expect(valueChanges(before, after)).toEqual(expected);
  });

  it('matches records by id, so a record added first is one record added', () => {
    const a = { id: 'a', description: 'General order', status: 'produced' };
    const b = { id: 'b', description: 'Training slides', status: 'produced' };
    const added = { id: 'c', description: 'Email of March 3', status: 'withheld' };
    expect(valueChanges([a, b], [added, a, { ...b, status: 'withheld' }], 'records')).toEqual([
      { path: 'records[0]', old: '', new: '(Email of March 3)' },
      { path: 'records[2].status', old: 'produced', new: 'withheld' },
    ]);
  });
});

describe('a file saved before versions were kept', () => {
  it('opens with no versions and no history, as the current file version', () => {
    const older = { ...matterFileTitled('Dallas'), fileVersion: 2, versions: undefined, history: undefined };
    const file = parseMatterFileText(JSON.stringify(older), 'dallas.cdesk');
    expect(file.fileVersion).toBe(MATTER_FILE_VERSION);
    expect(file.versions).toEqual({ pool: [], drafts: [], matter: null });
    expect(file.history).toEqual([]);
  });
});
