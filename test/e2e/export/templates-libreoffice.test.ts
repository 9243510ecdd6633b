// Every shipped template, filled with the example matter and with a matter filled in everywhere, exported and
// opened in LibreOffice: the pages a city attorney would print must hold the letter's own date (page 1 and
// the continuation header), every request, the quoted policy, the Bates numbers of the records produced, the
// exhibits this letter encloses, the signature, and no markup.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockNode, DocumentModel } from '../../../core/document/model';
import { blocksToPlainText } from '../../../core/document/plain-text';
import type { LetterFacts } from '../../../core/letter/letter-facts';
import { legalDate } from '../../../core/template/helpers/legal-date';
import type { MatterFile } from '../../../core/matter-file/matter-file';
import { renderDocument } from '../../../core/pipeline/render-draft';
import { recordViews } from '../../../core/records/record-views';
import { buildTemplateSet } from '../../../core/template/template-set';
import type { TemplateSet } from '../../../core/template/template-set';
import { readTemplateSources } from '../../../electron/services/template-files';
import {
  bodyText,
  exportAndConvertAll,
  joinHyphenatedLines,
  squash,
  type ExportedPdf,
} from '../../support/export-to-pdf';
import { exampleFile, exampleLetter } from '../../templates/example-matter-file';
import { filledFile, filledLetter } from '../../templates/filled-matter-file';
import { shippedTemplateIds } from '../../templates/shipped-template-ids';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let set: TemplateSet;

/** Every template in the folder: a city's own templates are checked as the shipped ones are. */
const TEMPLATE_IDS = shippedTemplateIds();

const MATTERS: Record<string, () => { file: MatterFile; letter: Partial<LetterFacts> }> = {
  example: () => ({ file: exampleFile(), letter: exampleLetter() }),
  filled: () => ({ file: filledFile(), letter: filledLetter() }),
};

/** Every field path the rendered document shows, e.g. `inquiry.requests.2.text`. */
function fieldPaths(blocks: readonly unknown[]): Set<string> {
  const paths = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as { type?: string; path?: string; children?: unknown[] };
    if (record.type === 'field' && record.path) paths.add(record.path);
    record.children?.forEach(visit);
  };
  blocks.forEach(visit);
  return paths;
}

