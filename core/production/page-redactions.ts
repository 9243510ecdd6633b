// The redaction boxes of one page, in page space, each with its reason: every occurrence of each phrase found
// in the page's text runs, and the boxes drawn on the page (given in seen coordinates).
import { toPageRect, type Rect, type Rotation } from './page-geometry';
import { containsPhraseIgnoringSpaces, findPhrase, foldPhrase } from './phrase-match';
import type { BoxRedaction, PhraseRedaction } from './redaction';
import { joinRuns, spanRects, type Measures, type TextRun } from './text-runs';

export interface PageBox {
  /** Page space. */
  rect: Rect;
  reason: string;
}

export interface PageRedactions {
  boxes: PageBox[];
  /** How many times each phrase (by redaction id) was found on the page. */
  found: Map<string, number>;
}

export function pageRedactions(
  page: {
    number: number;
    box: Rect;
    rotation: Rotation;
    runs: readonly TextRun[];
    /** Comments and form fields, each with its text and rectangle (page space). */
    annotations?: readonly { rect: Rect; text: string }[];
  },
  phrases: readonly PhraseRedaction[],
  drawn: readonly BoxRedaction[],
  measures: Measures,
): PageRedactions {
  const joined = joinRuns(page.runs);
  const boxes: PageBox[] = [];
  const found = new Map<string, number>();
  // The same phrase redacted twice (in the record and across the production) is boxed once, with the first
  // reason given (the record's own), and counted for both.
  const boxedAs = new Map<string, string>();
  for (const redaction of phrases) {
    const key = foldPhrase(redaction.phrase);
    const earlier = boxedAs.get(key);
    if (earlier !== undefined) {
      const times = found.get(earlier);
      if (times) found.set(redaction.id, times);
      continue;
    }
    boxedAs.set(key, redaction.id);
    const spans = findPhrase(joined.text, redaction.phrase);
    if (spans.length > 0) found.set(redaction.id, spans.length);
    for (const span of spans) {
      for (const rect of spanRects(page.runs, joined, span, measures))
        boxes.push({ rect, reason: redaction.reason });
    }
    // A comment or form field that holds the phrase is blacked out whole.
    for (const note of page.annotations ?? []) {
      if (!containsPhraseIgnoringSpaces(note.text, redaction.phrase)) continue;
      boxes.push({ rect: note.rect, reason: redaction.reason });
      found.set(redaction.id, (found.get(redaction.id) ?? 0) + 1);
    }
  }
  for (const box of drawn.filter((d) => d.page === page.number))
    boxes.push({ rect: toPageRect(page.box, page.rotation, box.rect), reason: box.reason });
  return { boxes, found };
}

/**
 * Boxes of one reason that touch or nearly touch (the words of one phrase on one line) are printed as one box
 * with the reason once.
 */
export function mergeBoxes(boxes: readonly PageBox[], slack = 2): PageBox[] {
  const out: PageBox[] = [];
  for (const box of boxes) {
    const r = box.rect;
    const near = out.find(
      (o) =>
        o.reason === box.reason &&
        r.x <= o.rect.x + o.rect.width + slack &&
        o.rect.x <= r.x + r.width + slack &&
        Math.abs(r.y - o.rect.y) < slack &&
        Math.abs(r.height - o.rect.height) < slack,
    );
    if (!near) {
      out.push({ rect: { ...r }, reason: box.reason });
      continue;
    }
    const x = Math.min(near.rect.x, r.x);
    const right = Math.max(near.rect.x + near.rect.width, r.x + r.width);
    near.rect = { ...near.rect, x, width: right - x };
  }
  return out;
}
