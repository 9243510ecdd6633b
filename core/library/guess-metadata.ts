// First guesses at a source's identifier, kind and effective date from its text. All of them can be
// corrected later (library:update); a wrong guess costs a click, a missing one costs nothing.
import type { SourceKind } from './library-types';

const IDENTIFIER_PATTERNS: RegExp[] = [
  /\b(General Order|Special Order|Directive|Administrative Directive|Standard Operating Procedure|SOP|Policy|Training Bulletin|Bulletin|Administrative Regulation|Directive No\.)\s+(?:No\.\s*)?([A-Z]{0,3}-?\d{1,4}(?:[.-]\d{1,4})*)\b/,
];

/** "General Order 301.00" or similar, from the first lines that carry one; empty when none. */
export function guessIdentifier(text: string): string {
  const head = text.slice(0, 4000);
  for (const pattern of IDENTIFIER_PATTERNS) {
    const match = pattern.exec(head);
    if (match) return `${match[1]} ${match[2]}`;
  }
  return '';
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The date after "Effective" or "Effective Date:", as YYYY-MM-DD; empty when none is written. */
export function guessEffectiveDate(text: string): string {
  const head = text.slice(0, 4000);
  const words = /effective(?:\s+date)?\s*:?\s*([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(head);
  if (words) {
    const month = MONTHS.findIndex((m) => m.startsWith(words[1]!.toLowerCase().slice(0, 3)));
    if (month >= 0) return `${words[3]}-${pad(month + 1)}-${pad(Number(words[2]))}`;
  }
  const numeric = /effective(?:\s+date)?\s*:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(head);
  if (numeric) return `${numeric[3]}-${pad(Number(numeric[1]))}-${pad(Number(numeric[2]))}`;
  const iso = /effective(?:\s+date)?\s*:?\s*(\d{4}-\d{2}-\d{2})/i.exec(head);
  return iso ? iso[1]! : '';
}

export function guessKind(title: string, text: string, isEmail: boolean): SourceKind {
  if (isEmail) return 'communication';
  const head = `${title}\n${text.slice(0, 2000)}`.toLowerCase();
  if (/\btraining\b|\blesson plan\b|\bcurriculum\b/.test(head)) return 'training';
  if (/\bgeneral order\b|\bpolicy\b|\bdirective\b|\bprocedure\b|\bregulation\b/.test(head)) return 'policy';
  if (/\bmemorandum\b|\bmemo\b|^from:|\bdear\b/m.test(head)) return 'communication';
  return 'other';
}
