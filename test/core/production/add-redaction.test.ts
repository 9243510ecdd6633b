import { describe, expect, it } from 'vitest';
import { addBoxRedaction, addPhraseRedaction } from '../../../core/production/add-redaction';
import { fileWithRecords, testId } from './production-fixture';

const file = fileWithRecords(
  {
    a: 'The informant Maria Delgado called. Maria\nDelgado wrote.',
    b: 'Nothing about her here.',
    c: 'A note from maria delgado.',
  },
  { c: { status: 'not-responsive' } },
);

describe('redacting a phrase', () => {
  it('in one record: every occurrence counted, the reason taken from the matter list, the record partly withheld', () => {
    const result = addPhraseRedaction(file, {
      phrase: 'Maria Delgado',
      reason: '552.101 (informer',
      recordIndex: 0,
      newId: testId,
    });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.hits).toEqual([{ index: 0, count: 2 }]);
    expect(result.reason).toBe("Tex. Gov't Code § 552.101 (informer identity)");
    expect(result.reasonAdded).toBe(false);
    const record = result.file.records[0]!;
    expect(record.status).toBe('partly-withheld');
    expect(record.basis).toBe("Tex. Gov't Code § 552.101 (informer identity)");
    expect(record.redactions).toEqual([
      {
        id: expect.any(String),
        kind: 'phrase',
        phrase: 'Maria Delgado',
        reason: "Tex. Gov't Code § 552.101 (informer identity)",
      },
    ]);
    expect(result.file.records[1]).toBe(file.records[1]);
  });

  it('across the production: kept once for the matter, every produced record holding it partly withheld', () => {
    const result = addPhraseRedaction(file, {
      phrase: 'maria delgado',
      reason: 'Informant safety',
      newId: testId,
    });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.hits).toEqual([{ index: 0, count: 2 }]);
    expect(result.file.productionRedactions).toHaveLength(1);
    expect(result.file.records[0]!.redactions).toEqual([]);
    expect(result.file.records[2]!.status).toBe('not-responsive');
    expect(result.reasonAdded).toBe(true);
    expect(result.file.redactionReasons.at(-1)).toBe('Informant safety');
  });

  it('refuses a reason that is part of several in the list, naming them, instead of adding it as a new one', () => {
    const result = addPhraseRedaction(file, {
      phrase: 'Maria Delgado',
      reason: '552.101',
      recordIndex: 0,
      newId: testId,
    });
    expect(result).toEqual({
      problem: expect.stringContaining(
        `"552.101" is part of 2 reasons in the matter's list ("Tex. Gov't Code § 552.101 (informer identity)", "Tex. Gov't Code § 552.101 (confidential by law)")`,
      ),
    });
    const box = addBoxRedaction(file, {
      recordIndex: 0,
      page: 1,
      rect: { x: 10, y: 10, width: 20, height: 20 },
      reason: '552.101',
      newId: testId,
    });
    expect(box).toEqual({ problem: expect.stringContaining('give more of the one you mean') });
  });

  it('refuses a phrase that is not in the record, and an empty phrase or reason, changing nothing', () => {
    expect(
      addPhraseRedaction(file, { phrase: 'Maria Delgado', reason: 'x', recordIndex: 1, newId: testId }),
    ).toEqual({
      problem: expect.stringContaining('is not in the text of record 2'),
    });
    expect(
      addPhraseRedaction(file, { phrase: '  ', reason: 'x', recordIndex: 0, newId: testId }),
    ).toHaveProperty('problem');
    expect(
      addPhraseRedaction(file, { phrase: 'Maria', reason: ' ', recordIndex: 0, newId: testId }),
    ).toHaveProperty('problem');
  });

  it('the same phrase twice is reported as already redacted', () => {
    const once = addPhraseRedaction(file, {
      phrase: 'Maria Delgado',
      reason: 'TRE 503',
      recordIndex: 0,
      newId: testId,
    });
    if ('problem' in once) throw new Error(once.problem);
    const twice = addPhraseRedaction(once.file, {
      phrase: 'MARIA  delgado',
      reason: 'TRE 503',
      recordIndex: 0,
      newId: testId,
    });
    expect(twice).toMatchObject({ already: true });
  });

  it('names records that went out before, which must be produced again', () => {
    const produced = { volume: 'V1', first: 1, last: 1, prefix: 'X-', digits: 6 };
    const sent = { ...file, records: file.records.map((r, i) => (i === 0 ? { ...r, produced } : r)) };
    const result = addPhraseRedaction(sent, {
      phrase: 'Maria Delgado',
      reason: 'TRE 503',
      recordIndex: 0,
      newId: testId,
    });
    expect(result).toMatchObject({ producedBefore: [0] });
  });
});

describe('redacting a box on a page', () => {
  const sized = { ...file, records: file.records.map((r) => ({ ...r, printedPages: 2 })) };
  const rect = { x: 72, y: 100, width: 200, height: 14 };

  it('keeps the box with its page and reason, and makes the record partly withheld', () => {
    const result = addBoxRedaction(sized, {
      recordIndex: 1,
      page: 2,
      rect,
      reason: 'TRE 503',
      newId: testId,
    });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.file.records[1]).toMatchObject({
      status: 'partly-withheld',
      redactions: [{ kind: 'box', page: 2, rect, reason: 'TRE 503 attorney-client' }],
    });
  });

  it('refuses a page the record does not have and an empty box', () => {
    expect(addBoxRedaction(sized, { recordIndex: 1, page: 3, rect, reason: 'x', newId: testId })).toEqual({
      problem: 'Record 2 has 2 pages; there is no page 3 to black out.',
    });
    expect(
      addBoxRedaction(sized, {
        recordIndex: 1,
        page: 1,
        rect: { ...rect, width: 0 },
        reason: 'x',
        newId: testId,
      }),
    ).toHaveProperty('problem');
  });
});
