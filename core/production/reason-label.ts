// The reason printed on a redaction box: in white inside the black box, in full when it fits at a readable
// size, else by its citation alone ("§ 552.101"), read across the box or, for a tall narrow box, up it. The
// page also carries a legend of its reasons in full (legendText), so every reason is printed on the page.
import type { Rect } from './page-geometry';

export interface ReasonMark {
  text: string;
  /** Left end of the baseline as seen (t grows downwards); for `vertical` the bottom end, reading upwards. */
  u: number;
  t: number;
  size: number;
  vertical: boolean;
}

const MAX_SIZE = 9;

/** The citation a reason rests on: "§ 552.101", "TRE 503", "Rule 193.3"; else its first words, shortened. */
export function shortReason(reason: string): string {
  const section = /§+\s*[\d.]+[a-z]?(\(\w+\))*/.exec(reason);
  if (section) return section[0].replace(/§+\s*/, '§ ');
  const rule = /\b(TRE|TRCP|Tex\. R\. (Evid|Civ)\. P?\.?|Rule)\s*\d+(\.\d+)*/i.exec(reason);
  if (rule) return rule[0];
  return reason.length > 14 ? `${reason.slice(0, 13).trimEnd()}…` : reason;
}

/** `widthOf(text)` is a text's width at size 1. Undefined when not even the citation fits the box. */
export function reasonMark(
  box: Rect,
  reason: string,
  widthOf: (text: string) => number,
): ReasonMark | undefined {
  const tall = box.height > box.width * 1.5;
  for (const [text, least] of [
    [reason, 5],
    [shortReason(reason), 4],
  ] as const) {
    const along = tall ? box.height : box.width;
    const across = tall ? box.width : box.height;
    const width = widthOf(text) || 1;
    const size = Math.min(MAX_SIZE, (across - 2) * 0.75, (along - 4) / width);
    if (size < least) continue;
    const inset = (along - width * size) / 2;
    return tall
      ? { text, size, vertical: true, u: box.x + box.width / 2 + size * 0.35, t: box.y + box.height - inset }
      : { text, size, vertical: false, u: box.x + inset, t: box.y + box.height / 2 + size * 0.35 };
  }
  return undefined;
}

/** The line naming every reason redacted on a page, in full. */
export const legendText = (reasons: readonly string[]): string =>
  `Redacted: ${[...new Set(reasons)].join('; ')}`;
