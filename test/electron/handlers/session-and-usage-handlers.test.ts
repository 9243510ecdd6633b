// Where the user was, and which saved matters use which library sources, through the real handlers (the
// web host and the desktop app both dispatch into these).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicesForTest, webContext } from '../../support/desk-services-fixture';
import { matterFileTitled } from '../../support/matter-file-fixture';

const folder = () => mkdtempSync(path.join(tmpdir(), 'desk-session-'));

describe('session handlers', () => {
  it('remember a saved matter’s place and offer it back, but never a file the app did not open or save', async () => {
    const { handlers } = await servicesForTest();
    const target = path.join(folder(), 'dallas.cdesk');
    const place = { path: target, draftId: 'd1', view: 'matter' as const, scrollTop: 320 };
    expect(await handlers['session:remember'](place, webContext)).toEqual({ remembered: false });
    expect(await handlers['session:last']({}, webContext)).toBeNull();
    await handlers['matter:save'](
      { path: target, file: matterFileTitled('Dallas'), expected: null },
      webContext,
    );
    expect(await handlers['session:remember'](place, webContext)).toEqual({ remembered: true });
    expect(await handlers['session:last']({}, webContext)).toEqual(place);
    await handlers['session:remember']({ path: '', draftId: '', view: 'draft', scrollTop: 0 }, webContext);
    expect(await handlers['session:last']({}, webContext)).toBeNull();
  });
});

describe('library usage handler', () => {
  it('names the recent matters whose excerpts come from each source, and skips one it cannot read', async () => {
    const { handlers } = await servicesForTest();
    const dir = folder();
    const file = matterFileTitled('Dallas');
    const excerpt = {
      id: 'x1',
      sourceId: 'source-1',
      sourceSha256: 'abc',
      sourceTitle: 'General Order 400.01',
      identifier: '',
      section: '',
      pageStart: 1,
      pageEnd: 1,
      sourcePageCount: 1,
      wholeSource: false,
      text: 'An officer may ask.',
    };
    const used = path.join(dir, 'dallas.cdesk');
    await handlers['matter:save'](
      { path: used, file: { ...file, excerpts: [excerpt] }, expected: null },
      webContext,
    );
    const broken = path.join(dir, 'broken.cdesk');
    await handlers['matter:save'](
      { path: broken, file: matterFileTitled('Austin'), expected: null },
      webContext,
    );
    writeFileSync(broken, '{ not json');
    expect(await handlers['library:usage']({}, webContext)).toEqual([
      { path: used, title: 'Dallas', sourceIds: ['source-1'] },
    ]);
  });
});
