import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../core/api/result';
import { lineColumnAt } from '../../../core/matter-file/json-problem';
import { parseMatterFileText } from '../../../core/matter-file/parse-matter-file';
import { matterFileTitled } from '../../support/matter-file-fixture';

const refusal = (text: string): DeskError => {
  try {
    parseMatterFileText(text, 'dallas.cdesk');
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
};

describe('parseMatterFileText', () => {
  it('reads a file saved by Counsel Desk', () => {
    const file = matterFileTitled('Dallas ch. 752 inquiry');
    expect(parseMatterFileText(JSON.stringify(file), 'dallas.cdesk').matter.title).toBe(
      'Dallas ch. 752 inquiry',
    );
  });

  it('names the line and column of broken JSON', () => {
    const error = refusal('{\n  "format": "counsel-desk-matter",\n  "fileVersion": 1,,\n}');
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/dallas\.cdesk is damaged: .* at line 3, column 20/);
  });

  it('says when the file is not a matter file at all', () => {
    expect(refusal('{"hello": "world"}').message).toContain('is not a Counsel Desk matter file');
    expect(refusal('[1, 2]').code).toBe('invalid-file');
  });

  it('says a file from a newer version was written by a newer Counsel Desk', () => {
    const error = refusal(JSON.stringify({ ...matterFileTitled('x'), fileVersion: 7 }));
    expect(error.code).toBe('newer-version');
    expect(error.message).toContain('written by a newer Counsel Desk');
  });

  it('lists wrong values by field path', () => {
    const file = matterFileTitled('x');
    const broken = {
      ...file,
      matter: { ...file.matter, inquiry: { ...file.matter.inquiry, deadline: '03/07/2025' } },
    };
    const error = refusal(JSON.stringify(broken));
    expect(error.details).toContain('matter.inquiry.deadline: must be a date written as YYYY-MM-DD');
  });

  it.each([
    ['abc', 0, 1, 1],
    ['ab\ncd', 4, 2, 2],
    ['ab\ncd', 99, 2, 3],
  ])('lineColumnAt(%j, %i) is line %i column %i', (text, offset, line, column) => {
    expect(lineColumnAt(text, offset)).toEqual({ line, column });
  });
});
