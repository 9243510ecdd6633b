// Section: bring a ~300-page draft up to date after one matter change (a request's status), as the app does
// on every form edit: render the template for the matter now and merge it into the edited draft; and the
// local part the editor runs at each keystroke (values, labels, problems). Target: median and p95 <= 50 ms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTypeScript } from './lib/bundle-ts.mjs';
import { median, ms } from './lib/measure.mjs';
import { section, target } from './lib/section.mjs';

export const title = 'Update a 300-page draft after one matter change (in-process)';

const CHANGES = 60;
const WARM_UP = 10;
const TARGET_MS = 50;

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];

export async function run({ root }) {
  const { module, cleanup } = await loadTypeScript(path.join(root, 'bench', 'lib', 'bind-timing.ts'));
  try {
    const matter = JSON.parse(readFileSync(path.join(root, 'examples', 'dallas-ag-inquiry.json'), 'utf8'));
    const timings = await module.timeBindUpdates(path.join(root, 'templates'), matter, CHANGES + WARM_UP);
    const update = timings.update.slice(WARM_UP);
    const local = timings.local.slice(WARM_UP);
    return section(
      title,
      [
        [
          'draft',
          `${timings.blocks} blocks, ${timings.attorneyParagraphs} of them the attorney's (about 300 pages)`,
        ],
        ['render + merge', `median ${ms(median(update))}, p95 ${ms(p95(update))}`],
        ['local bind (each keystroke)', `median ${ms(median(local))}, p95 ${ms(p95(local))}`],
      ],
      [
        target(`update median <= ${TARGET_MS} ms`, median(update) <= TARGET_MS, ms(median(update))),
        target(`update p95 <= ${TARGET_MS} ms`, p95(update) <= TARGET_MS, ms(p95(update))),
      ],
    );
  } finally {
    cleanup();
  }
}
