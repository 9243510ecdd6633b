// What each letter says about itself: its own date (page 1 and the continuation header), its delivery line,
// whom it is addressed to and greets, and what it lists as enclosed.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockNode } from '../../core/document/model';
import { blocksToPlainText } from '../../core/document/plain-text';
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { renderDocument } from '../../core/pipeline/render-draft';
import { buildTemplateSet, type TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';
import { exampleFile, exampleLetter } from './example-matter-file';
import { addressedLetter, filledFile, filledLetter } from './filled-matter-file';

const LETTERS = [
  'acknowledgment',
  'substantive-response',
  'production-cover-letter',
  'extension-request',
  'public-information-act-ruling-request',
  'official-representation-letter',
];

let set: TemplateSet;

beforeAll(async () => {
  const sources = await readTemplateSources(path.resolve(import.meta.dirname, '../../templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
});

const render = (id: string, file: MatterFile, letter: Partial<LetterFacts>) =>
  renderDocument(set, id, file, letter);
const partText = (blocks: BlockNode[], type: BlockNode['type']) =>
  blocks
    .filter((b) => b.type === type)
    .map((b) => blocksToPlainText([b]))
    .join('\n---\n');

describe('the date of each letter', () => {
  it.each(LETTERS)('%s is dated by its own letter, on page 1 and in the continuation header', (id) => {
    const file = exampleFile();
    const first = render(id, file, { date: '2025-03-14' });
    const second = render(id, file, { date: '2025-04-30' });
    expect(partText(first.children, 'date-line')).toBe('March 14, 2025');
    expect(first.continuation.date).toBe('March 14, 2025');
    expect(partText(second.children, 'date-line')).toBe('April 30, 2025');
    expect(second.continuation.date).toBe('April 30, 2025');
  });

  it('dates the privilege log by its own letter facts', () => {
    const text = blocksToPlainText(render('privilege-log', exampleFile(), { date: '2025-04-30' }).children);
    expect(text).toContain('Log dated April 30, 2025');
  });

  it('shows the delivery line only when the letter has one', () => {
    const sent = render('acknowledgment', exampleFile(), exampleLetter());
    expect(partText(sent.children, 'delivery-line')).toBe(exampleLetter().deliveryLine);
    const plain = render('acknowledgment', exampleFile(), { date: '2025-03-14' });
    expect(plain.children.some((b) => b.type === 'delivery-line')).toBe(false);
  });
});

describe('whom a letter is addressed to', () => {
  it('is the requesting office and the additional addressees when the letter names no one', () => {
    const doc = render('acknowledgment', filledFile(), filledLetter());
    const blocks = partText(doc.children, 'address-block');
    expect(blocks).toContain('Office of the Attorney General of Texas\nP.O. Box 12548');
    expect(blocks).toContain('Jane Roe\nAssistant Attorney General');
    expect(blocksToPlainText(doc.children)).toContain(
      `Dear ${filledFile().matter.requestingOffice.contactName}:`,
    );
  });

  it.each(LETTERS)('%s is addressed and greets only the letter’s own addressees when it has them', (id) => {
    const doc = render(id, filledFile(), addressedLetter());
    const blocks = doc.children.filter((b) => b.type === 'address-block').map((b) => blocksToPlainText([b]));
    expect(blocks).toEqual([
      'John Smith\nDivision Chief\nOffice of the Attorney General of Texas\n300 W. 15th Street\nAustin, Texas 78701',
      'Mary Major\nAustin, Texas\nBy email: mary@example.org',
    ]);
    expect(blocksToPlainText(doc.children)).toContain('Dear John Smith and Mary Major:');
    expect(doc.continuation.addressee).toBe('John Smith');
  });

  it('addresses the Public Information Act request to the Open Records Division by default', () => {
    const doc = render('public-information-act-ruling-request', filledFile(), filledLetter());
    expect(partText(doc.children, 'address-block')).toMatch(/^Open Records Division\n/);
    expect(blocksToPlainText(doc.children)).toContain('To the Open Records Division:');
  });
});

describe('what a letter lists as enclosed', () => {
  const enclosures = (id: string, file: MatterFile, letter: Partial<LetterFacts>) =>
    partText(render(id, file, letter).children, 'enclosures');

  it.each(LETTERS)('%s names only the exhibits this letter encloses, then its other enclosures', (id) => {
    const listed = enclosures(id, filledFile(), filledLetter()).split('\n');
    expect(listed.slice(0, 3)).toEqual([
      'Enclosures:',
      'Exhibit B: Roll-call bulletin of February 21, 2025',
      'Log of records withheld or redacted',
    ]);
    expect(listed.join('\n')).not.toContain('Exhibit A');
  });

  it('a new response or cover letter encloses every produced exhibit; the others enclose none', () => {
    const file = filledFile();
    const both = 'Exhibit A: General Order 301.00, Immigration Enforcement\nExhibit B: Roll-call bulletin';
    expect(enclosures('substantive-response', file, { date: '2025-04-02' })).toContain(both);
    expect(enclosures('production-cover-letter', file, { date: '2025-04-02' })).toContain(both);
    for (const id of ['acknowledgment', 'extension-request', 'public-information-act-ruling-request'])
      expect(enclosures(id, file, { date: '2025-04-02' }), id).toBe('');
  });

  it('says "Enclosure" for one enclosure', () => {
    const file = filledFile();
    expect(enclosures('substantive-response', file, { exhibitIds: ['order'] })).toBe(
      'Enclosure:\nExhibit A: General Order 301.00, Immigration Enforcement',
    );
    expect(enclosures('acknowledgment', file, { enclosures: ['Copy of your letter'] })).toBe(
      'Enclosure:\nCopy of your letter',
    );
  });

  it('the cover letter lists the custodian’s certificate it mentions, only when records are produced', () => {
    const file = filledFile();
    file.matter.response.custodian.name = 'Pat Keeper';
    const listed = enclosures('production-cover-letter', file, filledLetter());
    expect(listed.split('\n').at(-1)).toBe('Certificate of Records Custodian (Pat Keeper)');
    file.records = file.records.filter((r) => r.status === 'withheld');
    const none = render('production-cover-letter', file, {});
    expect(blocksToPlainText(none.children)).not.toMatch(/certificate|I enclose/i);
  });

  it('says the policy is enclosed only when the letter encloses an exhibit with its label', () => {
    const file = filledFile();
    const sentence = 'A copy of the policy is enclosed as Exhibit A.';
    const text = (letter: Partial<LetterFacts>) =>
      blocksToPlainText(render('substantive-response', file, letter).children);
    expect(text({ exhibitIds: ['order', 'bulletin'] })).toContain(sentence);
    expect(text({ exhibitIds: ['bulletin'] })).not.toContain(sentence);
  });
});
