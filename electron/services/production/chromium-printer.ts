// An HtmlPrinter on Chromium in headless mode, driven by playwright-core: a fresh profile each time (deleted
// at close), no sandbox, background networking, updates and sync off, JavaScript off and every request
// refused, so a document cannot reach the network or run code while it is printed.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { PrinterUnavailableError, type HtmlPrinter } from './printer';

export const CHROMIUM_ENV = 'COUNSEL_DESK_CHROMIUM';

const CANDIDATES: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    path.win32.join(
      process.env.PROGRAMFILES ?? 'C:\\Program Files',
      'Google\\Chrome\\Application\\chrome.exe',
    ),
    path.win32.join(
      process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ),
  ],
};

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--no-first-run',
  '--mute-audio',
];

const runnable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Chromium (or Chrome, or Edge) to print with: $COUNSEL_DESK_CHROMIUM, else the usual places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[CHROMIUM_ENV];
  if (chosen) {
    if (runnable(chosen)) return chosen;
    throw new PrinterUnavailableError(
      `${CHROMIUM_ENV} names ${chosen}, which is not a program that can be run. Set it to the path of Chromium, Google Chrome or Microsoft Edge.`,
    );
  }
  const found = (CANDIDATES[process.platform] ?? []).find(runnable);
  if (found) return found;
  throw new PrinterUnavailableError(
    `Printing documents, email and text to PDF pages needs Chromium, Google Chrome or Microsoft Edge, and none was found. Install Chromium (on Debian or Ubuntu: sudo apt-get install chromium), or set ${CHROMIUM_ENV} to the path of the browser.`,
  );
}

// Loaded with require, not import(): the CLI runs its bundle from V8's code cache, and there a dynamic
// import() is refused (Node 20 loses the script's import callback), which failed every print after the first.
function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    // In a CommonJS bundle (the CLI, the app, the benchmarks) this file is __filename; under vitest, an ES module.
    const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    return Promise.resolve(require('playwright-core') as typeof import('playwright-core'));
  } catch {
    throw new PrinterUnavailableError(
      'Printing to PDF needs the playwright-core package, which `npm ci` installs in the Counsel Desk folder; run it there and try again.',
    );
  }
}

class ChromiumPrinter implements HtmlPrinter {
  constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
  ) {}

  async printToPdf(html: string): Promise<Uint8Array> {
    const page = await this.context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'Letter' });
      return new Uint8Array(pdf);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.browser.close();
  }
}

export async function openChromiumPrinter(executablePath = findChromium()): Promise<HtmlPrinter> {
  const { chromium } = await loadPlaywright();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new PrinterUnavailableError(`Chromium (${executablePath}) could not be started: ${reason}.`);
  }
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  // data: URLs carry a document's own pictures; anything else would be a request to the network or disk.
  await context.route(/^(?!data:)/, (route) => route.abort());
  return new ChromiumPrinter(browser, context);
}
