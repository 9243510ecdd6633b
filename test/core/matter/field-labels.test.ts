import { describe, expect, it } from 'vitest';
import { fieldLabel, unlabelledPaths } from '../../../core/matter/field-labels';
import { bracketPath, normalizePath, pathKind } from '../../../core/matter/matter-paths';

describe('fieldLabel', () => {
  it.each([
    ['inquiry.requests[].text', 'Request text'],
    ['inquiry.requests.2.text', 'Request text'],
    ['inquiry.requests[2].text', 'Request text'],
    ['inquiry.letterDate', 'Date of the letter'],
    ['counsel.name', "Counsel's name"],
    ['custom.boardMeetingDate', 'Board meeting date'],
  ])('%s -> %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it('every path of the matter schema has a label of its own', () => {
    expect(unlabelledPaths()).toEqual([]);
  });
});

describe('matter paths', () => {
  it.each([
    ['inquiry.requests.2.text', 'inquiry.requests[].text', 'inquiry.requests[2].text'],
    ['recipients.0.name', 'recipients[].name', 'recipients[0].name'],
    ['inquiry.deadline', 'inquiry.deadline', 'inquiry.deadline'],
  ])('%s normalizes to %s and reads as %s', (path, normal, bracket) => {
    expect(normalizePath(path)).toBe(normal);
    expect(bracketPath(path)).toBe(bracket);
  });

  it.each([
    ['inquiry.requests', 'list'],
    ['inquiry.requests[].text', 'text'],
    ['inquiry.deadline', 'date'],
    ['inquiry', 'group'],
    ['options.reservationOfRights', 'boolean'],
    ['custom.anything', 'text'],
    ['inquiry.deadlin', undefined],
  ])('%s is %s', (path, kind) => {
    expect(pathKind(path)).toBe(kind);
  });
});
