// Generates the ~300-page benchmark document: 3,000 paragraphs, 50 headings, 20 tables and 200 list items,
// once as a Counsel Desk template + matter and once as the same text in plain Markdown for pandoc.

const WORDS = (
  'the city records policy request attorney general department police officer order general response ' +
  'inquiry custodian production exhibit statute section chapter government code county council manager ' +
  'immigration enforcement status detention communication memorandum training procedure review public ' +
  'information act privilege confidential law enforcement agency local entity compliance complaint'
).split(' ');

const CITY = 'Dallas';
const COUNSEL = 'Pat Example';

/** A deterministic pseudo-random sequence, so every run benchmarks the same document. */
function sequence(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function paragraph(next, index, city) {
  // About 45 words: 3,000 such paragraphs fill about 300 pages in Times New Roman 12.
  const words = Array.from({ length: 45 }, () => WORDS[Math.floor(next() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  words[10] = `**${words[10]}**`;
  words[30] = `*${words[30]}*`;
  if (index % 10 === 0) words[40] = `${words[40]} of ${city}`;
  return `${words.join(' ')}.`;
}

function table(next, number, city) {
  const rows = ['| No. | Record | Custodian | Pages |', '|---:|:---|:---|---:|'];
  for (let row = 1; row <= 8; row += 1) {
    rows.push(
      `| ${row} | Record ${number}-${row} of the ${WORDS[Math.floor(next() * WORDS.length)]} file | ${city} | ${row * 3} |`,
    );
  }
  return rows.join('\n');
}

const list = (number, city) =>
  Array.from(
    { length: 10 },
    (_v, item) => `${item + 1}. Item ${item + 1} of list ${number}: records held by ${city}.`,
  ).join('\n');

/** The body with `city`/`counsel` substituted by the given strings (Handlebars expressions or values). */
function body(city, counsel) {
  const next = sequence(752);
  const parts = [];
  let paragraphs = 0;
  for (let section = 0; section < 50; section += 1) {
    parts.push(`${section % 5 === 4 ? '###' : '##'} Part ${section + 1}: response of ${city}`);
    for (let p = 0; p < 60; p += 1) parts.push(paragraph(next, paragraphs++, city));
    if (section % 5 === 0 || section % 5 === 2) parts.push(table(next, section + 1, city));
    if (section % 5 === 1 || section % 5 === 3) parts.push(list(section + 1, city));
  }
  parts.push(`Respectfully submitted,\n\n${counsel}`);
  return `${parts.join('\n\n')}\n`;
}

export function bigDocument() {
  const template = [
    '---',
    'id: bench-300-pages',
    'title: Benchmark document (about 300 pages)',
    'description: Generated for npm run bench.',
    'fields:',
    '  - path: respondent.city',
    '    label: City',
    '    type: text',
    '    required: true',
    '  - path: counsel.name',
    '    label: Counsel',
    '    type: text',
    '    required: true',
    '---',
    body('{{respondent.city}}', '{{counsel.name}}'),
  ].join('\n');
  return { template, markdown: body(CITY, COUNSEL), city: CITY, counsel: COUNSEL };
}
