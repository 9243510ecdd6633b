// Section: the policy library. Import a 200-page PDF (target <= 2 s) and search 1,000 sources (target p95 <= 20 ms).
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { median, percentile, ms } from './lib/measure.mjs';
import { bundleTypeScript } from './lib/bundle-ts.mjs';
import { section, target } from './lib/section.mjs';

export const title = 'Policy library: import a 200-page PDF, search 1,000 sources';

const IMPORT_TARGET_MS = 2000;
const SEARCH_P95_TARGET_MS = 20;

export async function run({ root }) {
  // Inside build/ so the native and ESM-only packages left outside the bundle resolve from node_modules.
  const outfile = path.join(root, 'build', 'bench-library-timing.cjs');
  try {
    await bundleTypeScript(path.join(root, 'bench', 'lib', 'library-timing.ts'), outfile, [
      'better-sqlite3',
      'pdfjs-dist',
      'mammoth',
    ]);
    const { timeImport200Pages, timeSearch } = createRequire(import.meta.url)(outfile);
    const imports = await timeImport200Pages(3);
    const searches = timeSearch(1000, 200);
    const importMedian = median(imports);
    const p95 = percentile(searches, 95);
    return section(
      title,
      [
        ['import 200-page PDF (median of 3)', ms(importMedian)],
        ['search 1,000 sources, median (200 queries)', ms(median(searches))],
        ['search 1,000 sources, p95', ms(p95)],
      ],
      [
        target(`import <= ${IMPORT_TARGET_MS} ms`, importMedian <= IMPORT_TARGET_MS, ms(importMedian)),
        target(`search p95 <= ${SEARCH_P95_TARGET_MS} ms`, p95 <= SEARCH_P95_TARGET_MS, ms(p95)),
      ],
    );
  } finally {
    rmSync(outfile, { force: true });
  }
}
