// Section: the editor on a 300-page (3,000-paragraph) draft in Chromium against the web host: time from
// opening the file to an editable page, and keystroke -> next frame latency typing at the end and in the
// middle. Targets: open <= 500 ms, p95 <= 16.7 ms. Runs standalone too: node bench/editor-latency.bench.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bigMatterFile } from './lib/editor-draft.mjs';
import { median, ms } from './lib/measure.mjs';
import { section, target } from './lib/section.mjs';
import { measureKeystrokes, measureOpen } from './lib/editor-probes.mjs';

export const title = 'Editor on a 300-page draft (Chromium, browser mode)';

const OPEN_TARGET_MS = 500;
const FRAME_TARGET_MS = 16.7;
const KEYSTROKES = 100;

const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

export function startHost(root, dataDir) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'build/web-host.cjs'), '--port', '0', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match) resolve({ url: match[1], child });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${output.trim()}`)));
  });
}

/**
 * The big matter (bigMatterFile) saved in a temp folder, a web host and a fresh headless Chromium on it: what the
 * editor and page view benches share. `close()` ends them and removes the folder.
 */
export async function startBigMatterSession(root, label) {
  if (!existsSync(path.join(root, 'build/web-host.cjs')))
    throw new Error('build/web-host.cjs is missing; run npm run build');
  const dir = mkdtempSync(path.join(os.tmpdir(), `counsel-desk-${label}-bench-`));
  const matter = JSON.parse(readFileSync(path.join(root, 'examples/dallas-ag-inquiry.json'), 'utf8'));
  const file = path.join(dir, 'big.cdesk');
  writeFileSync(file, JSON.stringify(bigMatterFile(matter)));
  const host = await startHost(root, path.join(dir, 'data'));
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close();
    host.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  return { page, host, file, close };
}

export async function run({ root }) {
  const { page, host, file, close } = await startBigMatterSession(root, 'editor');
  try {
    const opens = [];
    for (let round = 0; round < 3; round += 1) opens.push(await measureOpen(page, host.url, file));
    const end = await measureKeystrokes(page, 'end', KEYSTROKES);
    const middle = await measureKeystrokes(page, 'middle', KEYSTROKES);
    const openMs = median(opens.map((o) => o.totalMs));
    const rows = [
      [
        'open -> editable (median of 3)',
        `${ms(openMs)} (first frame of the editor ${ms(median(opens.map((o) => o.renderMs)))})`,
      ],
      [
        'open -> all blocks mounted',
        `${ms(median(opens.map((o) => o.completeMs)))} (${opens[0].blocks} blocks)`,
      ],
      [
        'typing at the end: keystroke -> next frame',
        `median ${ms(median(end.frame))}, p95 ${ms(p95(end.frame))}`,
      ],
      [
        'typing at the end: -> frame rendered',
        `median ${ms(median(end.painted))}, p95 ${ms(p95(end.painted))}`,
      ],
      [
        'typing in the middle: keystroke -> next frame',
        `median ${ms(median(middle.frame))}, p95 ${ms(p95(middle.frame))}`,
      ],
      [
        'typing in the middle: -> frame rendered',
        `median ${ms(median(middle.painted))}, p95 ${ms(p95(middle.painted))}`,
      ],
    ];
    return section(title, rows, [
      target(`open <= ${OPEN_TARGET_MS} ms`, openMs <= OPEN_TARGET_MS, ms(openMs)),
      target(
        `keystroke -> next frame p95 <= ${FRAME_TARGET_MS} ms at the end`,
        p95(end.frame) <= FRAME_TARGET_MS,
        ms(p95(end.frame)),
      ),
      target(
        `keystroke -> next frame p95 <= ${FRAME_TARGET_MS} ms in the middle`,
        p95(middle.frame) <= FRAME_TARGET_MS,
        ms(p95(middle.frame)),
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
