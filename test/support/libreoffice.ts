// Reads exported files back the way a person would see them: LibreOffice converts the DOCX to PDF, poppler
// extracts text, counts pages and renders pages to PNG for a look.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { requireTool as requireSystemTool } from './system-tools';

const run = promisify(execFile);
const CONVERT_TIMEOUT_MS = 120_000;

const EXPORT_CHECK = 'exported files cannot be checked';
const requireTool = async (command: string, debianPackage: string) =>
  requireSystemTool(command, debianPackage, EXPORT_CHECK);

// LibreOffice runs one conversion per profile at a time; a queue in this process keeps ours serial, and a
// private profile per process keeps parallel test files from fighting over one.
let queue: Promise<unknown> = Promise.resolve();
let profileDir: string | undefined;

async function profileUrl(): Promise<string> {
  profileDir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'counsel-desk-lo-profile-'));
  return pathToFileURL(profileDir).href;
}

/** Runs one LibreOffice conversion of every file given (one start-up for them all) into `outDir`. */
async function convert(docxPaths: readonly string[], filter: string, outDir: string): Promise<void> {
  const soffice = await requireTool('soffice', 'libreoffice-writer-nogui');
  const args = [
    `-env:UserInstallation=${await profileUrl()}`,
    '--headless',
    '--norestore',
    '--convert-to',
    filter,
    '--outdir',
    outDir,
    ...docxPaths,
  ];
  try {
    await run(soffice, args, { timeout: CONVERT_TIMEOUT_MS * docxPaths.length });
  } catch (error) {
    throw new Error(`LibreOffice could not convert ${docxPaths.join(', ')}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Queues a conversion behind the others of this process and returns each input's output file. */
function queued(docxPaths: readonly string[], filter: string, extension: string, outDir: string) {
  const outputs = docxPaths.map((p) => path.join(outDir, `${path.basename(p, path.extname(p))}${extension}`));
  const result = queue
    .then(() => convert(docxPaths, filter, outDir))
    .then(async () => {
      for (const [index, output] of outputs.entries()) {
        try {
          await fs.access(output);
        } catch {
          throw new Error(
            `LibreOffice ran but wrote no ${extension} for ${docxPaths[index]}; the DOCX is probably not one it can open.`,
          );
        }
      }
      return outputs;
    });
  queue = result.catch(() => undefined);
  return result;
}

/** Converts a DOCX to PDF with headless LibreOffice (into `outDir`, or a new temporary folder) and returns the PDF's path. */
export async function docxToPdf(docxPath: string, outDir?: string): Promise<string> {
  const dir = outDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'counsel-desk-pdf-')));
  const [pdf] = await queued([docxPath], 'pdf', '.pdf', dir);
  return pdf!;
}

/** Converts DOCX files to PDF in one LibreOffice run and returns the PDFs' paths, in order. */
export const docxToPdfs = (docxPaths: readonly string[], outDir: string): Promise<string[]> =>
  queued(docxPaths, 'pdf', '.pdf', outDir);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00A0' };

/** The text of an HTML page's body: tags dropped, line breaks and blocks as new lines, entities decoded. */
function htmlBodyText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return body
    .replace(/<br\s*\/?>|<\/(?:p|div|h\d|li|td|th|tr)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name.startsWith('#')) {
        const hex = name[1] === 'x' || name[1] === 'X';
        return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
      }
      const char = ENTITIES[name];
      if (char === undefined)
        throw new Error(`LibreOffice's HTML holds an entity this reader does not know: ${entity}`);
      return char;
    });
}

/**
 * Each DOCX's text as LibreOffice reads it, headers and footers included (its HTML export, in one run for them
 * all). Unlike a PDF's text it does not depend on the fonts installed: no glyph is dropped or reordered for want
 * of a font. Line breaks and spacing are the export's own, so compare without whitespace.
 */
export async function docxTexts(docxPaths: readonly string[], outDir: string): Promise<string[]> {
  const files = await queued(docxPaths, 'html', '.html', outDir);
  return Promise.all(files.map(async (file) => htmlBodyText(await fs.readFile(file, 'utf8'))));
}

/** The PDF's text with its layout kept (pages separated by form feeds). */
export async function pdfText(pdfPath: string): Promise<string> {
  const tool = await requireTool('pdftotext', 'poppler-utils');
  const { stdout } = await run(tool, ['-layout', '-enc', 'UTF-8', pdfPath, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Text per page, from the form feeds pdftotext puts between pages. */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const pages = (await pdfText(pdfPath)).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The pictures in the PDF, one line each, as `pdfimages -list` lists them: [page, width, height, colour]. */
export async function pdfImages(pdfPath: string): Promise<[number, number, number, string][]> {
  const tool = await requireTool('pdfimages', 'poppler-utils');
  const { stdout } = await run(tool, ['-list', pdfPath]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/))
    .map((f) => [Number(f[0]), Number(f[3]), Number(f[4]), f[5]!]);
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const tool = await requireTool('pdfinfo', 'poppler-utils');
  const { stdout } = await run(tool, [pdfPath]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo did not report a page count for ${pdfPath}.`);
  return Number(match[1]);
}

/** Renders one page (1-based) to `<outPrefix>.png` and returns its path. */
export async function pdfPageToPng(
  pdfPath: string,
  page: number,
  outPrefix: string,
  dpi = 80,
): Promise<string> {
  const tool = await requireTool('pdftoppm', 'poppler-utils');
  await fs.mkdir(path.dirname(outPrefix), { recursive: true });
  await run(tool, [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdfPath,
    outPrefix,
  ]);
  return `${outPrefix}.png`;
}
