// Draws the app icon (build-resources/icon.png, 512x512) without any image library: a navy tile with a
// white letter page, text lines and a gold seal. Run once: `node scripts/make-icon.mjs`; the PNG is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NAVY = [27, 45, 79, 255];
const WHITE = [250, 250, 247, 255];
const LINE = [150, 160, 178, 255];
const GOLD = [196, 154, 56, 255];
const CLEAR = [0, 0, 0, 0];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x >= right || y < top || y >= bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function colorAt(x, y) {
  if ((x - 352) ** 2 + (y - 372) ** 2 <= 58 ** 2) {
    const d2 = (x - 352) ** 2 + (y - 372) ** 2;
    return d2 >= 40 ** 2 && d2 < 45 ** 2 ? WHITE : GOLD;
  }
  if (insideRoundedRect(x, y, 136, 88, 376, 424, 14)) {
    const lineRows = [
      [150, 330],
      [186, 300],
      [222, 330],
      [258, 330],
      [294, 270],
      [330, 250],
    ];
    for (const [row, end] of lineRows) if (y >= row && y < row + 12 && x >= 168 && x < end) return LINE;
    return WHITE;
  }
  if (insideRoundedRect(x, y, 16, 16, 496, 496, 96)) return NAVY;
  return CLEAR;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) raw.set(colorAt(x, y), y * (SIZE * 4 + 1) + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(path.join(root, 'build-resources'), { recursive: true });
writeFileSync(path.join(root, 'build-resources', 'icon.png'), png);
console.log(`Wrote build-resources/icon.png (${png.length} bytes).`);
