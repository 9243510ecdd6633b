// A redline DOCX read back by LibreOffice as a recipient opens it: the tracked changes are there, each an
// insertion or a deletion by its author at its date, and the printed letter shows the deleted and the inserted
// text (LibreOffice prints changes as it shows them).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../../core/document/model';
import { buildRedlineDocx } from '../../../core/docx/redline-docx';
import { packDocx } from '../../../electron/services/docx-file';
import { docxToPdf, pdfText } from '../../support/libreoffice';
import { p } from './version-fixtures';

const run = promisify(execFile);

/** LibreOffice's own reading of the file, as flat OpenDocument XML (its tracked changes in text:changed-region). */
async function asFlatOdt(docx: string, dir: string): Promise<string> {
  const profile = pathToFileURL(mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-lo-fodt-'))).href;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'fodt',
      '--outdir',
      dir,
      docx,
    ],
    { timeout: 120_000 },
  );
  return readFileSync(path.join(dir, 'redline.fodt'), 'utf8');
}

interface TrackedChange {
  kind: string;
  by: [string, string];
  text: string;
}

/** Each change LibreOffice tracks: its kind, author and date, and the text between its markers. */
function trackedChanges(flat: string): TrackedChange[] {
  return [...flat.matchAll(/<text:changed-region[^>]* text:id="([^"]+)">(.*?)<\/text:changed-region>/gs)].map(
    ([, id, region]) => {
      const marked = new RegExp(
        `change-start text:change-id="${id}"/>(.*?)<text:change-end text:change-id="${id}"`,
        's',
      );
      return {
        kind: /<text:(insertion|deletion)>/.exec(region!)?.[1] ?? '',
        by: [
          /<dc:creator>(.*?)<\/dc:creator>/.exec(region!)?.[1] ?? '',
          /<dc:date>(.*?)<\/dc:date>/.exec(region!)?.[1] ?? '',
        ],
        text: (marked.exec(flat)?.[1] ?? '').replace(/<[^>]+>/g, ''),
      };
    },
  );
}

const before: BlockNode[] = [
  p('The City will produce the records by March 12, 2025.'),
  p('Request 4 is withdrawn.'),
];
const after: BlockNode[] = [p('The City will produce the responsive records by March 21, 2025.')];

describe('a redline DOCX in LibreOffice', () => {
  it('shows every insertion and deletion with its author and date', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-redline-'));
    const docx = path.join(dir, 'redline.docx');
    const { document } = buildRedlineDocx(
      {
        title: 'Response',
        subject: 'AG inquiry',
        author: 'Pat Example',
        before,
        after,
        description: 'Redline',
      },
      { author: 'Jane Doe', date: '2025-03-14T09:30:00Z' },
    );
    writeFileSync(docx, await packDocx(document));

    const changes = trackedChanges(await asFlatOdt(docx, dir));
    expect(changes.map((c) => [c.kind, c.text])).toEqual([
      ['insertion', 'responsive '],
      ['deletion', 'March 12, 2025'],
      ['insertion', 'March 21, 2025'],
      ['deletion', 'Request 4 is withdrawn.'],
    ]);
    for (const change of changes) expect(change.by).toEqual(['Jane Doe', '2025-03-14T09:30:00']);

    const printed = (await pdfText(await docxToPdf(docx, dir))).replace(/\s+/g, ' ');
    for (const words of ['responsive', 'March 21, 2025', 'March 12, 2025', 'Request 4 is withdrawn.'])
      expect(printed).toContain(words);
  });
});
