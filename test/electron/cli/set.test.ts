// `counsel-desk set`: one value of the matter, of its records or of one letter, coerced and checked by the
// schema; a bad path or value is refused by name and the file stays byte for byte as it was.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { completeMatter, ensureCliBuilt, hasStackTrace, runCli, tempDir, writeJson } from './cli-harness';
import { answersTemplates, readJson } from './letter-fixture';

const env = answersTemplates();
const work = tempDir();
const cdesk = path.join(work, 'inquiry.cdesk');

beforeAll(() => {
  ensureCliBuilt();
  const matter = completeMatter();
  const v1 = {
    ...matter,
    schemaVersion: 1,
    response: { ...matter.response, produced: [{ description: 'General Order 999.00', pages: 3 }] },
  };
  const steps = [
    ['new', '--from', writeJson(work, 'matter.json', v1), '--out', cdesk],
    ['draft', cdesk, '--template', 'answers', '--title', 'First'],
    ['draft', cdesk, '--template', 'answers', '--title', 'Second'],
  ];
  for (const step of steps) expect(runCli(step, env).code, step.join(' ')).toBe(0);
});

const set = (...args: string[]) => runCli(['set', cdesk, ...args], env);
const draftTitled = (file: MatterFile, title: string) => file.drafts.find((d) => d.title === title)!;

describe('counsel-desk set', () => {
  test('--draft letter.date changes that draft only', () => {
    const before = readJson<MatterFile>(cdesk);
    const run = set('letter.date', '2025-03-12', '--draft', 'First');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Set letter.date of the draft "First" to "2025-03-12"');
    const after = readJson<MatterFile>(cdesk);
    expect(draftTitled(after, 'First').letter.date).toBe('2025-03-12');
    expect(draftTitled(after, 'Second')).toEqual(draftTitled(before, 'Second'));
    expect(after.matter).toEqual(before.matter);
    expect(after.records).toEqual(before.records);
  });

  test('values are coerced by the schema: text, numbers, true/false, choices; dot or bracket paths', () => {
    expect(set('respondent.city', 'City of Dallas').code).toBe(0);
    expect(set('records.0.pages', '12').code).toBe(0);
    expect(set('options.reservationOfRights', 'false').code).toBe(0);
    expect(set('records[0].status', 'withheld').code).toBe(0);
    expect(set('letter.deliveryLine', 'Via Email', '--draft', 'second').code).toBe(0);
    const file = readJson<MatterFile>(cdesk);
    expect(file.matter.respondent.city).toBe('City of Dallas');
    expect(file.records[0]).toMatchObject({ pages: 12, status: 'withheld' });
    expect(file.matter.options.reservationOfRights).toBe(false);
    expect(draftTitled(file, 'Second').letter.deliveryLine).toBe('Via Email');
  });

  test.each([
    [
      'a field that does not exist',
      ['respondent.cty', 'Dallas'],
      'respondent has no field "cty". Its fields: city',
    ],
    [
      'a request status that is not a choice',
      ['inquiry.requests[1].status', 'maybe'],
      'inquiry.requests[1].status must be one of: pending, produced, withheld, partly-withheld, no-records, objection',
    ],
    [
      'a record status that is not a choice',
      ['records[0].status', 'pending'],
      'records[0].status must be one of: produced, partly-withheld, withheld, not-responsive',
    ],
    ['an item the list does not have', ['inquiry.requests[7].text', 'x'], 'there is no inquiry.requests[7]'],
    ['a number that is not one', ['records[0].pages', 'many'], 'records[0].pages takes a number'],
    [
      'a date that is not a date',
      ['inquiry.deadline', '2025-02-30'],
      'inquiry.deadline (Deadline stated in the letter) is not a real calendar date',
    ],
    ['a whole list', ['inquiry.requests', 'none'], 'inquiry.requests is a list'],
    ['a letter value without --draft', ['letter.date', '2025-03-12'], 'name its draft with --draft'],
    ['a matter value with --draft', ['respondent.city', 'X', '--draft', 'First'], 'leave out --draft'],
    [
      'a letter date that is not a date',
      ['letter.date', '2025-13-01', '--draft', 'First'],
      'letter.date of the draft "First" is not a real calendar date',
    ],
    [
      'an unknown draft',
      ['letter.date', '2025-03-12', '--draft', 'Third'],
      'inquiry.cdesk has no draft "Third"',
    ],
  ])('%s is refused by name and nothing is written', (_name, args, message) => {
    const before = readFileSync(cdesk);
    const backup = readFileSync(`${cdesk}.bak`);
    const run = set(...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(readFileSync(cdesk).equals(before)).toBe(true);
    expect(readFileSync(`${cdesk}.bak`).equals(backup)).toBe(true);
  });

  test('an unknown draft lists the drafts the file has', () => {
    const run = set('letter.date', '2025-03-12', '--draft', 'Third');
    expect(run.stderr).toMatch(/ {2}\S+ {2}First\n/);
    expect(run.stderr).toMatch(/ {2}\S+ {2}Second\n/);
  });

  test('a missing file says so and creates nothing', () => {
    const missing = path.join(work, 'missing.cdesk');
    const run = runCli(['set', missing, 'respondent.city', 'Dallas'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The matter file ${missing} does not exist`);
    expect(existsSync(missing)).toBe(false);
  });

  test('a value already there changes nothing', () => {
    const before = readFileSync(cdesk);
    const run = set('respondent.city', 'City of Dallas');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('was not changed');
    expect(readFileSync(cdesk).equals(before)).toBe(true);
  });

  test('a matter JSON is pointed to new', () => {
    const json = writeJson(work, 'plain.json', completeMatter());
    const run = runCli(['set', json, 'respondent.city', 'Dallas'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('counsel-desk new --from');
  });
});
