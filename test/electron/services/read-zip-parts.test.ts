import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipParts, ZipReadError } from '../../../electron/services/read-zip-parts';
import { zipParts } from '../../../electron/services/zip-parts';

describe('reading a zip package', () => {
  it('reads back what zip-parts wrote, only the parts asked for', () => {
    const zip = zipParts(
      new Map<string, string | Uint8Array>([
        ['word/document.xml', '<w:document>Détainer</w:document>'],
        ['word/media/image1.png', new Uint8Array([137, 80, 78, 71])],
      ]),
    );
    const parts = readZipParts(zip, (name) => name.endsWith('.xml'));
    expect([...parts.keys()]).toEqual(['word/document.xml']);
    expect(parts.get('word/document.xml')!.toString('utf8')).toBe('<w:document>Détainer</w:document>');
  });

  it('refuses a part that inflates past the size it declares (a zip bomb) and a file that is no zip', () => {
    const zip = zipParts(new Map([['word/document.xml', 'x'.repeat(10_000)]]));
    // Declare 100 bytes in the central directory while the data inflates to 10,000.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, central + 24);
    expect(() => readZipParts(zip)).toThrow(ZipReadError);
    expect(() => readZipParts(zlib.deflateRawSync(Buffer.from('not a zip at all, just text')))).toThrow(
      /not a zip package|too short/,
    );
  });
});
