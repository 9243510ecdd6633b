import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../../electron/services/zip-parts';

describe('zipParts', () => {
  it('writes text and bytes under their names, in the order given, readable by another zip reader', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_v, i) => (i * 7) % 256);
    const text = '<w:t>§ 752.053 — “Sanctuary” policies, ✓ 📄</w:t>'.repeat(500);
    const zip = zipParts(
      new Map<string, string | Uint8Array>([
        ['[Content_Types].xml', '<Types/>'],
        ['word/document.xml', text],
        ['word/media/image1.bin', bytes],
        ['word/empty.xml', ''],
      ]),
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      'word/document.xml',
      'word/media/image1.bin',
      'word/empty.xml',
    ]);
    expect(strFromU8(files['word/document.xml']!)).toBe(text);
    expect([...files['word/media/image1.bin']!]).toEqual([...bytes]);
    expect(files['word/empty.xml']!.length).toBe(0);
    // Compressed: a repetitive part takes far less room than its text.
    expect(zip.length).toBeLessThan(text.length / 10);
  });

  it('writes the same bytes for the same parts, so an unchanged letter exports identically', () => {
    const parts = new Map([['a.xml', '<a/>']]);
    expect(zipParts(parts).equals(zipParts(parts))).toBe(true);
  });

  it('writes an empty zip for no parts', () => {
    expect(Object.keys(unzipSync(zipParts(new Map())))).toEqual([]);
  });
});
