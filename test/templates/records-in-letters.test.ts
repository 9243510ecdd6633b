// What the letters say about the records list: the index of records produced with the Bates ranges the
// settings give, the log of records withheld with the basis of each, and the answer to each request.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockNode, TableNode } from '../../core/document/model';
import { blocksToPlainText } from '../../core/document/plain-text';
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { renderDocument } from '../../core/pipeline/render-draft';
import { buildTemplateSet, type TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';
import { exampleFile, exampleLetter } from './example-matter-file';
import { filledFile, filledLetter } from './filled-matter-file';

let set: TemplateSet;

beforeAll(async () => {
  const sources = await readTemplateSources(path.resolve(import.meta.dirname, '../../templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
});

const blocksOf = (id: string, file: MatterFile, letter: Partial<LetterFacts> = filledLetter()) =>
  renderDocument(set, id, file, letter).children;
const textOf = (id: string, file: MatterFile, letter?: Partial<LetterFacts>) =>
  blocksToPlainText(blocksOf(id, file, letter));

/** The first table's rows as lists of cell texts, header included. */
function tableRows(blocks: BlockNode[]): string[][] {
  const table = blocks.find((b): b is TableNode => b.type === 'table');
  if (!table) throw new Error('no table in the document');
  return table.children.map((row) => row.children.map((cell) => blocksToPlainText(cell.children)));
}

describe('the index of records produced', () => {
  it.each(['production-cover-letter', 'custodian-certification', 'business-records-affidavit'])(
    '%s lists every produced record with the Bates range its settings give',
    (id) => {
      const rows = tableRows(blocksOf(id, filledFile()));
      expect(rows).toEqual([
        ['Description', 'Date', 'Bates range', 'Pages', 'Request no.'],
        [
          'General Order 301.00, Immigration Enforcement',
          'October 1, 2017',
          'COD-AG-0000101 – COD-AG-0000102',
          '2',
          '1',
        ],
        [
          'Senate Bill 4 training presentation',
          'August 15, 2017',
          'COD-AG-0000103 – COD-AG-0000148',
          '46',
          '2',
        ],
        [
          'Emails with federal partners about detainers',
          'June 3, 2024',
          'COD-AG-0000149 – COD-AG-0000153',
          '5',
          '3',
        ],
        [
          'Roll-call bulletin of February 21, 2025',
          'February 21, 2025',
          'COD-AG-0000154 – COD-AG-0000155',
          '2',
          '1, 3',
        ],
      ]);
    },
  );

  it('follows the Bates settings when they change', () => {
    const file = filledFile();
    file.exhibitSettings.bates = { enabled: true, prefix: 'DAL-', start: 1, digits: 4 };
    expect(tableRows(blocksOf('production-cover-letter', file)).map((row) => row[2])).toEqual([
      'Bates range',
      'DAL-0001 – DAL-0002',
      'DAL-0003 – DAL-0048',
      'DAL-0049 – DAL-0053',
      'DAL-0054 – DAL-0055',
    ]);
  });

  it('matches the Bates numbers the Dallas example was produced with', () => {
    const rows = tableRows(blocksOf('production-cover-letter', exampleFile(), exampleLetter()));
    expect(rows.slice(1).map((row) => row[2])).toEqual([
      'DAL-AG-000001 – DAL-AG-000008',
      'DAL-AG-000009 – DAL-AG-000054',
      'DAL-AG-000055 – DAL-AG-000056',
    ]);
  });

  it('drops the Bates column, and every claim of Bates numbers, while numbering is off', () => {
    const file = filledFile();
    file.exhibitSettings.bates.enabled = false;
    const cover = blocksOf('production-cover-letter', file);
    expect(tableRows(cover)[0]).toEqual(['Description', 'Date', 'Pages', 'Request no.']);
    expect(blocksToPlainText(cover)).not.toMatch(/Bates/);
    expect(textOf('business-records-affidavit', file)).toContain(
      'are 55 pages of records of the Dallas Police Department, described in the attached Schedule',
    );
    expect(textOf('custodian-certification', file)).toContain('schedule below, 55 pages in all, are true');
    expect(textOf('business-records-affidavit', file)).not.toMatch(/Bates|COD-AG/);
  });

  it('says so when no record is produced, and the cover letter encloses none', () => {
    const file = filledFile();
    file.records = [];
    const cover = textOf('production-cover-letter', file, {});
    expect(cover).toContain('The City is not producing any records with this letter.');
    expect(cover).not.toMatch(/I enclose|Index of Records Produced/);
    expect(textOf('business-records-affidavit', file, {})).toContain('No record is listed as produced.');
  });
});

describe('the log of records withheld or redacted', () => {
  it('lists each withheld record with its type, people, subject, request, basis and action', () => {
    const rows = tableRows(blocksOf('privilege-log', filledFile()));
    expect(rows.slice(1)).toEqual([
      [
        'DPD-LOG-001',
        'Email chain, June 3, 2024',
        'From Deputy Chief R. Alvarez to ICE Dallas Field Office',
        'Scheduling of detainer transfers',
        '3',
        "Tex. Gov't Code § 552.108(a)(1)",
        'Redacted within COD-AG-0000149 – COD-AG-0000153',
      ],
      [
        'R-4',
        'Memorandum, August 20, 2017',
        'From Assistant City Attorney J. Doe to Chief of Police',
        'Legal advice on Senate Bill 4',
        '3',
        "Tex. Gov't Code § 552.107(1) (attorney-client privilege)",
        'Withheld',
      ],
    ]);
    expect(textOf('privilege-log', filledFile())).toContain('the two responsive records listed below');
  });

  it('says nothing was withheld, and nothing about redactions, when no record is', () => {
    const file = filledFile();
    file.records = file.records.filter((r) => r.status === 'produced');
    const text = textOf('privilege-log', file);
    expect(text).toContain('has not withheld or redacted any responsive record located to date');
    expect(text).not.toContain('Where the action is');
  });

  it('the Public Information Act request names each record and the exception it raises, by section', () => {
    const file = filledFile();
    file.records.find((r) => r.id === 'advice')!.basis = 'Attorney-client privilege, Tex. R. Evid. 503';
    const text = textOf('public-information-act-ruling-request', file);
    expect(text).toContain(
      "DPD-LOG-001 (portions), Scheduling of detainer transfers: Tex. Gov't Code § 552.108(a)(1)",
    );
    expect(text).toContain("R-4, Legal advice on Senate Bill 4: Tex. Gov't Code §§ 552.107(1), 552.111");
    expect(text).not.toContain('Tex. R. Evid. 503');
  });

  it('the cover letter and the response list them with their basis', () => {
    const line =
      "R-4 (withheld; responsive to request 3): Legal advice on Senate Bill 4. Basis: Tex. Gov't Code § 552.107(1)";
    expect(textOf('production-cover-letter', filledFile())).toContain(line);
    expect(textOf('substantive-response', filledFile())).toContain(
      "R-4 (withheld; responsive to request 3): Legal advice on Senate Bill 4. Basis: Tex. Gov't Code § 552.107(1)",
    );
  });
});

describe('the answer to each request', () => {
  const answer = (file: MatterFile, number: string) => {
    const text = textOf('substantive-response', file);
    const start = text.indexOf(`Request No. ${number}`);
    return text.slice(start, text.indexOf('Request No.', start + 1)).split('Response: ')[1] ?? '';
  };

  it.each([
    ['produced', 'The City is producing the responsive records it located.'],
    [
      'withheld',
      'The City is withholding the responsive records it located. The records or portions withheld are described under Records Withheld below.',
    ],
    ['no-records', 'After a diligent search, the City located no records responsive to this request.'],
    ['objection', 'The City objects to this request. '],
    ['pending', "The City's review of records responsive to this request is continuing"],
  ] as const)('a request marked %s says so', (status, opening) => {
    const file = filledFile();
    file.matter.inquiry.requests[1]!.status = status;
    expect(answer(file, '2').startsWith(opening), answer(file, '2')).toBe(true);
  });

  it('points to Records Withheld only when the records list has withheld records', () => {
    const file = filledFile();
    expect(answer(file, '3')).toContain('described under Records Withheld below');
    file.records = file.records.filter((r) => r.status === 'produced');
    expect(answer(file, '3')).not.toContain('Records Withheld below');
    expect(textOf('substantive-response', file)).toContain(
      'Except as stated in the responses above, the City has not withheld or redacted any responsive record',
    );
  });

  it('the custodian says records withheld in full are not certified only when some are withheld', () => {
    const file = filledFile();
    expect(textOf('custodian-certification', file)).toContain('withheld in full is not among the copies');
    file.records = file.records.filter((r) => r.status === 'produced');
    expect(textOf('custodian-certification', file)).not.toContain('withheld in full');
  });
});
