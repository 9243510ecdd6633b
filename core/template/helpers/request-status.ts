// A request's status in words: the sentence that opens the City's answer to it, decided in one place so no
// template needs a chain of `{{#if (eq status …)}}`.

const OPENINGS: Record<string, string> = {
  produced: 'The City is producing the responsive records it located.',
  'partly-withheld':
    'The City is producing the responsive records it located, except those it is withholding in whole or in part.',
  withheld: 'The City is withholding the responsive records it located.',
  'no-records': 'After a diligent search, the City located no records responsive to this request.',
  // The answer itself says why, once; this sentence does not promise reasons "below".
  objection: 'The City objects to this request.',
  pending:
    "The City's review of records responsive to this request is continuing, and the City will supplement this response.",
};

/** "produced" -> "The City is producing the responsive records it located."; an unknown status -> "". */
export const requestStatus = (status: string): string => OPENINGS[status.trim()] ?? '';
