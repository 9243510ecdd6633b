// Browser mode's access token in a real browser: the page reads `#token=…`, takes it out of the address
// bar at once, and still reaches the host after a reload (the tab keeps the token, not the address).
import { describe, expect, it } from 'vitest';
import { useDeskSession } from '../support/desk-session';

const session = useDeskSession();

const templateCount = () => session.page.getByLabel('Template').locator('option').count();

describe('the launch token', () => {
  it('is gone from the address bar once the page has loaded', async () => {
    const { host, page } = session;
    const printed = new URL(host.url);
    expect(printed.hash).toMatch(/^#token=[0-9a-f]{64}$/);
    expect(page.url()).toBe(`${printed.origin}/`);
    await session.desk.tab('Drafts');
    expect(await templateCount()).toBeGreaterThan(3);
  });

  it('is not needed in the address to keep working after a reload', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('.app[data-ready="true"]').waitFor();
    expect(page.url()).not.toContain('token');
    await session.desk.tab('Drafts');
    expect(await templateCount()).toBeGreaterThan(3);
    expect(await page.locator('.alert-message').count()).toBe(0);
  });

  it('stays in its own tab: a new tab at the bare address is told to open the printed address', async () => {
    const other = await session.browser.context.newPage();
    await other.goto(new URL(session.host.url).origin);
    await other.locator('.app[data-ready="true"]').waitFor();
    await expect
      .poll(() => other.locator('.alert-message').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('#token=')]));
    await other.close();
  });
});
