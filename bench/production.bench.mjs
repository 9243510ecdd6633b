// Section: productions (issue 10). Each step runs in a process of its own, so its peak memory is its own:
// stamp and assemble 2,000 pages (100 PDF records of 20 pages) into a volume; redact one phrase found on each
// of 500 pages (every page cleaned of the text under its box, then checked; and on one page in ten where an
// oval drawn around the phrase makes each of those pages a picture with the box burned in); print a 50-page email
// thread to PDF with Chromium. Times are wall time with the process's CPU time beside it (another job on the
// machine moves CPU time far less). Targets: stamp <= 10 s and <= 500 MB; redact <= 10 s; print <= 3 s.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mb, ms, timeProcess } from './lib/measure.mjs';
import { bundleTypeScript } from './lib/bundle-ts.mjs';
import { section, target } from './lib/section.mjs';
import { EXTERNAL_PACKAGES } from '../scripts/external-packages.mjs';

export const title = 'Produce records: stamp 2,000 pages, redact across 500 pages, print a 50-page email';

export async function run({ root }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-production-'));
  // Inside the checkout, so the packages kept outside the bundle load from its node_modules.
  const script = path.join(root, 'node_modules', '.cache', 'counsel-desk-bench', 'production-timing.cjs');
  try {
    await bundleTypeScript(
      path.join(root, 'bench', 'lib', 'production-timing.ts'),
      script,
      EXTERNAL_PACKAGES,
    );
    const step = async (name, env = {}) => {
      const work = mkdtempSync(path.join(dir, `${name}-`));
      const run = await timeProcess(process.execPath, [script, name, work], {
        cwd: root,
        env: { ...process.env, ...env },
      });
      return { ...JSON.parse(run.stdout.trim().split('\n').at(-1)), maxRssKb: run.maxRssKb };
    };
    const stamp = await step('stamp');
    const redact = await step('redact');
    const redactSome = await step('redact', { EVERY: '10', RINGED: '1' });
    const print = await step('print');
    const s = (value) => `${(value / 1000).toFixed(1)} s`;
    return section(
      title,
      [
        [
          'stamp and assemble',
          `${stamp.pages} pages in ${stamp.records} records: ${s(stamp.ms)} (CPU ${s(stamp.cpuMs)}), peak ${stamp.maxRssKb ? mb(stamp.maxRssKb) : 'not measured'}`,
        ],
        [
          'redact one phrase',
          `${redact.pages} pages, ${redact.images} as pictures: ${s(redact.ms)} (CPU ${s(redact.cpuMs)}), peak ${redact.maxRssKb ? mb(redact.maxRssKb) : 'not measured'}`,
        ],
        [
          'redact, 1 page in 10 as a picture',
          `${redactSome.pages} pages, ${redactSome.images} as pictures: ${s(redactSome.ms)} (CPU ${s(redactSome.cpuMs)})`,
        ],
        [
          'print an email thread',
          `${print.pages} pages: ${ms(print.ms)} (Chromium started in ${ms(print.startMs)} before)`,
        ],
      ],
      [
        target('stamp 2,000 pages <= 10 s', stamp.ms <= 10_000, s(stamp.ms)),
        target(
          'stamp 2,000 pages peak memory <= 500 MB',
          stamp.maxRssKb !== null && stamp.maxRssKb <= 500 * 1024,
          stamp.maxRssKb ? mb(stamp.maxRssKb) : 'not measured',
        ),
        target('redact across 500 pages <= 10 s', redact.ms <= 10_000, s(redact.ms)),
        target('print a 50-page email <= 3 s', print.ms <= 3_000, ms(print.ms)),
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
