// Exports a document model the way the app does (buildDocx, then pack and write) and reads it back through
// LibreOffice, so tests see the pages a person would see.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocumentModel } from '../../core/document/model';
import { buildDocx } from '../../core/docx/build-docx';
import type { DocxOptions } from '../../core/docx/build-docx';
import { writeDocxAtomically } from '../../electron/services/docx-file';
import { docxToPdf, pdfPageCount, pdfPages } from './libreoffice';

/** Exported files stay in test-output/ (gitignored) for a look after the run. */
export const TEST_OUTPUT = path.resolve(import.meta.dirname, '../../test-output');

export interface ExportedPdf {
  docxPath: string;
  pdfPath: string;
  pageCount: number;
  /** Text of each page, in order. */
  pages: string[];
}

export async function exportAndConvert(
  model: DocumentModel,
  name: string,
  options?: DocxOptions,
): Promise<ExportedPdf> {
  const dir = path.join(TEST_OUTPUT, 'export');
  await fs.mkdir(dir, { recursive: true });
  const docxPath = path.join(dir, `${name}.docx`);
  await writeDocxAtomically(buildDocx(model, options), docxPath);
  const pdfPath = await docxToPdf(docxPath, dir);
  return { docxPath, pdfPath, pageCount: await pdfPageCount(pdfPath), pages: await pdfPages(pdfPath) };
}

/** Collapses runs of whitespace, since PDF text extraction lays words out with its own spacing. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
