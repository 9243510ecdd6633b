import { describe, expect, it } from 'vitest';
import { indexRows, logRows, type ProducedRecordFacts } from '../../../core/production/production-index';
import { indexDocument, logDocument } from '../../../core/production/table-document';
import { recordViews } from '../../../core/records/record-views';
import { fileWithRecords } from './production-fixture';

const file = fileWithRecords(
  { a: 'A', b: 'B', c: 'C' },
  {
    a: { date: '2025-03-03', documentType: 'Memorandum', requestNumbers: ['1', '3'] },
    b: {
      status: 'withheld',
      basis: 'TRE 503',
      author: 'Ana Ruiz',
      attorneys: 'Ana Ruiz',
      subject: 'Legal advice',
    },
    c: { status: 'partly-withheld', documentType: 'Email' },
  },
);
const views = recordViews(file).all;
const facts = (begin: string, end: string, redacted: string[] = []): ProducedRecordFacts => ({
  batesBegin: begin,
  batesEnd: end,
  pages: 2,
  file: `RECORDS/${begin}.pdf`,
  redactedPages: redacted,
  reasons: redacted.length > 0 ? ['TRE 503 attorney-client'] : [],
});

describe('the production index and the privilege log', () => {
  const produced = [
    { view: views[0]!, facts: facts('DAL-000001', 'DAL-000002') },
    { view: views[2]!, facts: facts('DAL-000003', 'DAL-000004', ['DAL-000004']) },
  ];

  it('index: one row per record produced, with its Bates range, date, type and requests', () => {
    expect(indexRows(produced)).toEqual([
      expect.objectContaining({
        'Bates begin': 'DAL-000001',
        'Bates end': 'DAL-000002',
        Date: '2025-03-03',
        'Record type': 'Memorandum',
        'Requests answered': '1, 3',
        Produced: 'In full',
      }),
      expect.objectContaining({
        'Bates begin': 'DAL-000003',
        Produced: 'With redactions',
        File: 'RECORDS/DAL-000003.pdf',
      }),
    ]);
  });

  it('log: records withheld in full, and records redacted with their pages and reasons', () => {
    const rows = logRows([produced[0]!, { view: views[1]! }, produced[1]!]);
    expect(rows).toEqual([
      expect.objectContaining({
        'No.': 'R-2',
        Bates: 'Withheld in full',
        Action: 'Withheld',
        'Privilege or exception asserted': 'TRE 503',
        Attorneys: 'Ana Ruiz',
      }),
      expect.objectContaining({
        'No.': 'R-3',
        Bates: 'DAL-000003 – DAL-000004',
        Action: 'Redacted',
        'Pages redacted': 'DAL-000004',
        'Privilege or exception asserted': 'TRE 503 attorney-client',
      }),
    ]);
  });

  it('as documents: a heading and a table whose header row repeats', () => {
    const heading = {
      producer: 'City of Riverbend',
      volume: 'DAL-VOL001',
      date: 'March 20, 2025',
      range: 'DAL-000001 – DAL-000004',
      matter: 'AG inquiry',
    };
    const index = indexDocument(heading, indexRows(produced));
    expect(index.children[0]).toMatchObject({ type: 'heading', children: [{ text: 'Production Index' }] });
    const table = index.children.find((b) => b.type === 'table');
    expect(table).toMatchObject({ children: [{ header: true }, {}, {}] });
    const log = logDocument(heading, []);
    expect(JSON.stringify(log.children)).toContain('No record of this volume is withheld or redacted.');
  });
});
