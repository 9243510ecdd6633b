// Small builders for version and compare tests: paragraphs with marks, a 20-page letter, a save context.
import { createHash } from 'node:crypto';
import type { BlockNode, FormattedText, ParagraphNode } from '../../../core/document/model';
import type { SaveContext } from '../../../core/history/record-save';
import type { Draft, MatterFile } from '../../../core/matter-file/matter-file';
import { letterFactsSchema } from '../../../core/letter/letter-facts';
import { matterFileTitled } from '../../support/matter-file-fixture';

export const p = (...children: (string | FormattedText)[]): ParagraphNode => ({
  type: 'paragraph',
  children: children.map((child) => (typeof child === 'string' ? { text: child } : child)),
});

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A save context with a fixed clock and author, ids counted from 1. */
export function saveContext(at = '2025-03-12T14:05:00.000Z', author = 'jdoe'): SaveContext {
  let next = 0;
  return { at, author, hash: sha256, newId: () => `id-${++next}-${at}` };
}

const WORDS =
  'the city records policy request attorney general department police officer order response inquiry custodian production exhibit statute section chapter immigration enforcement'.split(
    ' ',
  );

/** About 65 words: 150 of them fill about 20 pages. */
export function sentenceParagraph(index: number, seed = 0): ParagraphNode {
  const words = Array.from({ length: 65 }, (_w, k) => WORDS[(index * 7 + k * 3 + seed) % WORDS.length]!);
  return p(
    `${index + 1}. `,
    { text: words.slice(0, 10).join(' '), bold: index % 5 === 0 },
    ` ${words.slice(10).join(' ')}.`,
  );
}

export const twentyPageLetter = (): BlockNode[] =>
  Array.from({ length: 150 }, (_x, i) => sentenceParagraph(i));

export function draftWith(body: BlockNode[], id = 'draft-1', title = 'Substantive response'): Draft {
  return {
    id,
    templateId: 'substantive-response',
    title,
    createdAt: '2025-03-10T10:00:00.000Z',
    updatedAt: '2025-03-10T10:00:00.000Z',
    letter: letterFactsSchema.parse({ date: '2025-03-12' }),
    body,
    base: null,
  };
}

export function fileWith(drafts: Draft[]): MatterFile {
  return { ...matterFileTitled('Dallas AG inquiry'), drafts };
}
