// Does the page view paginate as the export does? Every template filled from the example matter and from a
// matter filled in everywhere (their exhibits included), and the 300-page benchmark document, are laid out by
// the page view in Chromium and exported to DOCX and opened in LibreOffice (one start-up for all). The page
// counts, the letter's own page count ("Page 1 of N") and the first words of every later page of the letter
// must agree. Prints the table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentBlock, DocumentModel, FootnoteNode } from '../../../core/document/model';
import type { DocxOptions } from '../../../core/docx/build-docx';
import { marksDraft } from '../../../core/page-layout/page-spec';
import { bindDraft } from '../../../core/pipeline/bind-draft';
import { newDraft, renderDocument } from '../../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../../core/template/template-set';
import { readTemplateSources } from '../../../electron/services/template-files';
import { bigDocument } from '../../../bench/lib/big-document.mjs';
import { exportAndConvertAll, squash } from '../../support/export-to-pdf';
import { exampleFile, exampleLetter } from '../../templates/example-matter-file';
import { filledFile, filledLetter } from '../../templates/filled-matter-file';
import { shippedTemplateIds, TEMPLATES_DIR } from '../../templates/shipped-template-ids';
import { openBrowser } from '../support/browser';
import type { OpenBrowser } from '../support/browser';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIG = 'benchmark-300-pages';
/**
 * On the 300-page document the page count agrees exactly, and at most 1 % of its pages may start at another
 * line (a line that just fits in one layout and not the other: Chromium and LibreOffice round glyph widths
 * differently; measured: 1 of 335). Every template must agree at every page.
 */
const BIG_STARTS_TOLERANCE = 0.01;

interface Letter {
  name: string;
  model: DocumentModel;
  options: DocxOptions;
}

interface Count {
  pages: number;
  letterPages: number;
  /** The first words of the body of each page. */
  starts?: string[];
}

const HEADER_LINE = /^\s*(Page \d+ of \d+|DRAFT \u2014 required fields missing)\s*$/;

/** The first body line of a page LibreOffice printed: the continuation header's lines (to "Page X of Y") left out. */
function bodyStart(page: string): string {
  const lines = page.split('\n').filter((line) => line.trim() !== '');
  const numbered = lines.slice(0, 6).findIndex((line) => /^\s*Page \d+ of \d+\s*$/.test(line));
  const body = lines.slice(numbered + 1).filter((line) => !HEADER_LINE.test(line));
  return body[0] ?? '';
}

/** The first three words, letters and digits only, to compare a line across PDF text and the DOM. */
const firstWords = (line: string) =>
  line
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase())
    .filter(Boolean)
    .slice(0, 3)
    .join(' ');

/** The letter's later pages (2 on) where the page view starts its page with other words than LibreOffice. */
function breaksDiffering(row: { view: Count; pdfPages: string[] }): string[] {
  const differing: string[] = [];
  for (let page = 1; page < Math.min(row.view.letterPages, row.pdfPages.length); page += 1) {
    const view = firstWords(row.view.starts?.[page] ?? '');
    const office = firstWords(bodyStart(row.pdfPages[page]!));
    if (view !== office) differing.push(`page ${page + 1}: "${view}" / "${office}"`);
  }
  return differing;
}

/** The document with a footnote after every `every`-th paragraph's first sentence, short and long in turn. */
function withFootnotes(model: DocumentModel, every: number): DocumentModel {
  let count = 0;
  const note = (n: number): FootnoteNode => ({
    type: 'footnote',
    children: [
      {
        text:
          n % 2 === 0
            ? `See Tex. Gov't Code § 552.${100 + n}.`
            : `Note ${n}: the City reads this request as limited to records it holds, and it has asked the Department to confirm that no other office holds records of this kind; see the letter of March 7, 2025.`,
      },
    ],
  });
  const children = model.children.map((block): ContentBlock => {
    if (block.type !== 'paragraph' || block.children.length === 0) return block;
    count += 1;
    if (count % every !== 0) return block;
    const [first, ...rest] = block.children;
    return { ...block, children: [first!, note(count), ...rest] };
  });
  return { ...model, children };
}

async function letters(): Promise<Letter[]> {
  const sources = await readTemplateSources(TEMPLATES_DIR);
  const set = buildTemplateSet(sources.templates, sources.partials);
  // The example, and a matter filled in everywhere (exhibits with text pages, Bates numbers on).
  const matters = [
    { which: 'example', file: exampleFile(), letter: exampleLetter() },
    { which: 'filled', file: filledFile(), letter: filledLetter() },
  ];
  const shipped = matters.flatMap(({ which, file, letter }) =>
    shippedTemplateIds().map((id) => {
      const draft = newDraft({ set, template: id, file, id, now: new Date(), letter });
      const bound = bindDraft(file, draft, draft.body);
      const options = { ...bound.docx, markDraft: marksDraft(bound) };
      return { name: `${which}-${id}`, model: bound.document, options };
    }),
  );
  const file = exampleFile();
  const big = bigDocument();
  const model = renderDocument(set, { path: `${BIG}.md`, text: big.template }, file);
  const response = shipped.find((letter) => letter.name === 'example-substantive-response')!;
  return [
    ...shipped,
    { ...response, name: 'example-substantive-response-footnotes', model: withFootnotes(response.model, 2) },
    { name: `${BIG}-footnotes`, model: withFootnotes(model, 7), options: {} },
    { name: BIG, model, options: {} },
  ];
}

