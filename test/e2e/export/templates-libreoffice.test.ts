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
import { bodyText, exportAndConvert, joinHyphenatedLines, squash } from '../../support/export-to-pdf';
import { exampleFile, exampleLetter } from '../../templates/example-matter-file';
import { filledFile, filledLetter } from '../../templates/filled-matter-file';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let set: TemplateSet;

beforeAll(async () => {
  const sources = await readTemplateSources(path.join(ROOT, 'templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
});

const TEMPLATE_IDS = [
  'acknowledgment',
  'business-records-affidavit',
  'clawback-agreement',
  'custodian-certification',
  'department-collection-request',
  'extension-request',
  'privilege-log',
  'production-cover-letter',
  'public-information-act-ruling-request',
  'scope-confirmation-letter',
  'substantive-response',
  'supplemental-production-letter',
  'litigation-hold',
  'pia-third-party-ruling-request',
  'privileged-briefing-memo',
  'official-representation-letter',
].sort();
/** Templates with a date line, and so a dated continuation header. */
const DATED = TEMPLATE_IDS.filter(
  (id) =>
    ![
      'business-records-affidavit',
      'custodian-certification',
      'privilege-log',
      'clawback-agreement',
      'department-collection-request',
      'litigation-hold',
      'privileged-briefing-memo',
    ].includes(id),
);
const INDEXED = [
  'business-records-affidavit',
  'custodian-certification',
  'production-cover-letter',
  'supplemental-production-letter',
];

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

describe('every template through LibreOffice', () => {
  it('ships the templates this test covers', () => {
    expect([...set.templates.keys()].sort()).toEqual(TEMPLATE_IDS);
    expect(set.errors).toEqual([]);
  });

  const cases = Object.keys(MATTERS).flatMap((matter) => TEMPLATE_IDS.map((id) => [id, matter] as const));

  it.each(cases)('%s with the %s matter prints completely, with no markup left', async (id, which) => {
    const { file, letter } = MATTERS[which]!();
    const { matter } = file;
    const model: DocumentModel = renderDocument(set, id, file, letter);
    const pdf = await exportAndConvert(model, `template-${which}-${id}`);
    const all = pdf.pages.join('\n');
    const text = squash(joinHyphenatedLines(bodyText(pdf.pages)));

    expect(squash(pdf.pages[0]!)).toContain(`Page 1 of ${pdf.pageCount}`);
    for (const pattern of LEFTOVER_MARKUP) expect(all, `leftover ${pattern}`).not.toMatch(pattern);

    // The letter's own date on page 1, and in the header of every later page.
    const dated = legalDate(letter.date!);
    if (DATED.includes(id)) {
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

    // The index shows the Bates numbers the settings give (a range may wrap inside its cell).
    const views = recordViews(file);
    if (INDEXED.includes(id))
      for (const record of views.produced) expect(text, record.description).toContain(record.batesStart);
    // The enclosures list names the exhibits this letter encloses, and no other.
    if (DATED.includes(id)) {
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
