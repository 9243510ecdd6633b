// The DAT and OPT load files, parsed back the way a review platform reads them: þ-quoted fields split on
// ASCII 20, ® for line breaks, one OPT line a page; with real values (commas, quotes, accents, right-to-left).
import { describe, expect, it } from 'vitest';
import {
  concordanceDat,
  DAT_COLUMNS,
  datField,
  opticonOpt,
  type LoadFileDocument,
} from '../../../core/production/load-files';

const doc = (over: Partial<LoadFileDocument>): LoadFileDocument => ({
  pageLabels: ['DAL-000001'],
  family: '',
  attachment: false,
  custodian: '',
  dateSent: '',
  from: '',
  to: '',
  cc: '',
  subject: '',
  fileName: '',
  title: '',
  requests: '',
  path: 'RECORDS/DAL-000001.pdf',
  textPath: '',
  ...over,
});

/** A DAT as a reader parses it: BOM off, rows on CRLF, fields on ASCII 20, each þ-quoted. */
function parseDat(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = text.slice(1).split('\r\n');
  expect(rows.pop()).toBe('');
  const cells = rows.map((row) =>
    row.split('\u0014').map((field) => {
      expect(field.startsWith('\u00fe') && field.endsWith('\u00fe')).toBe(true);
      return field.slice(1, -1).replace(/\u00ae/g, '\n');
    }),
  );
  const [header, ...body] = cells;
  return body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

const thread: LoadFileDocument[] = [
  doc({
    pageLabels: ['DAL-000001', 'DAL-000002'],
    family: 'm1',
    custodian: 'José Ramírez; Legal Unit',
    dateSent: '2025-03-04',
    from: '"Delgado, María" <maria@dallas.example>',
    to: 'Chief, Office of the Chief <chief@dallas.example>, ערן כהן <eran@dallas.example>',
    cc: 'City Attorney <cao@dallas.example>',
    subject: 'Re: "Detainers", ICE & 287(g)\nsecond line',
    fileName: 'memo, final.eml',
    title: 'Email: Re: "Detainers"',
    requests: '1, 3(a)',
    path: 'RECORDS/DAL-000001.pdf',
    textPath: 'TEXT/DAL-000001.txt',
  }),
  doc({
    pageLabels: ['DAL-000003'],
    family: 'm1',
    attachment: true,
    fileName: 'memo.pdf',
    path: 'RECORDS/DAL-000003.pdf',
  }),
  doc({
    pageLabels: ['DAL-000004', 'DAL-000005', 'DAL-000006'],
    title: 'Þórr\u0014 þing',
    path: 'RECORDS/DAL-000004.pdf',
  }),
];

describe('concordanceDat', () => {
  it('writes the columns and every value back as given, commas, quotes, accents and line breaks included', () => {
    const rows = parseDat(concordanceDat(thread));
    expect(Object.keys(rows[0]!)).toEqual([...DAT_COLUMNS]);
    expect(rows[0]).toMatchObject({
      BEGBATES: 'DAL-000001',
      ENDBATES: 'DAL-000002',
      PAGECOUNT: '2',
      CUSTODIAN: 'José Ramírez; Legal Unit',
      DATESENT: '03/04/2025',
      FROM: '"Delgado, María" <maria@dallas.example>',
      TO: 'Chief, Office of the Chief <chief@dallas.example>, ערן כהן <eran@dallas.example>',
      CC: 'City Attorney <cao@dallas.example>',
      SUBJECT: 'Re: "Detainers", ICE & 287(g)\nsecond line',
      FILENAME: 'memo, final.eml',
      REQUESTS: '1, 3(a)',
      PDFPATH: 'RECORDS/DAL-000001.pdf',
      TEXTPATH: 'TEXT/DAL-000001.txt',
    });
  });

  it('gives a message and its attachments one attachment range, and a document on its own none', () => {
    const rows = parseDat(concordanceDat(thread));
    for (const row of rows.slice(0, 2))
      expect([row.BEGATTACH, row.ENDATTACH]).toEqual(['DAL-000001', 'DAL-000003']);
    expect([rows[2]!.BEGATTACH, rows[2]!.ENDATTACH]).toEqual(['', '']);
  });

  it('keeps its quote and separator out of values (þ written th, ASCII 20 a space)', () => {
    expect(datField('Þórr\u0014 þing')).toBe('\u00feThórr  thing\u00fe');
    expect(parseDat(concordanceDat(thread))[2]!.TITLE).toBe('Thórr  thing');
  });
});

describe('opticonOpt', () => {
  it('has one line a page, Y and the page count on each document’s first page', () => {
    const lines = opticonOpt('DAL-VOL001', thread).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual([
      'DAL-000001,DAL-VOL001,RECORDS\\DAL-000001.pdf,Y,,,2',
      'DAL-000002,DAL-VOL001,RECORDS\\DAL-000001.pdf,,,,',
      'DAL-000003,DAL-VOL001,RECORDS\\DAL-000003.pdf,Y,,,1',
      'DAL-000004,DAL-VOL001,RECORDS\\DAL-000004.pdf,Y,,,3',
      'DAL-000005,DAL-VOL001,RECORDS\\DAL-000004.pdf,,,,',
      'DAL-000006,DAL-VOL001,RECORDS\\DAL-000004.pdf,,,,',
    ]);
    for (const line of lines) expect(line.split(',')).toHaveLength(7);
  });
});
