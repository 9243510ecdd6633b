// Two Word documents from outside (the AG's returned markup, the City's letter as sent) read through the
// library's DOCX importer into paragraphs and headings, so they compare and redline like two versions. The
// importer keeps words, not formatting: such a compare shows words inserted and deleted only.
import type { ContentBlock } from '../../core/document/model';
import { extractDocx } from './library/import-docx';
import { PAGE_MARK } from './library/extracted-document';

export interface ImportedLetter {
  title: string;
  blocks: ContentBlock[];
}

const LEVEL = (level: number): 1 | 2 | 3 => (level <= 1 ? 1 : level === 2 ? 2 : 3);

export async function docxAsBlocks(bytes: Uint8Array): Promise<ImportedLetter> {
  const extracted = await extractDocx(bytes);
  const headings = new Map(extracted.sections.map((s) => [s.start, LEVEL(s.level)]));
  const blocks: ContentBlock[] = [];
  let at = 0;
  for (const piece of extracted.text.split('\n\n')) {
    const text = piece.split(PAGE_MARK).join('');
    const level = headings.get(at);
    at += piece.length + 2;
    if (text.trim() === '') continue;
    blocks.push(
      level === undefined
        ? { type: 'paragraph', children: [{ text }] }
        : { type: 'heading', level, children: [{ text }] },
    );
  }
  return { title: extracted.title, blocks };
}
