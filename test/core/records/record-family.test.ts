// A message added to the records with its attachments is a family: consecutive records, produced together
// with consecutive Bates numbers, dated and addressed as the message, and never split by a move.
import { describe, expect, it } from 'vitest';
import { exhibitSettingsSchema } from '../../../core/exhibits/exhibit';
import type { SourceDetail } from '../../../core/library/library-types';
import type { MailFacts, SourceFamily } from '../../../core/library/mail-types';
import { familyRecords, keepFamiliesTogether } from '../../../core/records/record-family';
import { recordSchema } from '../../../core/records/record';
import { recordViews } from '../../../core/records/record-views';

const source = (id: string, title: string, fileName: string, effectiveDate = ''): SourceDetail => ({
  id,
  title,
  kind: 'communication',
  identifier: '',
  effectiveDate,
  fileName,
  sha256: id.padStart(64, '0'),
  pageCount: 1,
  importedAt: '2025-03-10T00:00:00.000Z',
  text: `${title}\n\nText of ${fileName}.`,
  pages: [{ page: 1, start: 0, end: title.length + fileName.length + 12 }],
  sections: [],
});

const mail: MailFacts = {
  messageId: 'memo-1@dallas.example',
  from: { name: 'José Núñez', address: 'jose.nunez@dallas.example' },
  to: [{ name: 'Chief of Police', address: 'chief@dpd.example' }],
  cc: [{ name: '', address: 'cao@dallas.example' }],
  bcc: [],
  dateWritten: 'Tue, 4 Mar 2025 10:30:00 -0600',
  sentAt: '2025-03-04T16:30:00.000Z',
  threadId: 't1',
  attachments: [],
};

const family: SourceFamily = {
  members: [
    { source: source('m1', 'Detainer requests', 'memo.msg', '2025-03-04'), parentId: '', mail },
    { source: source('a1', 'Checklist', 'Checklist.docx'), parentId: 'm1' },
    { source: source('a2', 'Routing sheet', 'Routing sheet.pdf'), parentId: 'm1' },
  ],
};

let next = 0;
const newId = () => `id-${++next}`;

describe('families of records', () => {
  it('makes one produced record per member, in order, dated and addressed as the message', () => {
    const { records, excerpts } = familyRecords(family, newId);
    expect(records.map((r) => [r.description, r.documentType, r.date, r.family === records[0]!.id])).toEqual([
      ['Email: Detainer requests', 'Email', '2025-03-04', true],
      ['Attachment: Checklist.docx', 'Email attachment', '2025-03-04', true],
      ['Attachment: Routing sheet.pdf', 'Email attachment', '2025-03-04', true],
    ]);
    expect(records[1]).toMatchObject({
      author: 'José Núñez <jose.nunez@dallas.example>',
      recipients: 'Chief of Police <chief@dpd.example>, cao@dallas.example',
      status: 'produced',
    });
    expect(excerpts.map((e) => e.wholeSource)).toEqual([true, true, true]);
    expect(records.map((r) => r.excerptId)).toEqual(excerpts.map((e) => e.id));
  });

  it('gives the family consecutive Bates numbers after the records before it', () => {
    const { records, excerpts } = familyRecords(family, newId);
    const before = recordSchema.parse({ id: 'paper', description: 'Policy binder', pages: 3 });
    const settings = exhibitSettingsSchema.parse({
      bates: { enabled: true, prefix: 'DAL', start: 1, digits: 4 },
    });
    const views = recordViews({ records: [before, ...records], excerpts, exhibitSettings: settings });
    const ranges = views.produced.map((v) => v.range);
    expect(ranges[0]).toEqual({ first: 1, last: 3 });
    for (let i = 2; i < ranges.length; i++) expect(ranges[i]!.first).toBe(ranges[i - 1]!.last + 1);
    expect(views.produced[1]!.batesStart).toBe('DAL0004');
  });

  it('keeps a family together when one of its records is moved away, and leaves others in place', () => {
    const { records } = familyRecords(family, newId);
    const other = recordSchema.parse({ id: 'other', description: 'Training deck' });
    const [message, first, second] = records;
    const moved = keepFamiliesTogether([message!, first!, other, second!]);
    expect(moved.map((r) => r.id)).toEqual([message!.id, first!.id, second!.id, 'other']);
    const alone = keepFamiliesTogether([other, message!, first!, second!]);
    expect(alone.map((r) => r.id)).toEqual(['other', message!.id, first!.id, second!.id]);
  });
});
