import { describe, expect, it } from 'vitest';
import { sourcesUsedBy, usageBySource } from '../../../core/library/library-usage';

describe('which matters use a library source', () => {
  it('counts a source once per matter, however many excerpts come from it', () => {
    expect(
      sourcesUsedBy([{ sourceId: 'a' }, { sourceId: 'b' }, { sourceId: 'a' }, { sourceId: '' }]),
    ).toEqual(['a', 'b']);
  });

  it('lets the open matter’s unsaved state replace what its file says, and names a nameless matter', () => {
    const onDisk = [
      { path: '/m/dallas.cdesk', title: 'Dallas', sourceIds: ['a', 'b'] },
      { path: '/m/austin.cdesk', title: 'Austin', sourceIds: ['a'] },
    ];
    const open = { path: '/m/dallas.cdesk', title: 'Dallas', sourceIds: ['c'] };
    const usage = usageBySource(onDisk, open);
    expect(usage.get('a')).toEqual(['Austin']);
    expect(usage.get('b')).toBeUndefined();
    expect(usage.get('c')).toEqual(['Dallas']);
    const unsaved = usageBySource(onDisk, { path: '', title: '', sourceIds: ['a'] });
    expect(unsaved.get('a')).toEqual(['Untitled matter', 'Dallas', 'Austin']);
  });
});
