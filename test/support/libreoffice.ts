// Reads exported files back the way a person would see them: LibreOffice converts the DOCX to PDF, poppler
// extracts text, counts pages and renders pages to PNG for a look.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CONVERT_TIMEOUT_MS = 120_000;

async function which(command: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('sh', ['-c', `command -v ${command}`]);
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

async function requireTool(command: string, debianPackage: string): Promise<string> {
  const found = await which(command);
  if (!found) {
    throw new Error(
      `${command} is not installed, so exported files cannot be checked. Install ${debianPackage} (apt-get install ${debianPackage}) or run .ci/run, which installs it.`,
    );
  }
  return found;
}

// LibreOffice runs one conversion per profile at a time; a queue in this process keeps ours serial, and a
// private profile per process keeps parallel test files from fighting over one.
let queue: Promise<unknown> = Promise.resolve();
let profileDir: string | undefined;

async function profileUrl(): Promise<string> {
  profileDir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'counsel-desk-lo-profile-'));
  return pathToFileURL(profileDir).href;
}

async function convert(docxPath: string, outDirGiven?: string): Promise<string> {
  const soffice = await requireTool('soffice', 'libreoffice-writer-nogui');
  const outDir = outDirGiven ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'counsel-desk-pdf-')));
  const args = [
    `-env:UserInstallation=${await profileUrl()}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    docxPath,
  ];
  try {
    await run(soffice, args, { timeout: CONVERT_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`LibreOffice could not convert ${docxPath} to PDF: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const pdfPath = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  try {
    await fs.access(pdfPath);
  } catch {
    throw new Error(
      `LibreOffice ran but wrote no PDF for ${docxPath}; the DOCX is probably not one it can open.`,
    );
  }
  return pdfPath;
}

/** Converts a DOCX to PDF with headless LibreOffice (into `outDir`, or a new temporary folder) and returns the PDF's path. */
export function docxToPdf(docxPath: string, outDir?: string): Promise<string> {
  const result = queue.then(() => convert(docxPath, outDir));
  queue = result.catch(() => undefined);
  return result;
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
