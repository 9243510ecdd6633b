// The supplemental production letter, the scope confirmation, the clawback agreement and the department
// collection request, read the way their readers read them: which production this is and what remains; what
// was agreed, with whom and by when to correct it; what happens to privileged pages produced by mistake and
// who signs; what a department must search, return and certify.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../core/document/plain-text';
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { renderDocument } from '../../core/pipeline/render-draft';
import { buildTemplateSet, type TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';
import { exampleFile, exampleLetter } from './example-matter-file';
import { filledFile, filledLetter } from './filled-matter-file';

let set: TemplateSet;

beforeAll(async () => {
  const sources = await readTemplateSources(path.resolve(import.meta.dirname, '../../templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
});

const squash = (text: string) => text.replace(/\s+/g, ' ');
const read = (id: string, file: MatterFile = filledFile(), letter: Partial<LetterFacts> = filledLetter()) =>
  squash(blocksToPlainText(renderDocument(set, id, file, letter).children));

const HEAD = {
  name: 'Michael T. Igo',
  title: 'Interim Chief of Police',
  organization: 'Dallas Police Department',
  address: '',
  email: '',
};

describe('supplemental production letter', () => {
  it('names the production, its pages and Bates range, and the range produced to date', () => {
    const text = read('supplemental-production-letter');
    expect(text).toContain("the City's second production of records");
    expect(text).toContain(
      'This production consists of 7 pages, Bates-numbered COD-AG-0000149 – COD-AG-0000155',
    );
    expect(text).toContain('numbered COD-AG-0000101 through COD-AG-0000155');
    expect(text).toContain("produced for your office's use in this inquiry only");
  });

  it('says what remains and when the City expects to send it, and encloses the updated log', () => {
    const text = read('supplemental-production-letter');
    expect(text).toContain('It expects to send its next production on or before May 2, 2025');
    expect(text).toContain('It replaces the log sent on March 28, 2025.');
    expect(text).toContain('Updated log of records withheld or redacted');
  });

  it('says the production is complete when nothing remains, and that nothing was withheld when so', () => {
    const file = filledFile();
    file.records = file.records.map((r) =>
      r.status === 'produced' ? r : { ...r, status: 'not-responsive' },
    );
    // What remains is a fact of this letter: the next supplemental letter has its own.
    const letter = filledLetter();
    const text = read('supplemental-production-letter', file, {
      ...letter,
      custom: { ...letter.custom, remainingRecords: '' },
    });
    expect(text).toContain('the City believes it has produced the non-privileged records it located');
    expect(text).not.toContain('next production');
    expect(text).toContain('The City has not withheld or redacted any record located so far.');
    expect(text).not.toContain('Updated log');
  });
});

describe('letter confirming the agreed scope', () => {
  it('states the agreement, its parties and date, the scope, and a date to correct it', () => {
    const text = read('scope-confirmation-letter');
    expect(text).toContain(
      'as agreed on March 31, 2025, in a telephone call between Jane Roe, Assistant Attorney General, for your office, and Maria Lopez, Assistant City Attorney, for the City',
    );
    expect(text).toContain('from January 1, 2023, through March 7, 2025');
    expect(text).toContain('"immigration" w/10 "status"');
    expect(text).toContain('Left out by agreement.');
    expect(text).toContain('please tell me in writing by April 9, 2025');
    expect(text).not.toMatch(/\b[A-Z][a-z]+ \d{1,2}, \d{4} (to|and|by|from|through|in)\b/);
  });

  it('leaves out the exclusions item when nothing was left out', () => {
    const file = filledFile();
    file.matter.custom.scopeExclusions = '';
    expect(read('scope-confirmation-letter', file)).not.toContain('Left out by agreement');
  });
});

describe('clawback and confidentiality agreement', () => {
  it('cites the privileges and Rule 511(b), and asks for notice of a request for the records', () => {
    const text = read('clawback-agreement');
    expect(text).toContain('Tex. R. Evid. 503');
    expect(text).toContain('Tex. R. Civ. P. 192.5');
    expect(text).toContain('no further than Texas Rule of Evidence 511(b)(1) allows');
    expect(text).toContain('Within ten days after receiving that notice');
    expect(text).toContain('within three business days after receiving it');
    expect(text).toContain('Nothing in this agreement requires either party to act contrary to law.');
  });

  it('has a signature block for each side and no letterhead', () => {
    const file = filledFile();
    const blocks = renderDocument(set, 'clawback-agreement', file, filledLetter()).children;
    const signatures = blocks
      .filter((b) => b.type === 'signature-block')
      .map((b) => squash(blocksToPlainText([b])));
    expect(signatures).toHaveLength(2);
    expect(signatures[0]).toContain(`For the ${file.matter.respondent.city},`);
    expect(signatures[1]).toContain(`For the ${file.matter.requestingOffice.agency},`);
    expect(blocks.some((b) => b.type === 'letterhead')).toBe(false);
  });
});

describe('department collection request and certification of search', () => {
  it('tells the department head what to search, by when, and every request', () => {
    const file = filledFile();
    const text = read('department-collection-request', file, { ...filledLetter(), addressees: [HEAD] });
    expect(text).toContain('To: Michael T. Igo, Interim Chief of Police, Dallas Police Department');
    expect(text).toContain('return them to me by April 16, 2025');
    for (const request of file.matter.inquiry.requests) expect(text).toContain(squash(request.text));
    expect(text).toContain('Do not leave out a record because it seems privileged');
  });

  it("ends with a certification on its own page, in the department head's name", () => {
    const letter = { ...filledLetter(), addressees: [HEAD] };
    const blocks = renderDocument(set, 'department-collection-request', filledFile(), letter).children;
    const pageBreak = blocks.findIndex((b) => b.type === 'page-break');
    const after = squash(blocksToPlainText(blocks.slice(pageBreak)));
    expect(pageBreak).toBeGreaterThan(0);
    expect(after).toContain(
      'I, Michael T. Igo, am the Interim Chief of Police of the Dallas Police Department',
    );
    expect(after).toContain('every record located in that search, as it is kept, without alteration');
  });

  it('leaves the name blank for the department head to write when the draft names no one', () => {
    const text = read('department-collection-request', exampleFile(), exampleLetter());
    expect(text).toContain('To: The head of the Dallas Police Department');
    expect(text).toMatch(/I, _+, am the head of the Dallas Police Department/);
  });
});
