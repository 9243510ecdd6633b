/* global window, document, requestAnimationFrame -- these functions run inside the page */
// In-page measurements for the editor benchmark. Times come from the page's own clock
// (performance.now / event.timeStamp), so the DevTools round trip is not counted.

/** Opens `file` through the app's Open dialog; resolves when every block is in the page and a frame is out. */
export async function measureOpen(page, url, file) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('button', { name: 'Generate draft' }).waitFor();
  await page.getByRole('button', { name: 'Open…' }).click();
  const unsaved = page.getByRole('button', { name: 'Don’t save' });
  if (await unsaved.isVisible().catch(() => false)) await unsaved.click();
  const dialog = page.getByRole('dialog', { name: 'Open matter' });
  await dialog.getByLabel('File path').fill(file);
  const result = await page.evaluate(async () => {
    const afterFrame = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }),
      );
    const button = [...document.querySelectorAll('[role=dialog] button')].find(
      (b) => b.textContent === 'Open',
    );
    const started = performance.now();
    let editorSeen = 0;
    button.click();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const editor = document.querySelector('[data-testid="draft-editor"]');
      if (editor && !editorSeen) editorSeen = performance.now();
      const blocks = editor
        ? editor.querySelectorAll(':scope [data-slate-node="element"]:not([data-slate-inline])').length
        : 0;
      if (editor && editor.getAttribute('contenteditable') === 'true' && blocks > 0) {
        const editable = await afterFrame();
        // Later chunks mount progressively; wait for all of them too, and report that separately.
        let all = blocks;
        while (document.querySelector('.doc-chunk-pending') && performance.now() - started < 30_000) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          all = editor.querySelectorAll(':scope [data-slate-node="element"]:not([data-slate-inline])').length;
        }
        const complete = await afterFrame();
        return {
          totalMs: editable - started,
          renderMs: editable - editorSeen,
          completeMs: complete - started,
          blocks: all,
        };
      }
      if (performance.now() - started > 30_000) throw new Error('the draft did not open within 30 s');
    }
  });
  return result;
}

/**
 * Types `count` characters at the end of the draft or in a paragraph in its middle. Per keystroke: time from the
 * keydown to the next requestAnimationFrame (`frame`) and to the end of that frame's rendering (`painted`).
 */
export async function measureKeystrokes(page, where, count) {
  const paragraphs = page.locator('[data-testid="draft-editor"] p');
  const total = await paragraphs.count();
  const target = paragraphs.nth(where === 'end' ? total - 1 : Math.floor(total / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__latencies = [];
    window.__waiting = null;
    window.__latenciesReach = (n) =>
      new Promise((resolve) => {
        if (window.__latencies.length >= n) resolve();
        else window.__waiting = { n, resolve };
      });
    // One listener per page, however many rounds are measured.
    if (window.__latencyProbe) return;
    window.__latencyProbe = true;
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          // The frame that shows the keystroke starts here (the target's definition) ...
          const frame = performance.now() - start;
          // ... and its style, layout and paint are done when a message posted now arrives.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            window.__latencies.push({ frame, painted: performance.now() - start });
            const waiting = window.__waiting;
            if (waiting && window.__latencies.length >= waiting.n) {
              window.__waiting = null;
              waiting.resolve();
            }
          };
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
  });
  const text = 'the city answers each request in turn ';
  for (let i = 0; i < count; i += 1) {
    // Keys otherwise arrive at the same point of the frame every time (the loop is paced by frames), which
    // would hide or exaggerate the wait for the next frame; real typing lands anywhere in a frame.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 17));
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]);
    // Resolved from inside the page when the frame is out: no polling that would load the page itself.
    await page.evaluate((n) => window.__latenciesReach(n), i + 1);
  }
  const latencies = await page.evaluate(() => window.__latencies);
  // The first few keystrokes warm up caches and the JIT; measure steady typing.
  const steady = latencies.slice(5);
  return { frame: steady.map((l) => l.frame), painted: steady.map((l) => l.painted) };
}
