// Every shipped template, filled with the example matter, exported and opened in LibreOffice: the pages a
// city attorney would print must hold every request, the quoted policy, the signature and no markup.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlockNode, DocumentModel } from '../../../core/document/model';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { validateMatter } from '../../../core/matter/validate-matter';
import type { Matter } from '../../../core/matter/schema';
import { renderDocument } from '../../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../../core/template/template-set';
import type { TemplateSet } from '../../../core/template/template-set';
import { readTemplateSources } from '../../../electron/services/template-files';
import { bodyText, exportAndConvert, joinHyphenatedLines, squash } from '../../support/export-to-pdf';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let set: TemplateSet;
let matter: Matter;

beforeAll(async () => {
  const sources = await readTemplateSources(path.join(ROOT, 'templates'));
  set = buildTemplateSet(sources.templates, sources.partials);
  const validated = validateMatter(
    JSON.parse(await readFile(path.join(ROOT, 'examples/dallas-ag-inquiry.json'), 'utf8')),
  );
  if (!validated.matter)
    throw new Error(`The example matter is invalid: ${validated.problems.map((p) => p.message).join('; ')}`);
  matter = validated.matter;
});

const TEMPLATE_IDS = [
  'acknowledgment',
  'business-records-affidavit',
  'custodian-certification',
  'extension-request',
  'privilege-log',
  'production-cover-letter',
  'public-information-act-ruling-request',
  'substantive-response',
];

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

  it.each(TEMPLATE_IDS)('%s prints completely, numbered "Page 1 of N", with no markup left', async (id) => {
    const model: DocumentModel = renderDocument(set, id, matter);
    const pdf = await exportAndConvert(model, `template-${id}`);
    const all = pdf.pages.join('\n');
    const text = squash(joinHyphenatedLines(bodyText(pdf.pages)));

    expect(squash(pdf.pages[0]!)).toContain(`Page 1 of ${pdf.pageCount}`);
    for (const pattern of LEFTOVER_MARKUP) expect(all, `leftover ${pattern}`).not.toMatch(pattern);

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

    // The signature block's lines all print, on one page.
    const signature = model.children.find((node: BlockNode) => node.type === 'signature-block');
    expect(signature, 'a signature block').toBeDefined();
    const lines = blocksToPlainText([signature!]).split('\n').map(squash).filter(Boolean);
    const onOnePage = pdf.pages.some((candidate) => lines.every((line) => squash(candidate).includes(line)));
    expect(onOnePage, `the signature block (${lines.join(' / ')}) on one page`).toBe(true);
  });
});
