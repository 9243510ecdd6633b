// The Node edge of DOCX export: core builds the docx Document, this packs it to bytes and writes the file.
import { Packer } from 'docx';
import type { Document } from 'docx';
import { writeFileAtomic } from './atomic-write';

export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

/** Writes the DOCX so that a crash mid-write never leaves a half-written letter where the old one was. */
export async function writeDocxAtomically(doc: Document, target: string): Promise<void> {
  await writeFileAtomic(target, await packDocx(doc));
}
