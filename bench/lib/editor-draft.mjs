// A 300-page draft for the editor benchmark, written straight in the document model: 3,000 paragraphs of
// ~95 words with bold and italic runs, a linked field chip in every tenth, headings and numbered lists.
const WORDS = (
  'the city records policy request attorney general department police officer order general response ' +
  'inquiry custodian production exhibit statute section chapter government code county council manager'
).split(' ');

function sequence(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const cityChip = () => ({
  type: 'field',
  path: 'respondent.city',
  label: 'City',
  value: 'City of Dallas',
  required: true,
  children: [{ text: '' }],
});

function paragraph(next, index) {
  const words = Array.from({ length: 95 }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const children = [
    { text: `${words.slice(0, 10).join(' ')} ` },
    { text: words.slice(10, 14).join(' '), bold: true },
    { text: ` ${words.slice(14, 30).join(' ')} ` },
    { text: words.slice(30, 33).join(' '), italic: true },
    { text: ` ${words.slice(33, 50).join(' ')} ` },
  ];
  if (index % 10 === 0) children.push(cityChip(), { text: ' ' });
  children.push({ text: `${words.slice(50).join(' ')}.` });
  return { type: 'paragraph', children };
}

export function bigDraftBlocks(paragraphs = 3000) {
  const next = sequence(752);
  const blocks = [];
  for (let index = 0; index < paragraphs; index += 1) {
    if (index % 60 === 0) {
      blocks.push({
        type: 'heading',
        level: 2,
        children: [{ text: `Part ${index / 60 + 1}: response of the City` }],
      });
    }
    blocks.push(paragraph(next, index));
    if (index % 150 === 75) {
      blocks.push({
        type: 'numbered-list',
        children: Array.from({ length: 10 }, (_v, item) => ({
          type: 'list-item',
          children: [
            { type: 'paragraph', children: [{ text: `Item ${item + 1}: records held by the City.` }] },
          ],
        })),
      });
    }
  }
  return blocks;
}

/** A .cdesk file holding the example matter and one big draft. */
export function bigMatterFile(matter, paragraphs = 3000) {
  const now = new Date().toISOString();
  return {
    format: 'counsel-desk-matter',
    fileVersion: 2,
    savedAt: now,
    matter,
    drafts: [
      {
        id: 'bench-draft',
        templateId: 'substantive-response',
        title: 'Benchmark: 300-page response',
        createdAt: now,
        updatedAt: now,
        letter: { date: '2025-03-20' },
        body: bigDraftBlocks(paragraphs),
        // No render kept to compare with, as for a draft from an earlier version: the body stands as it is.
        base: null,
      },
    ],
  };
}
