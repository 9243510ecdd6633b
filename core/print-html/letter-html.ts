// A bound draft (the document model after the bind step) as the HTML Chromium prints to the letter's PDF:
// the same page furniture, parts and spacing as the DOCX (core/docx/build-docx.ts). The letter and its
// exhibits are two documents, printed apart and joined, so "Page X of Y" counts the letter's pages only, as the
// DOCX's does. Pure: no DOM, every value escaped.
import type { DocumentModel, LetterPartNode } from '../document/model';
import type { ExhibitExportSet } from '../exhibits/exhibit-export';
import { exportLabels } from '../exhibits/exhibit-refs';
import { stripControlCharacters } from '../template/field-token';
import { blocksHtml } from './blocks-html';
import { notesHtml, type InlineHtmlContext } from './inline-html';
import { letterheadHtml } from './letter-part-html';
import { exhibitsHtml, type PrintedPageImages } from './exhibits-html';
import { htmlPage, letterCss } from './print-css';

export const DRAFT_MARK = 'DRAFT \u2014 required fields missing';

export interface PrintHtmlOptions {
  /** Body font; Times New Roman (Liberation Serif where it is not installed) unless the office uses another. */
  font?: string;
  /** Body size in points; 12 unless given. */
  fontSizePt?: number;
  markDraft?: boolean;
  /** Current exhibit labels, so "Exhibit B" follows an exhibit reordered since the draft was made. */
  exhibits?: readonly { id: string; label: string }[];
  /** The exhibits enclosed after the letter (index, cover pages, texts, Bates numbers). */
  exhibitSet?: ExhibitExportSet;
  /** Whole records enclosed as their own pages: one picture a page, by exhibit id. */
  exhibitImages?: PrintedPageImages;
}

export interface LetterPrint {
  /** The letter's own pages. */
  letter: string;
  /** The exhibit part that follows it, when the letter encloses exhibits. */
  exhibits?: string;
}

const continuationLines = (continuation: DocumentModel['continuation']): string[] =>
  [continuation.addressee, continuation.date].filter((text) => text.trim() !== '');

export const fontOf = (options: Pick<PrintHtmlOptions, 'font' | 'fontSizePt'>) => {
  const font = stripControlCharacters(options.font ?? '').trim() || 'Times New Roman';
  const points = options.fontSizePt ?? 12;
  const size = Number.isFinite(points) && points >= 6 && points <= 72 ? Math.round(points * 2) / 2 : 12;
  return { font, size };
};

export function printLetterHtml(model: DocumentModel, options: PrintHtmlOptions = {}): LetterPrint {
  const { font, size } = fontOf(options);
  const at = model.children.findIndex((node) => node.type === 'letterhead');
  const letterhead = at >= 0 ? (model.children[at] as LetterPartNode) : undefined;
  const body = model.children.filter((_node, index) => index !== at);
  const context: InlineHtmlContext = { exhibitLabels: exportLabels(options.exhibits), notes: [] };
  const head = letterhead ? `<header class="letterhead">${letterheadHtml(letterhead, context)}</header>` : '';
  const css = letterCss({
    continuation: continuationLines(model.continuation).map((line) => stripControlCharacters(line)),
    letterhead: letterhead !== undefined,
    ...(options.markDraft ? { draftMark: DRAFT_MARK } : {}),
    font,
    size,
  });
  const main = `${head}<main>${blocksHtml(body, context)}</main>${notesHtml(context)}`;
  const exhibits = exhibitsHtml(options.exhibitSet, {
    font,
    markDraft: options.markDraft === true,
    title: model.title,
    ...(options.exhibitImages ? { images: options.exhibitImages } : {}),
  });
  return { letter: htmlPage(model.title, css, main), ...(exhibits ? { exhibits } : {}) };
}
