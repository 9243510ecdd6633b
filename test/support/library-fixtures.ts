// Builds the import fixtures in a temporary folder: a DOCX with a title property, headings, a list and a table
// (made with the docx package), a two-page PDF, an .eml, Markdown, and broken files (truncated PDF, random
// bytes, empty).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { makePdf } from './pdf-fixture';

export const tempDir = (prefix = 'counsel-desk-library-') => mkdtempSync(path.join(tmpdir(), prefix));

export async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    title: 'Use of Force Reporting',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Use of Force Reporting', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('General Order 906.00. Effective Date: January 15, 2024.'),
          new Paragraph({ text: '1. Reporting Duties', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Notify a supervisor at once.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Complete the response-to-resistance form.', bullet: { level: 0 } }),
          new Paragraph({ text: '2. Review', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Level')] }),
                  new TableCell({ children: [new Paragraph('Reviewer')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Level 1')] }),
                  new TableCell({ children: [new Paragraph('Lieutenant')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export const POLICY_PDF_PAGES = [
  [
    'DALLAS POLICE DEPARTMENT',
    'General Order 301.00',
    'Effective Date: June 1, 2023',
    '1. Purpose',
    'This order governs contact with federal immigration authorities.',
  ],
  [
    '3.2 Detainer Requests',
    'Officers shall forward every immigration detainer request to the Legal Unit.',
    'Detainers are honored as required by state law.',
  ],
];

export const EMAIL = [
  'From: Chief of Police <chief@dpd.example>',
  'To: All Commanders <commanders@dpd.example>',
  'Cc: City Attorney <cao@dallas.example>',
  'Subject: Handling of detainer requests',
  'Date: Mon, 3 Mar 2025 10:00:00 -0600',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Route every detainer request to the Legal Unit before acting on it.',
  '',
  '--b1',
  'Content-Type: application/pdf; name="GO-301.pdf"',
  'Content-Disposition: attachment; filename="GO-301.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--b1--',
  '',
].join('\r\n');

/** Writes every fixture into a new folder and returns their paths. */
export async function writeFixtures() {
  const dir = tempDir('counsel-desk-fixtures-');
  const file = (name: string, bytes: Buffer | string) => {
    const full = path.join(dir, name);
    writeFileSync(full, bytes);
    return full;
  };
  const pdf = makePdf(POLICY_PDF_PAGES, { title: 'Immigration Enforcement' });
  return {
    dir,
    docx: file('use-of-force.docx', await makeDocx()),
    pdf: file('go-301.pdf', pdf),
    eml: file('detainers.eml', EMAIL),
    markdown: file(
      'training.md',
      '# Training Bulletin 2024-05\n\n## 1.1 Scope\n\nAll patrol officers attend.\n',
    ),
    truncatedPdf: file('truncated.pdf', pdf.subarray(0, 120)),
    encryptedPdf: file('locked.pdf', makePdf([['secret']], { encrypted: true })),
    randomDocx: file('random.docx', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256))),
    emptyText: file('empty.txt', ''),
    blankText: file('blank.txt', '   \n\n  \n'),
  };
}
