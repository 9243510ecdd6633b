// How the viewer names a page and steps its zoom.
import { describe, expect, it } from 'vitest';
import { nextZoom, pageName } from '../../../renderer/pages/page-names';

describe('page names', () => {
  it.each([
    [3, 12, 'CITY-000125', 'Page 3 of 12, CITY-000125'],
    [1, 1, undefined, 'Page 1 of 1'],
    [2, 5, '', 'Page 2 of 5'],
  ])('page %i of %i labelled %s is "%s"', (page, count, label, name) => {
    expect(pageName(page, count, label)).toBe(name);
  });
});

describe('zoom steps', () => {
  it.each([
    [1, 1, 1.25],
    [1, -1, 0.75],
    [3, 1, 3],
    [0.5, -1, 0.5],
    // A zoom between steps goes to the next step its way.
    [1.1, 1, 1.25],
    [1.1, -1, 1],
  ])('from %f by %i is %f', (zoom, step, next) => {
    expect(nextZoom(zoom, step as 1 | -1)).toBe(next);
  });
});
