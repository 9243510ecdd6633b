// The start most editor tests share: a web host, Chromium on the app, the City filled in and the
// acknowledgment generated as a draft (then `prepare`, for a test's own opening steps); all closed after.
import { afterAll, beforeAll } from 'vitest';
import { openBrowser } from './browser';
import type { OpenBrowser } from './browser';
import { DeskPage } from './desk-page';
import { startWebHost } from './web-host';
import type { RunningHost } from './web-host';

export interface DraftSession {
  host: RunningHost;
  browser: OpenBrowser;
  desk: DeskPage;
}

export function useDraftSession(prepare?: (session: DraftSession) => Promise<void>): DraftSession {
  const session = {} as DraftSession;
  beforeAll(async () => {
    session.host = await startWebHost();
    session.browser = await openBrowser();
    session.desk = new DeskPage(session.browser.page);
    await session.desk.open(session.host.url);
    await session.desk.fillField('City', 'City of Dallas');
    await session.desk.generateDraft();
    await prepare?.(session);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.host?.stop();
  });
  return session;
}
