// Load files for review platforms (Relativity, Concordance, Everlaw …): a Concordance DAT with one row per
// produced document and an Opticon OPT with one line per page. The DAT follows the Concordance defaults: every
// field wrapped in þ (U+00FE), fields separated by ASCII 20 (shown as ¶ in Concordance), a line break inside a
// value written as ® (U+00AE), CRLF between rows, UTF-8 with a byte order mark. The OPT is
// `Bates,volume,path,Y,,,pages` on a document's first page and `Bates,volume,path,,,,` on the others.

export const DAT_COLUMNS = [
  'BEGBATES',
  'ENDBATES',
  'BEGATTACH',
  'ENDATTACH',
  'PAGECOUNT',
  'CUSTODIAN',
  'DATESENT',
  'FROM',
  'TO',
  'CC',
  'SUBJECT',
  'FILENAME',
  'TITLE',
  'REQUESTS',
  'PDFPATH',
  'TEXTPATH',
] as const;

export type DatColumn = (typeof DAT_COLUMNS)[number];

export const DAT_QUOTE = '\u00fe';
export const DAT_SEPARATOR = '\u0014';
export const DAT_NEWLINE = '\u00ae';

/** One produced document, as the load files describe it. */
export interface LoadFileDocument {
  /** Every page's Bates number, in order: the first is BEGBATES, the last ENDBATES. */
  pageLabels: string[];
  /** The family (an email and its attachments) it belongs to, by the family's id; empty on its own. */
  family: string;
  /** An attachment belongs to the message before it in its family. */
  attachment: boolean;
  custodian: string;
  /** YYYY-MM-DD, or empty; written MM/DD/YYYY as Concordance reads dates. */
  dateSent: string;
  from: string;
  to: string;
  cc: string;
  subject: string;
  fileName: string;
  title: string;
  requests: string;
  /** The document's file inside the volume, with / between folders ("RECORDS/DAL-000001.pdf"). */
  path: string;
  /** Its text as produced (redactions removed), one file a document ("TEXT/DAL-000001.txt"); empty if none. */
  textPath: string;
}

/**
 * A value as one DAT field. Concordance has no escape for its quote character, so a þ in a value is written
 * "th" (its usual transliteration); the separator becomes a space and line breaks become ®.
 */
export function datField(value: string): string {
  const clean = value
    .replace(/\r\n?|\n/g, DAT_NEWLINE)
    .replace(/\u00fe/g, 'th')
    .replace(/\u00de/g, 'Th')
    // eslint-disable-next-line no-control-regex -- the separator inside a value would split the field
    .replace(/\u0014/g, ' ')
    // eslint-disable-next-line no-control-regex -- other control characters have no place in a load file
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u0013\u0015-\u001f\u007f]/g, '');
  return `${DAT_QUOTE}${clean}${DAT_QUOTE}`;
}

const usDate = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[2]}/${match[3]}/${match[1]}` : '';
};

/** Each document's attachment range: a message with its attachments, when it has any. */
function attachmentRanges(documents: readonly LoadFileDocument[]): { begin: string; end: string }[] {
  const ranges = documents.map(() => ({ begin: '', end: '' }));
  let start = 0;
  for (let i = 0; i <= documents.length; i += 1) {
    const doc = documents[i];
    const continues =
      doc !== undefined && doc.attachment && doc.family !== '' && doc.family === documents[start]!.family;
    if (continues) continue;
    if (i - start > 1) {
      const begin = documents[start]!.pageLabels[0] ?? '';
      const end = documents[i - 1]!.pageLabels.at(-1) ?? '';
      for (let k = start; k < i; k += 1) ranges[k] = { begin, end };
    }
    start = i;
  }
  return ranges;
}

export function concordanceDat(documents: readonly LoadFileDocument[]): string {
  const attach = attachmentRanges(documents);
  const rows = documents.map((doc, i): Record<DatColumn, string> => ({
    BEGBATES: doc.pageLabels[0] ?? '',
    ENDBATES: doc.pageLabels.at(-1) ?? '',
    BEGATTACH: attach[i]!.begin,
    ENDATTACH: attach[i]!.end,
    PAGECOUNT: String(doc.pageLabels.length),
    CUSTODIAN: doc.custodian,
    DATESENT: usDate(doc.dateSent),
    FROM: doc.from,
    TO: doc.to,
    CC: doc.cc,
    SUBJECT: doc.subject,
    FILENAME: doc.fileName,
    TITLE: doc.title,
    REQUESTS: doc.requests,
    PDFPATH: doc.path,
    TEXTPATH: doc.textPath,
  }));
  const lines = [
    DAT_COLUMNS.map(datField).join(DAT_SEPARATOR),
    ...rows.map((row) => DAT_COLUMNS.map((column) => datField(row[column])).join(DAT_SEPARATOR)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A path as Opticon readers expect it: Windows separators, no comma (the OPT's own separator). */
const optPath = (path: string): string => path.replace(/\//g, '\\').replace(/,/g, '_');

export function opticonOpt(volume: string, documents: readonly LoadFileDocument[]): string {
  const lines = documents.flatMap((doc) =>
    doc.pageLabels.map((label, page) =>
      [
        label,
        volume.replace(/,/g, '_'),
        optPath(doc.path),
        page === 0 ? 'Y' : '',
        '',
        '',
        page === 0 ? String(doc.pageLabels.length) : '',
      ].join(','),
    ),
  );
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
}
