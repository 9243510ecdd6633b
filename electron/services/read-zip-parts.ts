// Reads the parts of a zip file (the container a .docx is), the reading half of zip-parts.ts. Only the parts
// asked for are inflated, each within a size cap, so a file that unpacks to gigabytes is refused, not read.
import zlib from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;
/** No part a document needs for its text comes near this; a zip bomb's parts do. */
export const PART_SIZE_CAP = 256 * 1024 * 1024;

export class ZipReadError extends Error {}

interface CentralEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function endOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipReadError('it is not a zip package (no central directory)');
}

function centralEntries(zip: Buffer): CentralEntry[] {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER) {
      throw new ZipReadError('its list of parts is damaged');
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      encrypted: (zip.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflate(zip: Buffer, entry: CentralEntry): Buffer {
  if (entry.encrypted) throw new ZipReadError(`its part ${entry.name} is encrypted`);
  if (entry.size > PART_SIZE_CAP || entry.compressedSize === 0xffffffff) {
    throw new ZipReadError(`its part ${entry.name} is larger than ${PART_SIZE_CAP / 1024 / 1024} MB`);
  }
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new ZipReadError(`its part ${entry.name} is damaged`);
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return Buffer.from(data);
  if (entry.method !== DEFLATE) throw new ZipReadError(`its part ${entry.name} uses an unknown compression`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw new ZipReadError(`its part ${entry.name} is damaged or larger than it says`);
  }
}

/** The parts whose names `wanted` accepts, by name. Throws ZipReadError for a damaged package. */
export function readZipParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
): Map<string, Buffer> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (zip.length < 22) throw new ZipReadError('it is too short to be a zip package');
  const parts = new Map<string, Buffer>();
  for (const entry of centralEntries(zip)) {
    if (!entry.name.endsWith('/') && wanted(entry.name)) parts.set(entry.name, inflate(zip, entry));
  }
  return parts;
}
