// `check` lists what is still to confirm: every value marked "[Confirm: …]" or "[Fill: …]", required or not.
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { completeMatter, ensureCliBuilt, root, runCli, tempDir, writeJson } from './cli-harness';

beforeAll(() => ensureCliBuilt());

describe('counsel-desk check: values still to confirm', () => {
  test('a mark in an optional field is listed by path with its words, and check fails', () => {
    const matter = completeMatter();
    matter.inquiry.referenceNumber = '[Confirm: reference number, if the letter gives one]';
    matter.inquiry.requests[0]!.answer = 'Produced [Confirm: which]';
    const run = runCli(['check', writeJson(tempDir(), 'matter.json', matter)]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'matter.json has 2 values still to confirm (marked "[Confirm: …]" or "[Fill: …]"):',
      '  inquiry.referenceNumber: [Confirm: reference number, if the letter gives one]',
      '  inquiry.requests[0].answer: [Confirm: which]',
    ]);
  });

  test('a required field with a mark is listed once, as a problem', () => {
    const matter = completeMatter();
    matter.counsel.name = '[Fill: name]';
    const run = runCli(['check', writeJson(tempDir(), 'matter.json', matter)]);
    expect(run.stderr).toContain('counsel.name (Counsel');
    expect(run.stderr).not.toContain('counsel.name: [Fill: name]');
    expect(run.stderr).not.toContain('still to confirm');
  });

  test('the shipped example lists what the README says is unconfirmed, records included', () => {
    const run = runCli(['check', path.join(root, 'examples', 'dallas-ag-inquiry.json')]);
    expect(run.code).toBe(1);
    for (const line of [
      'inquiry.deadline (Deadline stated in the letter) is empty',
      '  inquiry.referenceNumber: [Confirm: reference number, if the letter gives one]',
      '  response.policies[0].identifier: [Confirm: number]',
      '  records[0].description: [Confirm: number and title]',
    ])
      expect(run.stderr).toContain(line);
  });
});