/** The page view's layout code, bundled for a bare page. */
async function probeScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'page-view-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

let browser: OpenBrowser;
const rows: { name: string; view: Count; libreOffice: Count; pdfPages: string[] }[] = [];

beforeAll(async () => {
  const all = await letters();
  browser = await openBrowser();
  const { page } = browser;
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  await page.addStyleTag({
    content: readFileSync(path.join(ROOT, 'renderer/page-view/page-view.css'), 'utf8'),
  });
  // Every sheet drawn, so each page's first line can be read.
  await page.addStyleTag({ content: '.pv-page { content-visibility: visible; }' });
  await page.addScriptTag({ content: await probeScript() });
  const views: Count[] = [];
  for (const letter of all) {
    const options = {
      exhibits: letter.options.exhibits,
      exhibitSet: letter.options.exhibitSet,
      markDraft: letter.options.markDraft,
    };
    views.push(
      await page.evaluate(
        ([model, opts]) =>
          (window as unknown as { countPages: (m: unknown, o: unknown) => Promise<Count> }).countPages(
            model,
            opts,
          ),
        [letter.model, options] as const,
      ),
    );
  }
  const pdfs = await exportAndConvertAll(
    all.map((l) => ({ name: `page-view-${l.name}`, model: l.model, options: l.options })),
  );
  all.forEach((letter, index) => {
    const pdf = pdfs[index]!;
    const total = /Page 1 of (\d+)/.exec(squash(pdf.pages[0] ?? ''))?.[1];
    rows.push({
      name: letter.name,
      view: views[index]!,
      libreOffice: { pages: pdf.pageCount, letterPages: total ? Number(total) : Number.NaN },
      pdfPages: pdf.pages,
    });
  });
  console.log(
    [
      'document                                      page view   LibreOffice   letter pages (view / LO)   later pages starting alike',
      ...rows.map((r) => {
        const differing = breaksDiffering(r);
        const compared = Math.max(0, Math.min(r.view.letterPages, r.pdfPages.length) - 1);
        return (
          `${r.name.padEnd(46)}${String(r.view.pages).padStart(9)}${String(r.libreOffice.pages).padStart(14)}` +
          `${`${r.view.letterPages} / ${r.libreOffice.letterPages}`.padStart(17)}` +
          `${`${compared - differing.length} of ${compared}`.padStart(25)}` +
          (differing.length > 0 ? `\n    ${differing.slice(0, 5).join('\n    ')}` : '')
        );
      }),
    ].join('\n'),
  );
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

const FOOTNOTED = '-footnotes';

describe('the page view paginates as LibreOffice lays out the export', () => {
  const exactly = (row: (typeof rows)[number]) => {
    const { starts: _starts, ...view } = row.view;
    expect({ name: row.name, ...view }).toEqual({ name: row.name, ...row.libreOffice });
    // Every later page of the letter starts with the same words: the pages break at the same lines.
    expect({ name: row.name, differing: breaksDiffering(row) }).toEqual({ name: row.name, differing: [] });
  };

  it('on every template with the example matter and a filled one, exactly', () => {
    const templates = rows.filter((r) => !r.name.startsWith(BIG) && !r.name.endsWith(FOOTNOTED));
    expect(templates.length).toBe(shippedTemplateIds().length * 2);
    templates.forEach(exactly);
  });

  it('on a response with a footnote in every other paragraph, exactly', () => {
    exactly(rows.find((r) => r.name === `example-substantive-response${FOOTNOTED}`)!);
  });

  it(`on the 300-page benchmark document: the same pages, at most ${BIG_STARTS_TOLERANCE * 100} % starting elsewhere`, () => {
    const big = rows.find((r) => r.name === BIG)!;
    expect(big.libreOffice.pages).toBeGreaterThan(250);
    expect(big.view.pages).toBe(big.libreOffice.pages);
    expect(big.view.letterPages).toBe(big.libreOffice.letterPages);
    expect(breaksDiffering(big).length).toBeLessThanOrEqual(
      Math.floor(big.libreOffice.pages * BIG_STARTS_TOLERANCE),
    );
  });

  it('on the 300-page document with a footnote in every seventh paragraph: the page count within 1 %', () => {
    // LibreOffice's placing of a note with no room left is followed only in part (see paginate.ts): the count
    // holds, a third of the pages start where LibreOffice starts them (measured: 354 pages both, 109 of 353).
    const big = rows.find((r) => r.name === `${BIG}${FOOTNOTED}`)!;
    const tolerance = Math.ceil(big.libreOffice.pages * 0.01);
    expect(Math.abs(big.view.pages - big.libreOffice.pages)).toBeLessThanOrEqual(tolerance);
  });
});
