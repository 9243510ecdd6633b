// The app's export (draft:export-docx, as the desktop app and browser mode call it) and the CLI's
// `render --draft` go through one path: both enclose the whole record as the same pictures of its pages.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { matterParts } from '../../../../core/matter-file/matter-file';
import { servicesForTest, webContext } from '../../../support/desk-services-fixture';
import { letterFixture } from '../../../support/exhibit-letter-fixture';
import { ensureCliBuilt, runCli, writeJson } from '../../cli/cli-harness';

beforeAll(() => ensureCliBuilt());

function pictures(docx: Uint8Array) {
  const zip = unzipSync(docx);
  const body = strFromU8(zip['word/document.xml']!);
  return {
    alts: [...body.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]),
    media: Object.keys(zip)
      .filter((name) => name.startsWith('word/media/'))
      .sort()
      .map((name) => Buffer.from(zip[name]!).toString('base64')),
  };
}

describe('one export path for the app and the CLI', () => {
  it('encloses the same pages of the record from the app and from render --draft', async () => {
    const { services, handlers, dataDir } = await servicesForTest();
    try {
      // The app keeps its library in its data folder; the CLI in $XDG_DATA_HOME/counsel-desk.
      const fixture = await letterFixture({ pages: 2, libraryDir: path.join(dataDir, 'library') });
      const app = await handlers['draft:export-docx'](
        { draft: fixture.draft, parts: matterParts(fixture.file), allowIncomplete: true },
        webContext,
      );
      const fromApp = pictures(Buffer.from(app.base64, 'base64'));
      expect(fromApp.alts).toEqual([
        'Exhibit A, page 1 of 2, CITY-000120',
        'Exhibit A, page 2 of 2, CITY-000121',
      ]);

      const cdesk = writeJson(fixture.dir, 'matter.cdesk', { ...fixture.file, drafts: [fixture.draft] });
      const out = path.join(fixture.dir, 'letter.docx');
      const xdg = path.join(fixture.dir, 'xdg');
      // The same file kept among the CLI's originals, as `records add` would have kept it there.
      cpSync(path.join(dataDir, 'library', 'originals'), path.join(xdg, 'counsel-desk', 'originals'), {
        recursive: true,
      });
      const run = runCli(['render', '--matter', cdesk, '--draft', fixture.draft.id, '--out', out], {
        XDG_DATA_HOME: xdg,
      });
      expect(run.stderr).not.toContain('is not enclosed as its own pages');
      expect(run.code).toBe(0);
      expect(pictures(readFileSync(out))).toEqual(fromApp);
    } finally {
      await services.library.shutdown();
    }
  });
});
