// A redline DOCX: the later version of a letter laid out as its export is, with every change since the
// earlier version as a Word tracked change. One revision id counter runs across the whole document, and
// every change carries the author and date of the later version.
import type { Document } from 'docx';
import { isMatterUpdate, type BlockNode, type ContentBlock, type DocumentModel } from '../document/model';
import { blocksToPlainText } from '../document/plain-text';
import { compareVersions, type CompareStats } from '../versions/compare-versions';
import { flattenBlocks } from '../versions/flatten-blocks';
import type { RevisedText } from '../versions/revised-text';
import { buildDocx, type DocxOptions } from './build-docx';
import { markWholeParagraphs } from './paragraph-marks';

export interface RedlineStamp {
  /** Who made the later version (Word shows it on each change). */
  author: string;
  /** When; ISO 8601. */
  date: string;
}

/** Word reads w:date without fractions of a second. */
const wordDate = (iso: string): string => iso.replace(/\.\d+(?=Z|[+-]\d\d:\d\d$)/, '');

/** Gives every change its id (1, 2, 3, … in document order), author and date; returns fresh blocks and the
 *  number of ids used. */
export function stampRevisions(
  blocks: readonly ContentBlock[],
  stamp: RedlineStamp,
): { blocks: ContentBlock[]; used: number } {
  let next = 0;
  const date = wordDate(stamp.date);
  // Only nodes that hold a change are copied; the rest of a long letter is passed on as it is.
  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const text = node as RevisedText;
    if (typeof text.text === 'string')
      return text.revision
        ? { ...text, revision: { ...text.revision, id: ++next, author: stamp.author, date } }
        : text;
    const { children } = node as { children?: unknown[] };
    if (!Array.isArray(children)) return node;
    const stamped = children.map(visit);
    return stamped.some((child, index) => child !== children[index]) ? { ...node, children: stamped } : node;
  };
  const stamped = blocks.map((block) => visit(block) as ContentBlock);
  return { blocks: stamped, used: next };
}

const firstLine = (blocks: readonly ContentBlock[]): string =>
  blocksToPlainText(blocks)
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';

/** The continuation header of the later version: its first addressee (else heading) and its date line. */
function continuation(blocks: readonly ContentBlock[]): DocumentModel['continuation'] {
  const address = blocks.find((b) => b.type === 'address-block') ?? blocks.find((b) => b.type === 'heading');
  const dated = blocks.find((b) => b.type === 'date-line');
  return { addressee: address ? firstLine([address]) : '', date: dated ? firstLine([dated]) : '' };
}

export interface RedlineDocument {
  title: string;
  subject: string;
  /** Whose letter it is (the document's author property). */
  author: string;
  /** The two versions' bodies, earlier and later. */
  before: readonly BlockNode[];
  after: readonly BlockNode[];
  /** e.g. "Redline of version 2 (March 12, 2025) against version 5". */
  description: string;
}

/** The redline and what it shows changed; moves are tracked as deletions and insertions, so accepting or
 *  rejecting every change in Word gives exactly the later or the earlier version. */
export function buildRedlineDocx(
  redline: RedlineDocument,
  stamp: RedlineStamp,
  options: Pick<DocxOptions, 'font' | 'fontSizePt'> = {},
): { document: Document; stats: CompareStats } {
  const comparison = compareVersions(redline.before, redline.after, { moves: 'tracked' });
  const model: DocumentModel = {
    title: redline.title,
    subject: redline.subject,
    author: redline.author,
    continuation: continuation(
      flattenBlocks(
        redline.after
          .flatMap((b) => (isMatterUpdate(b) ? b.children : [b]))
          .filter((b) => b.type === 'address-block' || b.type === 'heading' || b.type === 'date-line'),
      ),
    ),
    children: [],
  };
  const stamped = stampRevisions(comparison.blocks, stamp);
  const description = `${redline.description}. Prepared with Counsel Desk.`;
  const document = buildDocx({ ...model, children: stamped.blocks }, { ...options, description });
  markWholeParagraphs(document, { author: stamp.author, date: wordDate(stamp.date) }, stamped.used + 1);
  return { document, stats: comparison.stats };
}
