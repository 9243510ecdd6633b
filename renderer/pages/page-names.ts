// How a page is named to the reader and to screen readers: "Page 3 of 12, CITY-000125".
export const pageName = (page: number, count: number, label?: string): string =>
  `Page ${page} of ${count}${label ? `, ${label}` : ''}`;

/** Zoom steps, as a share of the width that fits the column. */
export const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** The next zoom step up (1) or down (-1) from `zoom`, staying within the steps. */
export const nextZoom = (zoom: number, step: 1 | -1): number =>
  step > 0
    ? (ZOOMS.find((z) => z > zoom + 1e-6) ?? ZOOMS[ZOOMS.length - 1]!)
    : ([...ZOOMS].reverse().find((z) => z < zoom - 1e-6) ?? ZOOMS[0]);
