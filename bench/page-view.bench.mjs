/* global window, document, requestAnimationFrame -- the evaluated functions run inside the page */
// Section: the page view of the 300-page draft (the editor benchmark's) in Chromium against the web host: time
// from pressing "Page view" to the first page drawn and to every page laid out, and typing latency while the
// layout runs, against its peer: the same typing with the page view closed, run side by side in the same
// page; and the time from an edit to the pages laid out again. Targets: first page <= 300 ms, all pages <= 3 s,
// typing p95 within 20 % of the peer's (plus 2 ms of timer noise), pages following an edit within a second of
// the half-second pause. Runs standalone too: node bench/page-view.bench.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBigMatterSession } from './editor-latency.bench.mjs';
import { measureKeystrokes, measureOpen } from './lib/editor-probes.mjs';
import { median, ms, percentile } from './lib/measure.mjs';
import { section, target } from './lib/section.mjs';

export const title = 'Page view of a 300-page draft (Chromium, browser mode)';

const FIRST_PAGE_TARGET_MS = 300;
const ALL_PAGES_TARGET_MS = 3000;
const KEYSTROKES = 120;
/** "Within a second of a pause": the page view waits 500 ms, then lays out again. */
const FOLLOW_TARGET_MS = 1500;

/** Presses "Page view" and times the first sheet on screen and the end of the layout, in the page's clock. */
function openPageView(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const button = document.querySelector('button[aria-label="Page view"]');
    const started = performance.now();
    button.click();
    let first = 0;
    for (;;) {
      await frame();
      const pages = document.querySelector('.pv-pages');
      if (!first && pages?.querySelector('.pv-page')) first = performance.now() - started;
      if (first && pages.getAttribute('aria-busy') === 'false')
        return { firstMs: first, allMs: performance.now() - started, pages: pages.childElementCount };
      if (performance.now() - started > 60_000) throw new Error('the page view did not finish within 60 s');
    }
  });
}

/**
 * With the page view open, types one word in the middle of the draft and times the keystroke to the pages laid
 * out again (the page view waits for half a second of quiet first), in the page's clock.
 */
async function followEdit(page) {
  const paragraphs = page.locator('[data-testid="draft-editor"] p');
  const target = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__pvEdit = { typed: 0, started: false };
    window.addEventListener('keydown', () => (window.__pvEdit.typed = performance.now()), { capture: true });
  });
  await page.keyboard.type(' edited', { delay: 20 });
  return page.evaluate(async () => {
    const pages = document.querySelector('.pv-pages');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    while (pages.getAttribute('aria-busy') !== 'true') {
      await frame();
      if (performance.now() - window.__pvEdit.typed > 10_000)
        throw new Error('the page view did not lay out again');
    }
    while (pages.getAttribute('aria-busy') !== 'false') await frame();
    return performance.now() - window.__pvEdit.typed;
  });
}

const closePageView = (page) =>
  page.evaluate(() => document.querySelector('button[aria-label="Page view"][aria-pressed="true"]')?.click());

/**
 * Types while the page view lays out from scratch: the file is opened afresh (no measurements kept), typing
 * starts, and "Page view" is pressed from inside the page while the keys are on their way. Keeps only the
 * keystrokes that landed while the layout ran.
 */
async function typingDuringLayout(page, url, file) {
  await measureOpen(page, url, file);
  await page.evaluate(() => {
    window.__pvBusy = [];
    window.addEventListener(
      'keydown',
      () => window.__pvBusy.push(document.querySelector('.pv-pages')?.getAttribute('aria-busy') === 'true'),
      { capture: true },
    );
    setTimeout(() => document.querySelector('button[aria-label="Page view"]').click(), 700);
  });
  const typed = await measureKeystrokes(page, 'middle', KEYSTROKES);
  const busy = (await page.evaluate(() => window.__pvBusy)).slice(5); // as measureKeystrokes drops 5
  await closePageView(page);
  return typed.frame.filter((_latency, index) => busy[index]);
}

export async function run({ root }) {
  const { page, host, file, close } = await startBigMatterSession(root, 'page-view');
  try {
    await measureOpen(page, host.url, file);
    const cold = await openPageView(page);
    const warm = [];
    for (let round = 0; round < 3; round += 1) {
      await closePageView(page);
      warm.push(await openPageView(page));
    }
    const follow = [];
    for (let round = 0; round < 3; round += 1) follow.push(await followEdit(page));
    // The peer, side by side: the same typing in the same page, page view closed.
    await closePageView(page);
    const peer = (await measureKeystrokes(page, 'middle', KEYSTROKES)).frame;
    const during = [
      ...(await typingDuringLayout(page, host.url, file)),
      ...(await typingDuringLayout(page, host.url, file)),
    ];
    if (peer.length === 0)
      throw new Error('the peer (typing with the page view closed) gave no measurements');
    if (during.length < 10)
      throw new Error(
        `only ${during.length} keystrokes landed while the page view was laying out; nothing to compare`,
      );
    const peerP95 = percentile(peer, 95);
    const duringP95 = percentile(during, 95);
    const allowed = peerP95 * 1.2 + 2;
    const followMs = median(follow);
    const rows = [
      ['pages', `${cold.pages}`],
      ['Page view pressed -> first page (cold)', ms(cold.firstMs)],
      ['Page view pressed -> all pages (cold)', ms(cold.allMs)],
      ['first page, measurements kept (median of 3)', ms(median(warm.map((w) => w.firstMs)))],
      ['all pages, measurements kept (median of 3)', ms(median(warm.map((w) => w.allMs)))],
      ['last key typed -> pages laid out again (median of 3, 500 ms pause included)', ms(followMs)],
      [
        'typing, page view closed (peer): keystroke -> next frame',
        `median ${ms(median(peer))}, p95 ${ms(peerP95)}`,
      ],
      [
        `typing while the page view lays out (${during.length} keys)`,
        `median ${ms(median(during))}, p95 ${ms(duringP95)} (ratio ${(duringP95 / peerP95).toFixed(2)})`,
      ],
    ];
    return section(title, rows, [
      target(
        `pages follow an edit within ${FOLLOW_TARGET_MS} ms of the last key`,
        followMs <= FOLLOW_TARGET_MS,
        ms(followMs),
      ),
      target(
        `first page <= ${FIRST_PAGE_TARGET_MS} ms`,
        cold.firstMs <= FIRST_PAGE_TARGET_MS,
        ms(cold.firstMs),
      ),
      target(`all pages <= ${ALL_PAGES_TARGET_MS} ms`, cold.allMs <= ALL_PAGES_TARGET_MS, ms(cold.allMs)),
      target(
        'typing p95 while laying out within 20 % (+2 ms) of the peer',
        duringP95 <= allowed,
        `${ms(duringP95)} against ${ms(peerP95)}`,
      ),
    ]);
  } finally {
    await close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await run({ root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') });
  console.log(`== ${result.title}`);
  for (const [label, value] of result.rows) console.log(`  ${label}: ${value}`);
  for (const t of result.targets) console.log(`  ${t.ok ? 'MET   ' : 'MISSED'} ${t.label}: ${t.detail}`);
}
