// Section: render every bundled template 100 times in-process with the example matter. Target: < 20 ms each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTypeScript } from './lib/bundle-ts.mjs';
import { ms } from './lib/measure.mjs';
import { section, target } from './lib/section.mjs';

export const title = 'Render every template 100 times (in-process)';

const ITERATIONS = 100;
const TARGET_MS = 20;

export async function run({ root }) {
  const { module, cleanup } = await loadTypeScript(path.join(root, 'bench', 'lib', 'template-timing.ts'));
  try {
    const matter = JSON.parse(readFileSync(path.join(root, 'examples', 'dallas-ag-inquiry.json'), 'utf8'));
    const timings = await module.timeTemplates(path.join(root, 'templates'), matter, ITERATIONS);
    const slowest = Math.max(...timings.map((t) => t.msPerRender));
    return section(
      title,
      timings.map((t) => [t.id, `${ms(t.msPerRender)} per render`]),
      [target(`every template < ${TARGET_MS} ms`, slowest < TARGET_MS, `slowest ${ms(slowest)}`)],
    );
  } finally {
    cleanup();
  }
}
