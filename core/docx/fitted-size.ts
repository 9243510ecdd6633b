// How large a record's page is set on an exhibit page: as large as fits inside 1" margins of a US Letter page,
// keeping its proportions. Pure arithmetic, shared by the DOCX export (exhibit-record-pages.ts) and the page
// view, which draws the same pages at the same size.

// The space inside the margins, in pixels at 96 to the inch (what docx sizes images in, and CSS pixels), a
// little short of the full 9" so the picture's line never spills onto a page of its own.
const MAX_WIDTH_PX = 6.5 * 96;
const MAX_HEIGHT_PX = 8.9 * 96;

/** The picture's size on the page: as large as fits, keeping its proportions. */
export function fittedSize(widthPt: number, heightPt: number): { width: number; height: number } {
  const scale = Math.min(MAX_WIDTH_PX / widthPt, MAX_HEIGHT_PX / heightPt);
  return { width: Math.floor(widthPt * scale), height: Math.floor(heightPt * scale) };
}
