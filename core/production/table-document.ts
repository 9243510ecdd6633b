// The production index and the privilege log as documents: a heading, a line saying what the volume is, and
// one table (its header row repeated on every page), built as the letters' document model so the DOCX comes
// out of the same exporter as the letters.
import type { ContentBlock, DocumentModel, TableRowNode } from '../document/model';
import type { IndexRow, LogRow } from './production-index';

const paragraph = (text: string): ContentBlock => ({ type: 'paragraph', children: [{ text }] });

function row(cells: readonly string[], header = false): TableRowNode {
  return {
    type: 'table-row',
    ...(header ? { header: true } : {}),
    children: cells.map((text) => ({
      type: 'table-cell',
      children: [{ type: 'paragraph', children: [{ text, ...(header ? { bold: true } : {}) }] }],
    })),
  };
}

export interface VolumeHeading {
  /** "City of Dallas". */
  producer: string;
  volume: string;
  /** "March 20, 2025". */
  date: string;
  /** "DAL-AG-000001 – DAL-AG-000046". */
  range: string;
  /** The matter's name. */
  matter: string;
}

function tableDocument(
  title: string,
  heading: VolumeHeading,
  columns: readonly string[],
  rows: readonly string[][],
  empty: string,
): DocumentModel {
  const body: ContentBlock[] = [
    { type: 'heading', level: 1, children: [{ text: title }] },
    paragraph([heading.producer, heading.matter].filter(Boolean).join(', ')),
    paragraph(
      `Production volume ${heading.volume}, ${heading.date}${heading.range ? `: ${heading.range}` : ''}`,
    ),
    rows.length > 0
      ? { type: 'table', children: [row(columns, true), ...rows.map((r) => row(r))] }
      : paragraph(empty),
  ];
  return {
    title: `${title}, ${heading.volume}`,
    subject: heading.matter,
    author: heading.producer,
    continuation: { addressee: `${title}, ${heading.volume}`, date: heading.date },
    children: body,
  };
}

const range = (begin: string, end: string) => (begin === end ? begin : `${begin} – ${end}`);

export const indexDocument = (heading: VolumeHeading, rows: readonly IndexRow[]): DocumentModel =>
  tableDocument(
    'Production Index',
    heading,
    ['Bates range', 'Pages', 'Date', 'Description', 'Record type', 'Requests', 'Produced'],
    rows.map((r) => [
      range(r['Bates begin'], r['Bates end']),
      r.Pages,
      r.Date,
      r.Description,
      r['Record type'],
      r['Requests answered'],
      r.Produced,
    ]),
    'No record is produced in this volume.',
  );

export const logDocument = (heading: VolumeHeading, rows: readonly LogRow[]): DocumentModel =>
  tableDocument(
    'Privilege Log',
    heading,
    ['No.', 'Bates', 'Date and type', 'Author and recipients', 'General subject', 'Req.', 'Basis', 'Action'],
    rows.map((r) => [
      r['No.'],
      r.Bates,
      [r.Date, r['Record type']].filter(Boolean).join(', '),
      [
        r.Author && `From ${r.Author}`,
        r.Recipients && `to ${r.Recipients}`,
        r.Attorneys && `(*${r.Attorneys})`,
      ]
        .filter(Boolean)
        .join(' '),
      r['General subject'],
      r.Requests,
      r['Privilege or exception asserted'],
      r.Action === 'Redacted' && r['Pages redacted'] ? `Redacted at ${r['Pages redacted']}` : r.Action,
    ]),
    'No record of this volume is withheld or redacted.',
  );
