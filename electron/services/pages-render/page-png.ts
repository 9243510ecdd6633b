// PNG files written by hand for rendered pages: a page in black, white and greys becomes a greyscale PNG of
// 16 shades (4 bits a pixel): type keeps its smoothed edges at half the bytes of 256 shades and an eighth of
// the RGBA a canvas would encode, so a record's pages stay small in a DOCX (a page of text is about 110 KB).
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The RGBA pixels as greyscale PNG rows of 16 shades, two pixels a byte, each row led by its filter byte (0),
 * or undefined when a pixel has colour: a colour page is kept in colour by the caller.
 */
export function greyRows(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): Buffer | undefined {
  const rowBytes = 1 + ((width + 1) >> 1);
  const rows = Buffer.alloc(rowBytes * height);
  for (let y = 0, p = 0; y < height; y++) {
    const row = y * rowBytes + 1;
    for (let x = 0; x < width; x++, p += 4) {
      const r = rgba[p]!;
      const g = rgba[p + 1]!;
      const b = rgba[p + 2]!;
      if (Math.abs(r - g) > 24 || Math.abs(g - b) > 24 || Math.abs(r - b) > 24) return undefined;
      const shade = (r * 77 + g * 150 + b * 29) >> 12;
      rows[row + (x >> 1)]! |= x & 1 ? shade : shade << 4;
    }
  }
  return rows;
}

/** A greyscale PNG of `rows` (from greyRows), with its resolution recorded so a viewer shows its true size. */
export function greyPng(rows: Uint8Array, width: number, height: number, dpi: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bits per pixel
  header[9] = 0; // greyscale
  const physical = Buffer.alloc(9);
  const perMetre = Math.round(dpi / 0.0254);
  physical.writeUInt32BE(perMetre, 0);
  physical.writeUInt32BE(perMetre, 4);
  physical[8] = 1; // the unit is the metre
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('pHYs', physical),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
