// A record's text cut into plain runs and redacted runs (each with its reason), for the redaction view: every
// occurrence of each phrase redacted in the record or across the production, overlaps joined.
import { findPhrase } from '../../core/production/phrase-match';

export interface TextRun {
  text: string;
  /** The reason printed on the bar; absent for text that goes out. */
  reason?: string;
}

export function redactedRuns(
  text: string,
  phrases: readonly { phrase: string; reason: string }[],
): TextRun[] {
  const spans = phrases
    .flatMap(({ phrase, reason }) => findPhrase(text, phrase).map((s) => ({ ...s, reason })))
    .sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) runs.push({ text: text.slice(at, span.start) });
    runs.push({ text: text.slice(span.start, span.end), reason: span.reason });
    at = span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
