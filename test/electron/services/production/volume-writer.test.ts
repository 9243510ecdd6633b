import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OriginalsStore } from '../../../../electron/services/production/originals-store';
import { MANIFEST_NAME, VolumeWriter } from '../../../../electron/services/production/volume-writer';
import { tempDir } from './production-support';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('writing a volume', () => {
  it('appears whole under its name, with a manifest of every file and a zip of the same files', async () => {
    const out = tempDir();
    const writer = await VolumeWriter.begin(out, 'DAL-AG-VOL001', true);
    await writer.write('RECORDS/DAL-AG-000001.pdf', new Uint8Array([1, 2, 3]));
    await writer.write('DAL-AG-VOL001 Production Index.csv', 'a,b\r\n');
    expect(readdirSync(out).filter((n) => !n.startsWith('.'))).toEqual([]);
    const written = await writer.finish();
    expect(readdirSync(out).sort()).toEqual(['DAL-AG-VOL001', 'DAL-AG-VOL001.zip']);
    const manifest = readFileSync(path.join(written.folder, MANIFEST_NAME), 'utf8');
    expect(manifest).toBe(
      `${sha(Buffer.from('a,b\r\n'))}  DAL-AG-VOL001 Production Index.csv\n${sha(new Uint8Array([1, 2, 3]))}  RECORDS/DAL-AG-000001.pdf\n`,
    );
    expect(written.manifestSha256).toBe(sha(Buffer.from(manifest)));
    const zipped = unzipSync(readFileSync(written.zip!));
    expect(Object.keys(zipped).sort()).toEqual([
      'DAL-AG-VOL001/DAL-AG-VOL001 Production Index.csv',
      `DAL-AG-VOL001/${MANIFEST_NAME}`,
      'DAL-AG-VOL001/RECORDS/DAL-AG-000001.pdf',
    ]);
  });

  it('abandoned, leaves nothing behind', async () => {
    const out = tempDir();
    const writer = await VolumeWriter.begin(out, 'V', true);
    await writer.write('a.txt', 'x');
    await writer.abandon();
    expect(readdirSync(out)).toEqual([]);
  });

  it('never writes over a volume already there', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, 'V'));
    await expect(VolumeWriter.begin(out, 'V', false)).rejects.toThrow(
      /already exists; a production never writes over one/,
    );
  });
});

describe('the originals kept for producing', () => {
  it('keeps a file once under its SHA-256 and finds it again with its kind', async () => {
    const store = new OriginalsStore(tempDir());
    const bytes = Buffer.from('memo text');
    const first = await store.put(bytes, 'Memo.TXT');
    expect(await store.put(bytes, 'copy.txt')).toBe(first);
    expect(await store.find(first)).toEqual({
      sha256: first,
      extension: '.txt',
      bytes: new Uint8Array(bytes),
    });
    expect(await store.find('0'.repeat(64))).toBeUndefined();
    expect(existsSync(path.join(store.dir, first.slice(0, 2), `${first}.txt`))).toBe(true);
  });
});
