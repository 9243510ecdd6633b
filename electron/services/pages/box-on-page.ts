// A box drawn on a record's page in the viewer, checked before it joins the matter: the page must be one the
// record has and the box must lie on it; then core/production/add-redaction.ts adds it (the reason one of the
// matter's, the record partly withheld from then on). Only what changed is returned, so edits the user made
// to the record meanwhile are kept.
import type { PDFDocument } from '@cantoo/pdf-lib';
import type { BoxAdded } from '../../../core/api/pages-channels';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { addBoxRedaction } from '../../../core/production/add-redaction';
import type { RedactionRect } from '../../../core/production/redaction';
import { pageFrame } from '../production/page-drawing';

export type BoxParts = Pick<MatterFile, 'records' | 'excerpts' | 'redactionReasons'>;

export interface BoxWanted {
  recordId: string;
  page: number;
  rect: RedactionRect;
  reason: string;
}

/** Half a point of slack: a box dragged to the very edge of the page image may round past it. */
const SLACK = 0.5;

const round = (n: number) => Math.round(n * 10) / 10;

export function boxOnPage(
  parts: BoxParts,
  index: number,
  pdf: PDFDocument,
  wanted: BoxWanted,
  newId: () => string,
): BoxAdded | { problem: string } {
  const pages = pdf.getPageCount();
  if (wanted.page > pages)
    return {
      problem: `Record ${index + 1} has ${pages} page${pages === 1 ? '' : 's'}; there is no page ${wanted.page} to black out.`,
    };
  const { seen } = pageFrame(pdf.getPage(wanted.page - 1));
  const { x, y, width, height } = wanted.rect;
  if (x + width > seen.width + SLACK || y + height > seen.height + SLACK)
    return {
      problem: `The box runs off page ${wanted.page}, which is ${round(seen.width)} × ${round(seen.height)} points; draw it on the page.`,
    };
  // add-redaction.ts reads only the records and the reasons of the matter; it checks the page against the
  // record's printed pages, which are known now.
  const file = {
    records: parts.records.map((r, i) => (i === index ? { ...r, printedPages: pages } : r)),
    redactionReasons: parts.redactionReasons,
  } as MatterFile;
  const result = addBoxRedaction(file, {
    recordIndex: index,
    page: wanted.page,
    rect: wanted.rect,
    reason: wanted.reason,
    newId,
  });
  if ('problem' in result) return result;
  const changed = result.file.records[index]!;
  const box = changed.redactions.at(-1)!;
  if (box.kind !== 'box') return { problem: 'The box could not be added; draw it again.' };
  return { box, status: changed.status, basis: changed.basis, reasonAdded: result.reasonAdded };
}
