// Where things go on a page as the reader sees it. A PDF page shows its crop box turned clockwise by its
// /Rotate; Bates labels, redaction boxes and reasons are placed in those seen coordinates (points from the
// top-left corner) and converted here to the page's own coordinates (points from the box's lower-left corner,
// y up), so a label sits upright in the visible corner whatever the page's rotation or crop.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Rotation = 0 | 90 | 180 | 270;

/** A /Rotate value as one of the four turns (PDF allows any multiple of 90, negative too). */
export function normalizeRotation(angle: number): Rotation {
  const turned = (((Math.round(angle / 90) * 90) % 360) + 360) % 360;
  return turned as Rotation;
}

/** Width and height of the page as seen. */
export function seenSize(box: Rect, rotation: Rotation): { width: number; height: number } {
  return rotation === 90 || rotation === 270
    ? { width: box.height, height: box.width }
    : { width: box.width, height: box.height };
}

/** The page-space point under a seen point (u from the left edge, t from the top edge). */
export function toPagePoint(box: Rect, rotation: Rotation, u: number, t: number): { x: number; y: number } {
  switch (rotation) {
    case 0:
      return { x: box.x + u, y: box.y + box.height - t };
    case 90:
      return { x: box.x + t, y: box.y + u };
    case 180:
      return { x: box.x + box.width - u, y: box.y + t };
    case 270:
      return { x: box.x + box.width - t, y: box.y + box.height - u };
  }
}

/** The page-space rectangle under a seen rectangle. */
export function toPageRect(box: Rect, rotation: Rotation, seen: Rect): Rect {
  const a = toPagePoint(box, rotation, seen.x, seen.y);
  const b = toPagePoint(box, rotation, seen.x + seen.width, seen.y + seen.height);
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/** The seen rectangle over a page-space rectangle (the inverse of toPageRect). */
export function toSeenRect(box: Rect, rotation: Rotation, rect: Rect): Rect {
  const rx = rect.x - box.x;
  const ry = rect.y - box.y;
  const corners: [number, number][] = [
    [rx, ry],
    [rx + rect.width, ry + rect.height],
  ];
  const seen = corners.map(([x, y]): [number, number] => {
    switch (rotation) {
      case 0:
        return [x, box.height - y];
      case 90:
        return [y, x];
      case 180:
        return [box.width - x, y];
      case 270:
        return [box.height - y, box.width - x];
    }
  });
  const [[u1, t1], [u2, t2]] = seen as [[number, number], [number, number]];
  return { x: Math.min(u1, u2), y: Math.min(t1, t2), width: Math.abs(u1 - u2), height: Math.abs(t1 - t2) };
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export interface StampPlace {
  /** The label's box as seen; its text baseline sits `descent` above the box's bottom. */
  rect: Rect;
  /** True when every place was taken by text, so the label goes bottom right over a white patch. */
  overContent: boolean;
}

/** The first candidate (seen coordinates) that no text box overlaps, with 2 points to spare. */
export function firstFreePlace(candidates: readonly Rect[], text: readonly Rect[]): StampPlace {
  const pad = 2;
  const free = candidates.find((c) =>
    text.every(
      (t) =>
        !intersects({ x: c.x - pad, y: c.y - pad, width: c.width + 2 * pad, height: c.height + 2 * pad }, t),
    ),
  );
  return free ? { rect: free, overContent: false } : { rect: candidates[0]!, overContent: true };
}

/**
 * Where a Bates label of the given size goes on a page of the given seen size: bottom right, else bottom
 * centre, bottom left, top right, top left; the first place that no text box (seen coordinates) overlaps.
 */
export function chooseStampPlace(
  page: { width: number; height: number },
  label: { width: number; height: number },
  text: readonly Rect[],
  margin = { side: 18, edge: 10 },
): StampPlace {
  const { width: w, height: h } = label;
  const bottom = page.height - margin.edge - h;
  const right = page.width - margin.side - w;
  return firstFreePlace(
    [
      { x: right, y: bottom, width: w, height: h },
      { x: (page.width - w) / 2, y: bottom, width: w, height: h },
      { x: margin.side, y: bottom, width: w, height: h },
      { x: right, y: margin.edge, width: w, height: h },
      { x: margin.side, y: margin.edge, width: w, height: h },
    ],
    text,
  );
}
