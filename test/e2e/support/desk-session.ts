// One web host and one Chromium per test file, started before its tests and stopped after: the setup every
// end-to-end file shared. Call at the top level of a test file.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser';
import type { OpenBrowser } from './browser';
import { DeskPage } from './desk-page';
import { startWebHost } from './web-host';
import type { RunningHost } from './web-host';

export interface DeskSession {
  host: RunningHost;
  browser: OpenBrowser;
  desk: DeskPage;
  page: Page;
}

/** `open: false` leaves loading the app to the test (e.g. to screenshot the very first start). */
export function useDeskSession(options: { open?: boolean } = {}): DeskSession {
  const session = {} as DeskSession;
  beforeAll(async () => {
    session.host = await startWebHost();
    session.browser = await openBrowser();
    session.page = session.browser.page;
    session.desk = new DeskPage(session.page);
    if (options.open !== false) await session.desk.open(session.host.url);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.host?.stop();
  });
  return session;
}
