// draft:export-pdf as the app calls it, with a printer that records the pages it is asked to print (the real
// printing is read back with poppler in test/e2e/export/letter-pdf.test.ts): the bytes handed back for
// download in browser mode, the system's Save dialog asked for a PDF on the desktop, an incomplete letter
// refused unless exported as a marked draft, the printer closed every time, and the path policy applied.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/api/contract';
import { matterParts, type MatterParts } from '../../../core/matter-file/matter-file';
import { createLetterPdfHandlers } from '../../../electron/handlers/letter-pdf-handlers';
import { pathsNamedBy } from '../../../electron/ipc/path-policy';
import { PrinterUnavailableError, type HtmlPrinter } from '../../../electron/services/production/printer';
import type { DeskServices } from '../../../electron/services/desk-services';
import { desktopContext, servicesForTest, webContext } from '../../support/desk-services-fixture';
import { refusal } from '../../support/refusal';

let services: DeskServices;
let example: MatterParts;
let draft: Draft;

/** A printer that keeps the HTML it printed and answers a one-page PDF per document. */
function recordingPrinter() {
  const printed: string[] = [];
  let closed = 0;
  const printer: HtmlPrinter = {
    async printToPdf(html) {
      printed.push(html);
      const pdf = await PDFDocument.create();
      pdf.addPage([612, 792]);
      return pdf.save();
    },
    close: async () => void (closed += 1),
  };
  return { printed, closed: () => closed, open: () => Promise.resolve(printer) };
}

beforeAll(async () => {
  const made = await servicesForTest();
  services = made.services;
  example = matterParts((await made.handlers['matter:open-example']({}, webContext)).file);
  draft = await made.handlers['draft:generate'](
    { templateId: 'substantive-response', parts: example },
    webContext,
  );
});

const handlerWith = (openPrinter: DeskServices['openPrinter']) =>
  createLetterPdfHandlers({ ...services, openPrinter })['draft:export-pdf'];

describe('draft:export-pdf', () => {
  it('refuses a letter with required fields empty, naming them, and prints nothing', async () => {
    const printer = recordingPrinter();
    const error = await refusal(handlerWith(printer.open)({ draft, parts: example }, webContext));
    expect(error.code).toBe('incomplete-matter');
    expect(error.message).toContain('The letter is not ready to send');
    expect(printer.printed).toHaveLength(0);
  });

  it('hands the PDF back for download in browser mode: the letter, then its exhibits, marked DRAFT', async () => {
    const printer = recordingPrinter();
    const result = await handlerWith(printer.open)(
      { draft, parts: example, allowIncomplete: true },
      webContext,
    );
    expect(result.path).toBe('');
    expect(result.fileName).toBe('Substantive response.pdf');
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.byteLength).toBe(bytes.length);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
    expect(result.incomplete.length).toBeGreaterThan(0);
    const [letter, exhibits] = printer.printed;
    expect(letter).toContain('CITY OF DALLAS');
    expect(letter).toContain('counter(pages)');
    expect(letter).toContain('DRAFT \\2014  required fields missing');
    expect(exhibits).toContain('INDEX OF EXHIBITS');
    expect(printer.closed()).toBe(1);
  });

  it('asks the desktop Save dialog for a PDF and writes it there; a typed name gets .pdf', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letter-pdf-'));
    const chosen = path.join(dir, 'Response.pdf');
    const { ctx, calls } = desktopContext({ save: chosen });
    const result = await handlerWith(recordingPrinter().open)(
      { draft, parts: example, allowIncomplete: true },
      ctx,
    );
    expect(calls).toEqual(['save pdf Substantive response.pdf']);
    expect(result).toMatchObject({ path: chosen, fileName: 'Response.pdf', base64: '' });
    expect(readFileSync(chosen).subarray(0, 5).toString()).toBe('%PDF-');
    const typed = await handlerWith(recordingPrinter().open)(
      { draft, parts: example, allowIncomplete: true, path: path.join(dir, 'typed') },
      webContext,
    );
    expect(typed.path).toBe(path.join(dir, 'typed.pdf'));
    expect(existsSync(typed.path)).toBe(true);
  });

  it('says what to install when no printer starts', async () => {
    const error = await refusal(
      handlerWith(() =>
        Promise.reject(new PrinterUnavailableError('Printing … needs Chromium; install it.')),
      )({ draft, parts: example, allowIncomplete: true }, webContext),
    );
    expect(error.code).toBe('io-error');
    expect(error.message).toBe('Printing … needs Chromium; install it.');
  });

  it('is checked by the path policies like Export DOCX', () => {
    expect(pathsNamedBy('draft:export-pdf', { path: '/tmp/x.pdf' })).toEqual([
      { field: 'path', path: '/tmp/x.pdf', use: 'export' },
    ]);
  });
});
