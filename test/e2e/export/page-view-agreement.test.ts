// Does the page view paginate as the export does? Every template filled from the example matter (its exhibits
// included) and the 300-page benchmark document are laid out by the page view in Chromium and exported to DOCX
// and opened in LibreOffice (one start-up for all); the page counts, and the letter's own page count ("Page 1
// of N"), must agree. Prints the table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/document/model';
import type { DocxOptions } from '../../../core/docx/build-docx';
import { marksDraft } from '../../../core/page-layout/page-spec';
import { bindDraft } from '../../../core/pipeline/bind-draft';
import { newDraft, renderDocument } from '../../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../../core/template/template-set';
import { readTemplateSources } from '../../../electron/services/template-files';
import { bigDocument } from '../../../bench/lib/big-document.mjs';
import { exportAndConvertAll, squash } from '../../support/export-to-pdf';
import { exampleFile, exampleLetter } from '../../templates/example-matter-file';
import { shippedTemplateIds, TEMPLATES_DIR } from '../../templates/shipped-template-ids';
import { openBrowser } from '../support/browser';
import type { OpenBrowser } from '../support/browser';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BIG = 'benchmark-300-pages';
/** Pages the page view may be off by on the 300-page document (0.3 %); every template must agree exactly. */
const BIG_TOLERANCE = 1;

interface Letter {
  name: string;
  model: DocumentModel;
  options: DocxOptions;
}

interface Count {
  pages: number;
  letterPages: number;
}

async function letters(): Promise<Letter[]> {
  const sources = await readTemplateSources(TEMPLATES_DIR);
  const set = buildTemplateSet(sources.templates, sources.partials);
  const file = exampleFile();
  const shipped = shippedTemplateIds().map((id) => {
    const draft = newDraft({ set, template: id, file, id, now: new Date(), letter: exampleLetter() });
    const bound = bindDraft(file, draft, draft.body);
    return { name: id, model: bound.document, options: { ...bound.docx, markDraft: marksDraft(bound) } };
  });
  const big = bigDocument();
  const model = renderDocument(set, { path: `${BIG}.md`, text: big.template }, file);
  return [...shipped, { name: BIG, model, options: {} }];
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
const rows: { name: string; view: Count; libreOffice: Count }[] = [];

beforeAll(async () => {
  const all = await letters();
  browser = await openBrowser();
  const { page } = browser;
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  await page.addStyleTag({
    content: readFileSync(path.join(ROOT, 'renderer/page-view/page-view.css'), 'utf8'),
  });
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
    });
  });
  console.log(
    [
      'document                              page view   LibreOffice   (letter pages: view / LibreOffice)',
      ...rows.map(
        (r) =>
          `${r.name.padEnd(38)}${String(r.view.pages).padStart(9)}${String(r.libreOffice.pages).padStart(14)}` +
          `   (${r.view.letterPages} / ${r.libreOffice.letterPages})${r.view.pages === r.libreOffice.pages ? '' : '  DIFFERS'}`,
      ),
    ].join('\n'),
  );
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe('the page view paginates as LibreOffice lays out the export', () => {
  it('on every template with the example matter, exactly', () => {
    const templates = rows.filter((r) => r.name !== BIG);
    expect(templates.length).toBe(shippedTemplateIds().length);
    for (const row of templates) {
      expect({ name: row.name, ...row.view }).toEqual({ name: row.name, ...row.libreOffice });
    }
  });

  it(`on the 300-page benchmark document, within ${BIG_TOLERANCE} page`, () => {
    const big = rows.find((r) => r.name === BIG)!;
    expect(big.libreOffice.pages).toBeGreaterThan(250);
    expect(Math.abs(big.view.pages - big.libreOffice.pages)).toBeLessThanOrEqual(BIG_TOLERANCE);
  });
});
