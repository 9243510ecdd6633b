// The Bates label drawn over a page image where the production will stamp it: its box as the app decided it
// (points from the page's top-left corner, as seen), scaled to the image, at the stamp's own font size.
import type { Rect } from '../../core/production/page-geometry';

export interface StampPlaces {
  /** Each page's label box, in order. */
  boxes: readonly Rect[];
  /** The label's font size in points. */
  size: number;
}

export function BatesStamp({
  label,
  box,
  size,
  scale,
}: {
  label: string;
  box: Rect;
  size: number;
  scale: number;
}) {
  return (
    <span
      className="page-bates"
      aria-hidden="true"
      data-box={`${box.x},${box.y},${box.width},${box.height}`}
      style={{
        left: box.x * scale,
        top: box.y * scale,
        width: box.width * scale,
        height: box.height * scale,
        lineHeight: `${box.height * scale}px`,
        fontSize: size * scale,
        paddingLeft: 2 * scale,
      }}
    >
      {label}
    </span>
  );
}
