// The review before a letter leaves (issue 15): what the bind step finds still wrong beyond empty fields and
// exhibits — requests left pending or unanswered, records and exhibits never cited, drifted excerpts, withheld
// records with no basis, the deadline, the signature and a sworn form's jurat, and a stale stored draft.
import type { ExcerptCheck } from '../excerpts/excerpt-check';
import type { Draft, MatterFile } from '../matter-file/matter-file';
import { isUnfilled } from '../matter/placeholder-value';
import { isBusinessDay } from '../template/helpers/business-days';
import { addCalendarDays, formatLegalDate, parseIsoDate } from '../template/helpers/legal-date';
import type { TemplateAnswers } from '../template/template-types';
import type { BindProblem, ProblemInput } from './bind-problems';
import type { LetterScan } from './letter-scan';
import {
  driftedExcerpts,
  uncitedRecords,
  unreferencedExhibits,
  withheldWithoutBasis,
} from './review-record-rules';

/** What the template declares that the review reads (front matter `answers` and `sworn`). */
export interface ReviewFlags {
  answers: TemplateAnswers;
  sworn: boolean;
}

export interface BindOptions {
  /** The local date (YYYY-MM-DD) the deadline is counted from; without it the deadline is not counted. */
  today?: string;
  /** The library's check of the matter's excerpts; only those of exhibits this letter encloses count. */
  excerptChecks?: readonly ExcerptCheck[];
  /** The template's flags, for a draft that keeps no template of its own (read from the folder). */
  template?: ReviewFlags;
}

export interface ReviewInput extends ProblemInput {
  file: Pick<MatterFile, 'matter' | 'records' | 'excerpts'>;
  draft: Pick<Draft, 'letter' | 'base'>;
  scan: LetterScan;
  flags: ReviewFlags;
  options: BindOptions;
  /** The stored draft's passages changed in this bind. */
  changed: boolean;
  /** Problems already found (empty fields): a rule does not report the same field twice. */
  reported: readonly BindProblem[];
}

// A letter answers a request when it prints the request's status, answer or basis. Quoting only its number and
// text (an acknowledgment, a litigation hold) is not answering it: those letters go out while it is pending.
const ANSWER_FIELD = /^inquiry\.requests\.(\d+)\.(?:status|answer|basis)$/;
const REQUEST_FIELD = /^inquiry\.requests\.(\d+)(?:\.|$)/;

function indexesOf(paths: Iterable<string>, pattern: RegExp): Set<number> {
  const found = new Set<number>();
  for (const path of paths) {
    const match = pattern.exec(path);
    if (match) found.add(Number(match[1]));
  }
  return found;
}

function requestProblems({ file, scan, flags }: ReviewInput): BindProblem[] {
  const requests = file.matter.inquiry.requests;
  const answered = indexesOf(scan.fieldPaths, ANSWER_FIELD);
  const pending = requests.flatMap((request, index): BindProblem[] =>
    answered.has(index) && request.status === 'pending'
      ? [
          {
            kind: 'pending-request',
            severity: 'warn',
            path: `inquiry.requests.${index}.status`,
            message: `Request No. ${request.number} is still marked pending; choose what the City does with it.`,
          },
        ]
      : [],
  );
  if (flags.answers !== 'requests') return pending;
  const mentioned = indexesOf(scan.fieldPaths, REQUEST_FIELD);
  const unanswered = requests.flatMap((request, index): BindProblem[] =>
    mentioned.has(index)
      ? []
      : [
          {
            kind: 'unanswered-request',
            severity: 'stop',
            path: `inquiry.requests.${index}`,
            message: `The letter does not answer Request No. ${request.number}; bring its answer back or take the request out of the matter.`,
          },
        ],
  );
  return [...pending, ...unanswered];
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Business days after `from` up to and including `to` (Texas state holidays do not count). */
function businessDaysUntil(from: Date, to: Date): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1))
    if (isBusinessDay(day)) count += 1;
  return count;
}

/** The deadline in force: the extension's date when one was granted, else the inquiry's deadline. */
function deadlineProblems({ file, draft, scan, options, children }: ReviewInput): BindProblem[] {
  // An internal memorandum (a litigation hold, a briefing) has no addressee and answers no deadline.
  if (!children.some((block) => block.type === 'address-block')) return [];
  const { extensionDate } = file.matter.response;
  const path = extensionDate ? 'response.extensionDate' : 'inquiry.deadline';
  const deadline = parseIsoDate(extensionDate || file.matter.inquiry.deadline);
  if (!deadline) return [];
  const due = formatLegalDate(deadline);
  const dated = parseIsoDate(draft.letter.date);
  if (dated && scan.fieldPaths.has('letter.date') && dated > deadline)
    return [
      {
        kind: 'dated-after-deadline',
        severity: 'stop',
        path: 'letter.date',
        message: `The letter is dated ${formatLegalDate(dated)}, after the response deadline of ${due}.`,
      },
    ];
  const today = options.today ? parseIsoDate(options.today) : undefined;
  if (!today || today > deadline) return [];
  const left = businessDaysUntil(today, deadline);
  if (left > 2) return [];
  return [
    {
      kind: 'deadline-near',
      severity: 'warn',
      path,
      message:
        left === 0
          ? `The response is due today, ${due}.`
          : `The response is due on ${due}, in ${plural(left, 'business day')}.`,
    },
  ];
}

function signatureProblems({ file, scan, flags, reported }: ReviewInput): BindProblem[] {
  const problems: BindProblem[] = [];
  const { signature } = scan;
  const printsBarNumber =
    signature && (signature.fieldPaths.has('signatory.barNumber') || /State Bar/i.test(signature.text));
  if (
    printsBarNumber &&
    isUnfilled(file.matter.signatory.barNumber) &&
    !reported.some((p) => p.path === 'signatory.barNumber')
  )
    problems.push({
      kind: 'missing-bar-number',
      severity: 'stop',
      path: 'signatory.barNumber',
      message: "The signature block has no State Bar number; give the signing attorney's.",
    });
  if (flags.sworn && !/penalty of perjury|Notary Public/i.test(scan.fullText()))
    problems.push({
      kind: 'missing-jurat',
      severity: 'stop',
      message:
        'This sworn form has neither its jurat nor its notary block; bring back the declaration under penalty of perjury or the notary block.',
    });
  return problems;
}

const staleProblems = ({ changed }: ReviewInput): BindProblem[] =>
  changed
    ? [
        {
          kind: 'out-of-date',
          severity: 'warn',
          message: 'This draft was out of date with the matter; the export uses the matter as it is now.',
        },
      ]
    : [];

export const reviewProblems = (input: ReviewInput): BindProblem[] => [
  ...requestProblems(input),
  ...uncitedRecords(input),
  ...unreferencedExhibits(input),
  ...driftedExcerpts(input),
  ...withheldWithoutBasis(input),
  ...deadlineProblems(input),
  ...signatureProblems(input),
  ...staleProblems(input),
];
