import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newMatterFile } from '../../../../core/matter-file/matter-file';
import { newMatter } from '../../../../core/matter/new-matter';
import { recordSchema } from '../../../../core/records/record';
import { OriginalsStore } from '../../../../electron/services/production/originals-store';
import { produceVolume } from '../../../../electron/services/production/produce-volume';
import { recordSources } from '../../../../electron/services/production/record-sources';
import { makePdf } from '../../../support/pdf-fixture';
import { pagesText, tempDir, textPrinter } from './production-support';

const printer = async () => textPrinter();

async function matterWithPassage(libraryDir: string, pageStart: number, pageEnd: number) {
  const sha = await new OriginalsStore(libraryDir).put(
    makePdf([['Page one.'], ['Page two.'], ['Page three.']]),
    'go.pdf',
  );
  const file = newMatterFile(newMatter());
  file.excerpts.push({
    id: 'x',
    sourceId: 's',
    sourceSha256: sha,
    sourceTitle: 'General Order 4',
    identifier: '',
    section: '',
    pageStart,
    pageEnd,
    sourcePageCount: 3,
    wholeSource: false,
    text: 'Page two.',
  });
  file.records.push(recordSchema.parse({ id: 'r', description: 'GO 4, page 2', excerptId: 'x' }));
  return file;
}

describe('the pages a record is produced from', () => {
  it('a passage of a PDF is produced as its own pages only', async () => {
    const dir = tempDir();
    const file = await matterWithPassage(dir, 2, 2);
    const sources = await recordSources(
      [{ record: file.records[0]!, index: 0 }],
      file.excerpts,
      new OriginalsStore(dir),
      printer,
    );
    const pages = sources.get('r')!;
    expect(pages.pages).toBe(1);
    expect(await pagesText(pages.pdf)).toEqual([expect.stringContaining('Page two.')]);
  });

  it('names every record that has no file to produce', async () => {
    const dir = tempDir();
    const file = await matterWithPassage(dir, 1, 1);
    const described = recordSchema.parse({ id: 'd', description: 'A paper ledger' });
    const missing = { ...file.excerpts[0]!, id: 'y', sourceSha256: 'f'.repeat(64) };
    const lost = recordSchema.parse({ id: 'l', description: 'Lost file', excerptId: 'y' });
    await expect(
      recordSources(
        [
          { record: described, index: 1 },
          { record: lost, index: 2 },
        ],
        [...file.excerpts, missing],
        new OriginalsStore(dir),
        printer,
      ),
    ).rejects.toMatchObject({
      problems: [
        expect.stringContaining('record 2 (A paper ledger) has no file, only a description'),
        expect.stringContaining(
          'record 3 (Lost file): its file (General Order 4) is not among the originals',
        ),
      ],
    });
  });

  it('a Bates prefix the stamp cannot print is refused before anything is written', async () => {
    const dir = tempDir();
    const file = await matterWithPassage(dir, 1, 3);
    file.exhibitSettings.bates.prefix = 'ДАЛ-';
    await expect(produceVolume({ file, libraryDir: dir, outDir: `${dir}/out`, printer })).rejects.toThrow(
      'The Bates prefix "ДАЛ-" has a character the stamp cannot print',
    );
  });
});

describe('record files in the volume', () => {
  it('are named by their first Bates number, made safe for a file name', async () => {
    const dir = tempDir();
    const file = await matterWithPassage(dir, 1, 3);
    file.exhibitSettings.bates.prefix = 'DAL/AG-';
    const outcome = await produceVolume({ file, libraryDir: dir, outDir: `${dir}/out`, printer });
    expect(readdirSync(`${outcome.folder}/RECORDS`)).toEqual(['DAL AG-000001.pdf']);
    expect(outcome.production.batesFirst).toBe('DAL/AG-000001');
    expect(readFileSync(`${outcome.folder}/DAL-AG-VOL001 Production Index.csv`, 'utf8')).toContain(
      'DAL/AG-000001,DAL/AG-000003,3,,"GO 4, page 2",,,In full,RECORDS/DAL AG-000001.pdf',
    );
  });
});
