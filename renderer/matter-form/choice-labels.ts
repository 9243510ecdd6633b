// What the user reads for a choice the matter stores as a code (`partly-withheld`, `no-records`): the form's
// drop-downs and the request matrix say the same words.
const LABELS: Readonly<Record<string, string>> = {
  pending: 'Not yet decided',
  produced: 'Produced',
  withheld: 'Withheld',
  'partly-withheld': 'Partly withheld',
  'no-records': 'No responsive records',
  objection: 'Objection',
  redacted: 'Redacted',
};

export function choiceLabel(value: string): string {
  const known = LABELS[value];
  if (known) return known;
  const words = value.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
