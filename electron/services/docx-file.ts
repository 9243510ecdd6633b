// The Node edge of DOCX export: core builds the docx Document, this packs it to bytes and writes the file.
import { Packer } from 'docx';
import type { Document } from 'docx';
import { writeFileAtomic } from './atomic-write';
import { canZipParts, zipParts } from './zip-parts';

/** docx's compiler: every part of the package as XML (or bytes), before Packer zips them. */
interface PartCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}

/**
 * docx writes every part; only the zipping is ours, because Packer has no compression setting and its
 * JavaScript deflate was a seventh of a 300-page export. Packer keeps its compiler in a static field that
 * its types call private, so it is looked up with care: without it, Packer zips as before.
 */
function partCompiler(): PartCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as PartCompiler) : undefined;
}

export async function packDocx(doc: Document): Promise<Buffer> {
  const compiler = partCompiler();
  if (!compiler || !canZipParts()) return Packer.toBuffer(doc);
  return zipParts(compiler.compile(doc));
}

/** Writes the DOCX so that a crash mid-write never leaves a half-written letter where the old one was. */
export async function writeDocxAtomically(doc: Document, target: string): Promise<void> {
  await writeFileAtomic(target, await packDocx(doc));
}
