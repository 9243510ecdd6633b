// Chromium for end-to-end tests and the editor benchmark: a fresh profile each time, headless, offline.
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { requireTool } from '../../support/system-tools';
import { repoRoot, tempDir } from './web-host';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<OpenBrowser> {
  // Missing Chromium gets the same clear message as missing LibreOffice, not Playwright's launch error.
  const executablePath = requireTool(
    'chromium',
    'chromium',
    'the app cannot be opened in a browser for this test',
  );
  const profile = await tempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    },
  };
}

export const screenshotDir = path.join(repoRoot, 'test-output/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
