// The shipped templates, rendered with the shipped example matter and its records, read the way a person reads
// the letter: every template builds cleanly, fills without leftover markup, and says what the matter says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../core/document/plain-text';
import type { LetterFacts } from '../../core/letter/letter-facts';
import { newMatterFile, type MatterFile } from '../../core/matter-file/matter-file';
import { newMatter } from '../../core/matter/new-matter';
import { renderDocument, renderFilledMarkdown } from '../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../core/template/template-set';
import type { TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';
import { exampleFile, exampleLetter } from './example-matter-file';
import { filledFile, filledLetter } from './filled-matter-file';
import { shippedTemplateIds } from './shipped-template-ids';

const root = path.resolve(import.meta.dirname, '../..');

const TEMPLATE_IDS = shippedTemplateIds();

let set: TemplateSet;
let file: MatterFile;

beforeAll(async () => {
  const sources = await readTemplateSources(path.join(root, 'templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
  file = exampleFile();
});

const plainText = (id: string, f: MatterFile = file, letter: Partial<LetterFacts> = exampleLetter()) =>
  blocksToPlainText(renderDocument(set, id, f, letter).children);

/** Markup that must never reach the reader. */
const LEFTOVER = /\{\{|\}\}|:::|::page-break|\*\*|\\_|^#{1,6} /m;

/** The example with every switch flipped and the dates it leaves empty filled in. */
function variant(): MatterFile {
  const f = exampleFile();
  f.matter.options.treatAsPublicInformationRequest = true;
  f.matter.options.unswornDeclaration = true;
  f.matter.options.reservationOfRights = false;
  f.matter.inquiry.receivedDate = '2025-03-10';
  f.matter.inquiry.deadline = '2025-04-07';
  return f;
}

describe('shipped templates', () => {
  it('all build with no errors, one template for each file of the folder', () => {
    expect(set.errors.map((e) => e.message)).toEqual([]);
    expect([...set.templates.keys()].sort()).toEqual([...TEMPLATE_IDS].sort());
    // The sixteen the city attorney's office ships; a city may add its own.
    expect(TEMPLATE_IDS.length).toBeGreaterThanOrEqual(16);
  });

  it('declare a title, a description and labelled fields', () => {
    for (const template of set.templates.values()) {
      expect(template.title, template.id).not.toBe('');
      expect(template.description, template.id).not.toBe('');
      for (const field of template.fields) expect(field.label, `${template.id} ${field.path}`).not.toBe('');
    }
  });

  it('enclose the exhibits by default only in the letters that transmit records', () => {
    const enclosing = [...set.templates.values()].filter((t) => t.encloses === 'exhibits').map((t) => t.id);
    expect(enclosing.sort()).toEqual([
      'production-cover-letter',
      'substantive-response',
      'supplemental-production-letter',
    ]);
  });

  it.each(TEMPLATE_IDS)('%s fills with no leftover markup, with or without records', (id) => {
    const filled = renderFilledMarkdown(set, id, file, exampleLetter());
    expect(filled).not.toMatch(/\{\{|\}\}/);
    const cases: [MatterFile, Partial<LetterFacts>][] = [
      [file, exampleLetter()],
      [variant(), exampleLetter()],
      [filledFile(), filledLetter()],
      [newMatterFile(newMatter()), {}],
    ];
    for (const [f, letter] of cases) {
      const text = plainText(id, f, letter);
      expect(text).not.toMatch(LEFTOVER);
      expect(text.length).toBeGreaterThan(200);
    }
  });

  it('the substantive response quotes every request, the policy, the law and the signatory', () => {
    const text = plainText('substantive-response');
    for (const request of file.matter.inquiry.requests) {
      expect(text).toContain(`Request No. ${request.number}`);
      expect(text).toContain(request.text);
      expect(text).toContain(request.answer);
    }
    expect(text).toContain(file.matter.response.policies[0]!.quote);
    expect(text).toMatch(/§\u00A0752\.053\(a\)\(1\)(-|\u2011)\(2\)/);
    expect(text).toContain('§\u00A0752.053(b)(1), (3)');
    expect(text).toContain('890 F.3d 164 (5th Cir. 2018)');
    expect(text).toContain('Reservation of Rights');
    expect(text).toContain(`State Bar No. ${file.matter.signatory.barNumber}`);
  });

  it('the acknowledgment asks for clarification and more time only when the matter does', () => {
    const full = plainText('acknowledgment');
    expect(full).toContain('Request for Clarification');
    expect(full).toContain('1. Time period.');
    expect(full).toContain('April 30, 2025');
    const bare = exampleFile();
    bare.matter.response.clarifications = [];
    bare.matter.response.extensionDate = '';
    const short = plainText('acknowledgment', bare);
    expect(short).not.toContain('Request for Clarification');
    expect(short).not.toContain('Request for Additional Time');
  });

  it('Public Information Act dates appear only when the option is set, counted in business days', () => {
    expect(plainText('acknowledgment')).not.toContain('Public Information Act');
    const text = plainText('acknowledgment', variant());
    // Received Monday, March 10, 2025: the 10th business day is March 24 and the 15th is March 31.
    expect(text).toContain('no later than March 24, 2025, the tenth business day');
    expect(text).toContain('no later than March 31, 2025, the fifteenth business day');
  });

  it('the business records affidavit has a jurat, or a declaration when that option is set', () => {
    const sworn = plainText('business-records-affidavit');
    expect(sworn).toContain('Notary Public in and for the State of Texas');
    expect(sworn).not.toContain('penalty of perjury');
    const declared = plainText('business-records-affidavit', variant());
    expect(declared).toContain('I declare under penalty of perjury that the foregoing is true and correct.');
    expect(declared).not.toContain('Notary Public');
    const blocks = renderDocument(set, 'business-records-affidavit', file, exampleLetter()).children;
    expect(blocks.some((b) => b.type === 'page-break')).toBe(true);
  });

  it('never calls the letter a civil investigative demand', () => {
    for (const id of TEMPLATE_IDS)
      expect(plainText(id, variant())).not.toMatch(/investigative demand|\bCID\b/i);
  });
});

describe('the documented example template', () => {
  it('renders from the documentation as written', () => {
    const docs = readFileSync(path.join(root, 'README.md'), 'utf8');
    const source = /```markdown\n(---\nid: council-briefing[\s\S]*?)```/.exec(docs)?.[1];
    expect(source).toBeDefined();
    const doc = renderDocument(set, { path: 'council-briefing.md', text: source! }, file, exampleLetter());
    const text = blocksToPlainText(doc.children);
    expect(text).not.toMatch(LEFTOVER);
    expect(text).toContain('Date: March 28, 2025');
    expect(text).toContain('It makes 4 requests:');
    expect(text).toContain(`4. ${file.matter.inquiry.requests[3]!.text}`);
  });
});
