// The page the DOCX exporter sets up (core/docx/build-docx.ts), in points, as LibreOffice lays it out: US Letter,
// one-inch margins, header and footer half an inch from the edge. The exporter writes every paragraph's line
// spacing as `w:line="240"` without a rule, which LibreOffice reads as exactly 12 pt a line whatever the font
// size, so a page holds whole 12-point lines.
export const PAGE_WIDTH_PT = 612;
export const PAGE_HEIGHT_PT = 792;
export const MARGIN_PT = 72;
/** Where the header starts from the top edge, and the footer ends from the bottom edge. */
export const FURNITURE_PT = 36;
export const TEXT_WIDTH_PT = PAGE_WIDTH_PT - 2 * MARGIN_PT;
export const LINE_PT = 12;
/** CSS pixels per point (96 px to the inch). */
export const PX_PER_PT = 4 / 3;

/** Twentieths of a point (Word's unit) to points. */
export const twips = (value: number): number => value / 20;

/** The body starts at the top margin, or lower when the header is taller than the half inch above it. */
export const bodyTop = (headerHeightPt: number): number => Math.max(MARGIN_PT, FURNITURE_PT + headerHeightPt);

/** The body ends at the bottom margin (a one-line footer fits below it). */
export const BODY_BOTTOM_PT = PAGE_HEIGHT_PT - MARGIN_PT;
