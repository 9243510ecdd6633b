import { describe, expect, it } from 'vitest';
import {
  chooseStampPlace,
  normalizeRotation,
  seenSize,
  toPagePoint,
  toPageRect,
  toSeenRect,
  type Rotation,
} from '../../../core/production/page-geometry';

// A crop box that does not start at 0,0, so every conversion must add its origin.
const box = { x: 10, y: 20, width: 600, height: 800 };

describe('seen coordinates on a page turned by /Rotate', () => {
  it.each([
    // The seen top-left corner is the page's corner that the turn brings to the top left.
    [0, { x: 10, y: 820 }],
    [90, { x: 10, y: 20 }],
    [180, { x: 610, y: 20 }],
    [270, { x: 610, y: 820 }],
  ] as [Rotation, { x: number; y: number }][])(
    'turned %i: the top-left corner as seen',
    (rotation, corner) => {
      expect(toPagePoint(box, rotation, 0, 0)).toEqual(corner);
    },
  );

  it.each([0, 90, 180, 270] as Rotation[])('turned %i: a rectangle comes back unchanged', (rotation) => {
    const seen = { x: 30, y: 40, width: 120, height: 15 };
    const back = toSeenRect(box, rotation, toPageRect(box, rotation, seen));
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(back[key]).toBeCloseTo(seen[key]);
  });

  it('a page turned a quarter is seen landscape', () => {
    expect(seenSize(box, 90)).toEqual({ width: 800, height: 600 });
    expect(seenSize(box, 180)).toEqual({ width: 600, height: 800 });
  });

  it.each([
    [0, 0],
    [90, 90],
    [-90, 270],
    [450, 90],
    [360, 0],
  ])('/Rotate %i is the turn %i', (angle, turn) => {
    expect(normalizeRotation(angle)).toBe(turn);
  });
});

describe('where the Bates label goes', () => {
  const page = { width: 612, height: 792 };
  const label = { width: 80, height: 13 };

  it('bottom right when nothing is there', () => {
    const place = chooseStampPlace(page, label, [{ x: 72, y: 72, width: 468, height: 600 }]);
    expect(place.overContent).toBe(false);
    expect(place.rect.x + place.rect.width).toBeCloseTo(612 - 18);
    expect(place.rect.y + place.rect.height).toBeCloseTo(792 - 10);
  });

  it('moves off a footer at the bottom right to the first free place', () => {
    const footer = { x: 400, y: 765, width: 200, height: 12 };
    const place = chooseStampPlace(page, label, [footer]);
    expect(place.overContent).toBe(false);
    expect(place.rect.x).toBeLessThan(400 - label.width);
  });

  it('on a page covered edge to edge it goes bottom right over a white patch', () => {
    const place = chooseStampPlace(page, label, [{ x: 0, y: 0, width: 612, height: 792 }]);
    expect(place.overContent).toBe(true);
    expect(place.rect.x + place.rect.width).toBeCloseTo(594);
  });
});
