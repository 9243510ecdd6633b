// A volume's zip past the plain zip format's limits is Zip64, and the zip tools a recipient has read it: Debian's
// unzip (`unzip -t` inflates every file and checks its CRC; zipinfo lists names and sizes). Past 65,535 files for real; past 4 GB by
// forcing the Zip64 records, since a 4 GB volume cannot be written in a test.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VolumeWriter } from '../../../electron/services/production/volume-writer';
import { requireTool } from '../../support/system-tools';
import { tempDir } from '../../electron/services/production/production-support';

const ZIP64_END = Buffer.from([0x50, 0x4b, 0x06, 0x06]);
const unzipTest = (zip: string) =>
  execFileSync(requireTool('unzip', 'unzip', 'the zip cannot be tested'), ['-t', '-q', zip], {
    encoding: 'utf8',
  });
/** The entries' count, and each entry's name and size, as zipinfo lists them. */
function zipListing(zip: string) {
  const text = execFileSync(requireTool('zipinfo', 'unzip', 'the zip cannot be read'), [zip], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const count = Number(/number of entries: (\d+)/.exec(text)![1]);
  const entries = [...text.matchAll(/^\S{10}\s+\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+\S+\s+\S+\s+(.+)$/gm)].map(
    ([, size, name]) => [name!, Number(size)] as [string, number],
  );
  return { count, first: entries.slice(0, 3) };
}

describe('a volume zip past the plain format', () => {
  it('writes Zip64 records that unzip reads back, files and contents intact', async () => {
    const writer = await VolumeWriter.begin(tempDir(), 'CITY-AG-VOL009', true, { forceZip64: true });
    await writer.write('RECORDS/CITY-AG-000001.pdf', Buffer.alloc(200_000, 'x'));
    await writer.write('DATA/CITY-AG-VOL009.dat', '\uFEFFþBEGBATESþ\r\n');
    const written = await writer.finish();
    const bytes = readFileSync(written.zip!);
    expect(bytes.includes(ZIP64_END)).toBe(true);
    expect(unzipTest(written.zip!)).toContain('No errors detected');
    expect(zipListing(written.zip!).first).toEqual([
      ['CITY-AG-VOL009/RECORDS/CITY-AG-000001.pdf', 200_000],
      ['CITY-AG-VOL009/DATA/CITY-AG-VOL009.dat', Buffer.byteLength('\uFEFFþBEGBATESþ\r\n')],
      ['CITY-AG-VOL009/MANIFEST.sha256', statSync(path.join(written.folder, 'MANIFEST.sha256')).size],
    ]);
  });

  it('turns to Zip64 by itself for more than 65,535 files', async () => {
    const writer = await VolumeWriter.begin(tempDir(), 'V', true);
    const count = 65_540;
    for (let i = 0; i < count; i += 1)
      await writer.write(`RECORDS/${String(i).padStart(6, '0')}.txt`, `${i}`);
    const written = await writer.finish();
    expect(readFileSync(written.zip!).includes(ZIP64_END)).toBe(true);
    expect(unzipTest(written.zip!)).toContain('No errors detected');
    expect(zipListing(written.zip!).count).toBe(count + 1);
  }, 180_000);
});
