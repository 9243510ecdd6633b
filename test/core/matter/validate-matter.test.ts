import { describe, expect, it } from 'vitest';
import { newMatter } from '../../../core/matter/new-matter';
import { requiredProblems, validateMatter } from '../../../core/matter/validate-matter';

const messages = (json: unknown) => validateMatter(json).problems.map((p) => p.message);

describe('validateMatter', () => {
  it('accepts a new matter and fills defaults', () => {
    const result = validateMatter({ ...newMatter() });
    expect(result.problems).toEqual([]);
    expect(result.matter?.inquiry.requests).toHaveLength(1);
  });

  it('names a bad date by bracket path and label', () => {
    const matter = newMatter();
    const json = { ...matter, inquiry: { ...matter.inquiry, letterDate: '3/7/2025' } };
    expect(messages(json)).toEqual([
      'inquiry.letterDate (Date of the letter) must be a date written as YYYY-MM-DD',
    ]);
  });

  it('refuses a date that does not exist, such as February 30', () => {
    const matter = newMatter();
    const json = { ...matter, inquiry: { ...matter.inquiry, deadline: '2025-02-30' } };
    expect(messages(json)).toEqual([
      'inquiry.deadline (Deadline stated in the letter) is not a real calendar date',
    ]);
  });

  it('names a list item by index', () => {
    const matter = newMatter();
    const requests = [
      { number: '1', text: 'a' },
      { number: '2', text: 'b' },
      { number: '3', text: 42 },
    ];
    expect(messages({ ...matter, inquiry: { ...matter.inquiry, requests } })).toEqual([
      'inquiry.requests[2].text (Request text) must be text, not number',
    ]);
  });

  it.each([
    [{ title: 'x' }, 'schemaVersion (File format version) is missing'],
    [{ schemaVersion: 3 }, 'written by a newer Counsel Desk'],
    [{ schemaVersion: 'one' }, 'not a format version Counsel Desk knows'],
    [[1, 2], 'must be a JSON object'],
  ])('explains a file that is not this version of a matter (%j)', (json, text) => {
    expect(messages(json).join('\n')).toContain(text);
  });
});

describe('requiredProblems', () => {
  it('lists empty required fields, each request text by index', () => {
    const matter = newMatter();
    matter.inquiry.requests = [
      { ...matter.inquiry.requests[0]!, text: 'All policies' },
      { ...matter.inquiry.requests[0]!, number: '2', text: '' },
      { ...matter.inquiry.requests[0]!, number: '3', text: '  ' },
    ];
    expect(requiredProblems(matter).map((p) => p.message)).toEqual([
      'inquiry.letterDate (Date of the letter) is empty',
      'inquiry.deadline (Deadline stated in the letter) is empty',
      'respondent.city (City) is empty',
      "counsel.name (Counsel's name) is empty",
      "signatory.name (Signatory's name) is empty",
      'inquiry.requests[1].text (Request text) is empty',
      'inquiry.requests[2].text (Request text) is empty',
    ]);
  });

  it('counts a value still marked "[Confirm: …]" as not filled in, and quotes the mark', () => {
    const matter = newMatter();
    matter.inquiry.requests[0]!.text = 'All policies [Confirm: the letter’s exact words]';
    const problem = requiredProblems(matter).find((p) => p.path === 'inquiry.requests[0].text');
    expect(problem?.message).toMatch(/still holds "\[Confirm: the letter’s exact words\]"$/);
  });

  it('asks for at least one request', () => {
    const matter = newMatter();
    matter.inquiry.requests = [];
    expect(requiredProblems(matter, ['inquiry.requests']).map((p) => p.message)).toEqual([
      'inquiry.requests (Numbered requests) has no entries; add at least one',
    ]);
  });
});

describe('newMatter', () => {
  it('has schema version 2 and one empty request numbered 1', () => {
    const matter = newMatter();
    expect(matter.schemaVersion).toBe(2);
    expect(matter.inquiry.requests.map((r) => [r.number, r.text])).toEqual([['1', '']]);
  });
});
