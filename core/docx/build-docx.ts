// Document model -> docx Document (not bytes: packing happens on the Node side). Pure, so the editor's
// preview, the CLI and the desktop app all export the same letter.
import { Document } from 'docx';
import type { DocumentModel, LetterPartNode } from '../document/model';
import { stripControlCharacters } from '../template/field-token';
import { bodyBlocks } from './blocks';
import type { BlockContext } from './block-context';
import {
  continuationHeader,
  continuationLines,
  emptyFooter,
  firstPageHeader,
  pageFooter,
} from './header-footer';
import { markLetterEnd } from './letter-page-total';
import { createListInstances, numberingDefinitions } from './numbering';
import { TWIPS_PER_INCH, documentStyles } from './styles';
import type { FontChoice } from './styles';
import { exhibitSections } from './exhibits-section';
import type { ExhibitPageImages } from './exhibit-record-pages';
import type { ExhibitExportSet } from '../exhibits/exhibit-export';
import { exportLabels } from '../exhibits/exhibit-refs';
import { hasFootnotes } from '../document/footnote-numbers';
import { withFootnoteStyles } from './footnote-run';

export interface DocxOptions {
  /** Body font; Times New Roman unless the office uses another. */
  font?: string;
  /** Body size in points; 12 unless given. */
  fontSizePt?: number;
  /** Marks every page "DRAFT — required fields missing", for an export made with required fields still empty. */
  markDraft?: boolean;
  /** Current exhibit labels, so "Exhibit B" follows an exhibit that was reordered since the draft was made. */
  exhibits?: readonly { id: string; label: string }[];
  /** The exhibit set (index, cover pages, texts, Bates numbers) appended after the letter; see prepareExhibitSet. */
  exhibitSet?: ExhibitExportSet;
  /** Pictures of the record's own pages, for each exhibit that goes out as its record (exhibit-record-pages.ts). */
  exhibitPageImages?: ExhibitPageImages;
  /** Document description property; a default names the app. */
  description?: string;
}

const DEFAULT_FONT = 'Times New Roman';
const DEFAULT_SIZE_PT = 12;
const LETTER = { width: TWIPS_PER_INCH * 8.5, height: TWIPS_PER_INCH * 11 };
const MARGIN = TWIPS_PER_INCH;

function fontChoice(options: DocxOptions): FontChoice {
  const font = stripControlCharacters(options.font ?? '').trim() || DEFAULT_FONT;
  const points = options.fontSizePt ?? DEFAULT_SIZE_PT;
  const size =
    Number.isFinite(points) && points >= 6 && points <= 72 ? Math.round(points * 2) : DEFAULT_SIZE_PT * 2;
  return { font, size };
}

/** The first letterhead heads page one; it is taken out of the body. */
function splitLetterhead(model: DocumentModel): {
  letterhead?: LetterPartNode;
  body: DocumentModel['children'];
} {
  const index = model.children.findIndex((node) => node.type === 'letterhead');
  if (index < 0) return { body: model.children };
  const letterhead = model.children[index] as LetterPartNode;
  return { letterhead, body: model.children.filter((_node, at) => at !== index) };
}

const property = (value: string) => stripControlCharacters(value).replace(/\n/g, ' ');

export function buildDocx(model: DocumentModel, options: DocxOptions = {}): Document {
  const font = fontChoice(options);
  const draft = options.markDraft === true;
  const context: BlockContext = {
    exhibitLabels: exportLabels(options.exhibits),
    nextListInstance: createListInstances(),
    pageBreakPending: false,
  };
  const { letterhead, body } = splitLetterhead(model);
  const exhibitPart = exhibitSections(options.exhibitSet, font.font, draft, options.exhibitPageImages);
  const letter = bodyBlocks(body, context);
  // With exhibits after it, the letter's "Page X of Y" counts to a bookmark at its end, not the whole file.
  if (exhibitPart.length > 0) markLetterEnd(letter);
  const countLetterOnly = exhibitPart.length > 0;
  const footer = pageFooter(countLetterOnly);
  // One page number a page: where a continuation header numbers the later pages, their foot stays empty.
  const headed = continuationLines(model.continuation).length > 0;
  return new Document({
    title: property(model.title),
    subject: property(model.subject),
    creator: property(model.author),
    lastModifiedBy: property(model.author),
    description: property(options.description ?? 'Prepared with Counsel Desk.'),
    styles: hasFootnotes(body) ? withFootnoteStyles(documentStyles(font), font.size) : documentStyles(font),
    numbering: numberingDefinitions(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: LETTER,
            margin: {
              top: MARGIN,
              right: MARGIN,
              bottom: MARGIN,
              left: MARGIN,
              header: MARGIN / 2,
              footer: MARGIN / 2,
            },
          },
        },
        headers: {
          first: firstPageHeader(letterhead, draft, font, context),
          default: continuationHeader(model.continuation, draft, countLetterOnly),
        },
        footers: { first: footer, default: headed ? emptyFooter() : footer },
        children: letter,
      },
      ...exhibitPart,
    ],
  });
}
