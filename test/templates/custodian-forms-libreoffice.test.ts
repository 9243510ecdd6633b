// The custodian's certificate, the business records affidavit and the privilege log as printed pages
// (LibreOffice): what a careful Texas municipal lawyer checks before the custodian signs or the log goes out.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../core/document/plain-text';
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { renderDocument } from '../../core/pipeline/render-draft';
import { recordViews } from '../../core/records/record-views';
import { buildTemplateSet, type TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';
import {
  TEST_OUTPUT,
  bodyText,
  exportAndConvertAll,
  joinHyphenatedLines,
  squash,
} from '../support/export-to-pdf';
import type { ExportedPdf } from '../support/export-to-pdf';
import { pdfPageToPng } from '../support/libreoffice';
import { exampleFile, exampleLetter } from './example-matter-file';
import { filledFile, filledLetter } from './filled-matter-file';

let set: TemplateSet;
const FORMS = ['custodian-certification', 'business-records-affidavit', 'privilege-log'];
const pdfs = new Map<string, ExportedPdf>();

const MATTERS: Record<string, () => { file: MatterFile; letter: Partial<LetterFacts> }> = {
  example: () => ({ file: exampleFile(), letter: exampleLetter() }),
  filled: () => ({ file: filledForms(), letter: filledLetter() }),
};

/** The filled matter with what these forms ask for: the custodian's knowledge, privileges by rule, attorneys. */
function filledForms(): MatterFile {
  const file = filledFile();
  file.matter.response.custodian.knowledge =
    'I directed the search described below and compared each copy produced with the record the Department keeps.';
  const record = (id: string) => file.records.find((r) => r.id === id)!;
  Object.assign(record('advice'), {
    basis: 'Lawyer-client privilege, Tex. R. Evid. 503',
    attorneys: 'J. Doe',
  });
  Object.assign(record('emails'), {
    basis: 'Work product, Tex. R. Civ. P. 192.5',
    redactedPages: 'COD-AG-0000150, COD-AG-0000152',
  });
  return file;
}

interface Printed {
  pdf: ExportedPdf;
  /** The running text, without page furniture, whitespace squashed. */
  text: string;
  /** The document's own text, table cells whole (the PDF interleaves the lines of a row's cells). */
  cells: string;
  file: MatterFile;
}

const modelOf = (id: string, which: string) => {
  const { file, letter } = MATTERS[which]!();
  return { file, model: renderDocument(set, id, file, letter) };
};

// Every form with every matter, exported and converted in one LibreOffice run.
beforeAll(async () => {
  const sources = await readTemplateSources(path.resolve(import.meta.dirname, '../../templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
  const letters = Object.keys(MATTERS).flatMap((which) =>
    FORMS.map((id) => ({ name: `custodian-forms-${which}-${id}`, model: modelOf(id, which).model })),
  );
  const exported = await exportAndConvertAll(letters);
  letters.forEach(({ name }, index) => pdfs.set(name, exported[index]!));
}, 300_000);

/** The form as printed with one of the matters; every page is rendered to PNG for a look. */
async function printed(id: string, which: string): Promise<Printed> {
  const { file, model } = modelOf(id, which);
  const pdf = pdfs.get(`custodian-forms-${which}-${id}`)!;
  for (let page = 1; page <= pdf.pageCount; page += 1)
    await pdfPageToPng(pdf.pdfPath, page, path.join(TEST_OUTPUT, 'pages', `${which}-${id}-${page}`), 60);
  const text = squash(joinHyphenatedLines(bodyText(pdf.pages)));
  return { pdf, text, cells: squash(blocksToPlainText(model.children)), file };
}

/** "N pages in all, FIRST through LAST", as the produced records of the file add up. */
function production(file: MatterFile): { pages: number; first: string; last: string } {
  const produced = recordViews(file).produced;
  return {
    pages: produced.reduce((sum, view) => sum + view.pages, 0),
    first: produced[0]?.batesStart ?? '',
    last: produced.at(-1)?.batesEnd ?? '',
  };
}

const everyPageNumberedOnce = (pdf: ExportedPdf) =>
  pdf.pages.forEach((page, index) =>
    expect(page.match(/Page \d+/g), `page ${index + 1}`).toEqual([`Page ${index + 1}`]),
  );

describe.each(Object.keys(MATTERS))('with the %s matter', (which) => {
  it('the custodian certificate stands alone and ends in the § 132.001(f) declaration', async () => {
    const { pdf, text, file } = await printed('custodian-certification', which);
    const { custodian } = file.matter.response;
    expect(squash(pdf.pages[0]!)).toMatch(/^Certificate of Records Custodian/);
    expect(text).not.toContain('Dear ');
    expect(text).not.toContain(file.matter.counsel.office);
    expect(text).toContain('I know the facts stated in this certificate because');
    const { pages, first, last } = production(file);
    expect(text).toContain(`${pages} pages in all, numbered ${first} through ${last}`);
    expect(text).toMatch(
      /I am executing this declaration as part of my assigned duties and responsibilities\. I declare under penalty of perjury that the foregoing is true and correct\. Executed in \S+ County, State of Texas, on the _+ day of _+, 20_+\./,
    );
    // The declaration comes last: nothing follows the declarant's signature lines.
    expect(text.endsWith(`${custodian.department}`)).toBe(true);
    everyPageNumberedOnce(pdf);
  });

  it('the 902(10) affidavit attaches the records by page count and Bates range, with a notary block', async () => {
    const { pdf, text, file } = await printed('business-records-affidavit', which);
    const { pages, first, last } = production(file);
    const sworn = !file.matter.options.unswornDeclaration;
    const kind = sworn ? 'affidavit' : 'declaration';
    expect(text).toContain(`Attached to this ${kind} are ${pages} pages of records`);
    expect(text).toContain(`numbered ${first} through ${last}`);
    expect(text).not.toMatch(/self-authenticating/i);
    const schedule = squash(pdf.pages.at(-1)!);
    expect(schedule).toContain(`to the ${sworn ? 'Affidavit' : 'Unsworn Declaration'} of`);
    expect(schedule).toContain(`Total: ${pages} pages, ${first} through ${last}`);
    if (sworn) {
      for (const line of ['Sworn to and subscribed before me', 'Notary Public in and for the State of Texas'])
        expect(text).toContain(line);
      expect(text).toContain('My commission expires');
    } else expect(text).toContain('I declare under penalty of perjury');
    everyPageNumberedOnce(pdf);
  });

  it('the privilege log cites the rules, marks attorneys and leaves out counsel on this inquiry', async () => {
    const { pdf, text, cells } = await printed('privilege-log', which);
    expect(text).toContain('Texas Rule of Civil Procedure 193.3(c)');
    expect(text).toMatch(/does not list the City's communications with its attorneys/);
    expect(text).not.toMatch(/552\.\d/);
    if (which === 'filled') {
      expect(cells).toContain('From Assistant City Attorney J. Doe to Chief of Police (*J. Doe)');
      expect(text).toContain('* The author or recipient named after an asterisk is an attorney.');
      expect(cells).toContain('Lawyer-client privilege, Tex. R. Evid. 503');
      expect(cells).toContain('Redacted at COD-AG-0000150, COD-AG-0000152');
    }
    if (pdf.pageCount > 1)
      expect(squash(pdf.pages[1]!.split('\n').slice(0, 4).join(' '))).toContain(
        'Log of Records Withheld or Redacted',
      );
    everyPageNumberedOnce(pdf);
  });
});

describe('the affidavit with no record produced', () => {
  it('asks for the records attached rather than swearing to none', () => {
    const file = filledFile();
    file.records = file.records.filter((record) => record.status === 'withheld');
    const text = blocksToPlainText(renderDocument(set, 'business-records-affidavit', file, {}).children);
    expect(text).toContain('are [Fill: the records attached; the records list marks none as produced]');
    expect(text).not.toMatch(/zero pages|0 pages/);
  });
});
