// Support for the production service tests that run without Chromium or poppler: the fixture files, a
// printer that writes the HTML's text as simple PDF pages, and pdf.js reading pages back.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { joinRuns } from '../../../../core/production/text-runs';
import { openPdf, pageRuns } from '../../../../electron/services/production/pdf-reader';
import type { HtmlPrinter } from '../../../../electron/services/production/printer';
import { makePdf } from '../../../support/pdf-fixture';

export const fixtureDir = path.resolve(import.meta.dirname, '../../../fixtures/production');
export const fixture = (name: string): Buffer => readFileSync(path.join(fixtureDir, name));
export const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-production-'));

/** Prints the HTML's text, 40 lines a page, and counts the pages it printed. */
export function textPrinter(): HtmlPrinter & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    printToPdf: async (html) => {
      printed.push(html);
      const text = html
        .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, '')
        .replace(/<\/(p|div|tr|h\d|li)>/g, '\n')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
      const lines = text
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      const pages: string[][] = [];
      for (let i = 0; i < lines.length; i += 40) pages.push(lines.slice(i, i + 40));
      return makePdf(pages.length > 0 ? pages : [['']]);
    },
    close: async () => undefined,
  };
}

/** Each page's text as pdf.js reads it. */
export async function pagesText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await openPdf(bytes);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(joinRuns(await pageRuns(pdf, n)).text);
    return pages;
  } finally {
    await pdf.destroy();
  }
}
