// Opens an exported DOCX the way Word does, part by part, so tests can assert on the XML Word reads.
import { Packer } from 'docx';
import type { Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';

export type DocxParts = Record<string, string>;

export async function docxParts(doc: Document): Promise<DocxParts> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export function part(parts: DocxParts, name: string): string {
  const xml = parts[name];
  if (xml === undefined) throw new Error(`The DOCX has no ${name}; it has ${Object.keys(parts).join(', ')}.`);
  return xml;
}

/** Every `<w:p>` element of a part, in order. */
export const paragraphsOf = (xml: string): string[] =>
  xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];

/** The visible text of an XML fragment (the `w:t` contents joined). */
export const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

/** The paragraph whose text contains `needle`; fails loudly when there is none. */
export function paragraphWith(xml: string, needle: string): string {
  const found = paragraphsOf(xml).find((paragraph) => textOf(paragraph).includes(needle));
  if (!found) throw new Error(`No paragraph contains "${needle}".`);
  return found;
}

/** The header or footer parts, by the relationship type the section points at (first page or the rest). */
export function headerFooter(
  parts: DocxParts,
  kind: 'header' | 'footer',
  which: 'first' | 'default',
): string {
  const document = part(parts, 'word/document.xml');
  const reference = new RegExp(
    `<w:${kind}Reference [^>]*w:type="${which}"[^>]*r:id="([^"]+)"|<w:${kind}Reference [^>]*r:id="([^"]+)"[^>]*w:type="${which}"`,
  ).exec(document);
  const id = reference?.[1] ?? reference?.[2];
  if (!id) throw new Error(`The section has no ${which} ${kind}.`);
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const target = new RegExp(
    `<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`,
  ).exec(rels);
  const file = target?.[1] ?? target?.[2];
  if (!file) throw new Error(`The ${which} ${kind} (${id}) has no target in document.xml.rels.`);
  return part(parts, `word/${file}`);
}