const LEFTOVER_MARKUP = [
  /\{\{/,
  /\}\}/,
  /:::/,
  /::page-break/,
  /:u\[/,
  /\*\*/,
  /^\s*#{1,3} /m,
  /\|\s*-{3,}/,
  /[\uE000\uE001]/,
];

/** A letter with a date line, and so a dated continuation header. */
const hasDateLine = (model: DocumentModel) => model.children.some((node) => node.type === 'date-line');
/** A letter whose index shows the records' Bates numbers. */
const showsBates = (model: DocumentModel) =>
  [...fieldPaths(model.children)].some((p) => /^records\.produced\.\d+\.bates(Start|Range)$/.test(p));
/** A letter with an enclosures list (which names the exhibits it encloses). */
const listsEnclosures = (id: string) => {
  const template = set.templates.get(id)!;
  return template.partialsUsed.includes('enclosures') || /^:::enclosures/m.test(template.body);
};

const cases = Object.keys(MATTERS).flatMap((matter) => TEMPLATE_IDS.map((id) => [id, matter] as const));
const exported = new Map<string, { model: DocumentModel; pdf: ExportedPdf }>();

// Every letter is exported first and converted in one LibreOffice run: one start-up instead of one a letter.
beforeAll(async () => {
  const sources = await readTemplateSources(path.join(ROOT, 'templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
  const letters = cases.map(([id, which]) => {
    const { file, letter } = MATTERS[which]!();
    return { name: `template-${which}-${id}`, model: renderDocument(set, id, file, letter) };
  });
  const pdfs = await exportAndConvertAll(letters);
  letters.forEach(({ name, model }, index) => exported.set(name, { model, pdf: pdfs[index]! }));
}, 600_000);

describe('every template through LibreOffice', () => {
  it('covers every template of the folder, which all build', () => {
    expect([...set.templates.keys()].sort()).toEqual([...TEMPLATE_IDS].sort());
    expect(set.errors).toEqual([]);
    // The checks below are chosen by what each letter holds; the shipped letters hold each of them.
    const example = (id: string) => exported.get(`template-example-${id}`)!.model;
    const holding = (has: (id: string) => boolean) => TEMPLATE_IDS.filter(has);
    expect(holding((id) => hasDateLine(example(id)))).toEqual(
      expect.arrayContaining(['acknowledgment', 'substantive-response', 'production-cover-letter']),
    );
    expect(holding((id) => showsBates(example(id)))).toEqual(
      expect.arrayContaining(['custodian-certification', 'production-cover-letter']),
    );
    expect(holding(listsEnclosures)).toEqual(
      expect.arrayContaining(['acknowledgment', 'substantive-response']),
    );
  });

  it.each(cases)('%s with the %s matter prints completely, with no markup left', (id, which) => {
    const { file, letter } = MATTERS[which]!();
    const { matter } = file;
    const { model, pdf } = exported.get(`template-${which}-${id}`)!;
    const all = pdf.pages.join('\n');
    const text = squash(joinHyphenatedLines(bodyText(pdf.pages)));

    expect(squash(pdf.pages[0]!)).toContain(`Page 1 of ${pdf.pageCount}`);
    for (const pattern of LEFTOVER_MARKUP) expect(all, `leftover ${pattern}`).not.toMatch(pattern);

    // The letter's own date on page 1, and in the header of every later page.
    const dated = legalDate(letter.date!);
    if (hasDateLine(model)) {
      expect(squash(pdf.pages[0]!)).toContain(dated);
      for (const page of pdf.pages.slice(1))
        expect(squash(page.split('\n').slice(0, 6).join(' ')), 'continuation header').toContain(dated);
    }
    if (id === 'privilege-log') expect(text).toContain(`Log dated ${dated}`);

    const paths = fieldPaths(model.children);
    if (id === 'substantive-response' || [...paths].some((p) => /^inquiry\.requests\.\d+\.text$/.test(p))) {
      matter.inquiry.requests.forEach((request, index) =>
        expect(text, `request ${index + 1}`).toContain(squash(request.text)),
      );
    }
    if (id === 'substantive-response' || [...paths].some((p) => /^response\.policies\.\d+\.quote$/.test(p))) {
      matter.response.policies.forEach((policy, index) =>
        expect(text, `policy ${index + 1} quote`).toContain(squash(policy.quote)),
      );
    }

    const views = recordViews(file);
    // Where the letter shows Bates numbers, they are those the settings give (a range may wrap in its cell).
    if (showsBates(model))
      for (const record of views.produced) expect(text, record.description).toContain(record.batesStart);
    // The enclosures list names the exhibits this letter encloses, and no other.
    if (listsEnclosures(id)) {
      const enclosed = new Set(letter.exhibitIds ?? views.exhibits.map((view) => view.id));
      const transmits = set.templates.get(id)!.encloses === 'exhibits' || letter.exhibitIds !== undefined;
      for (const view of views.exhibits) {
        const line = squash(`Exhibit ${view.exhibitLabel}: ${view.description}`);
        if (transmits && enclosed.has(view.id)) expect(text).toContain(line);
        else expect(text).not.toContain(line);
      }
    }

    // The signature block's lines all print, on one page.
    const signature = model.children.find((node: BlockNode) => node.type === 'signature-block');
    expect(signature, 'a signature block').toBeDefined();
    const lines = blocksToPlainText([signature!]).split('\n').map(squash).filter(Boolean);
    const onOnePage = pdf.pages.some((candidate) => lines.every((line) => squash(candidate).includes(line)));
    expect(onOnePage, `the signature block (${lines.join(' / ')}) on one page`).toBe(true);
  });
});
