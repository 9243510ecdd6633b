// Section: mail at volume. Import a generated mbox of 10,000 messages with attachments (target <= 60 s, peak
// memory <= 500 MB, a 10 ms timer never more than 250 ms late meanwhile) and search 100,000 message sources
// (target p95 <= 20 ms, with and without filters).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { mb, median, percentile, ms, timeProcess } from './lib/measure.mjs';
import { bundleTypeScript } from './lib/bundle-ts.mjs';
import { section, target } from './lib/section.mjs';

export const title = 'Mail at volume: import 10,000 messages from an mbox, search 100,000 sources';

const MESSAGES = 10_000;
const SOURCES = 100_000;
const IMPORT_TARGET_MS = 60_000;
const MEMORY_TARGET_MB = 500;
const LAG_TARGET_MS = 250;
const SEARCH_P95_TARGET_MS = 20;

export async function run({ root }) {
  // Inside build/ so the native and ESM-only packages left outside the bundle resolve from node_modules.
  const outfile = path.join(root, 'build', 'bench-mail-timing.cjs');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-mail-'));
  try {
    await bundleTypeScript(path.join(root, 'bench', 'lib', 'mail-timing.ts'), outfile, [
      'better-sqlite3',
      'pdfjs-dist',
      'mammoth',
    ]);
    const timing = createRequire(import.meta.url)(outfile);
    const mbox = path.join(dir, 'bench.mbox');
    await timing.writeMbox(mbox, MESSAGES);
    // Its own process, so the peak memory measured is the import's.
    const child = await timeProcess(process.execPath, [outfile, 'import', mbox, path.join(dir, 'import')]);
    const result = JSON.parse(child.stdout.trim().split('\n').pop());
    const peakMb = child.maxRssKb / 1024;
    if (result.failed > 0 || result.imported + result.duplicates !== MESSAGES + MESSAGES / 50) {
      throw new Error(`the generated mailbox did not import as expected: ${child.stdout}`);
    }
    const search = timing.timeSearch(path.join(dir, 'search'), SOURCES, 200);
    const p95 = percentile(search.plain, 95);
    const filteredP95 = percentile(search.filtered, 95);
    return section(
      title,
      [
        [`mbox of ${MESSAGES.toLocaleString()} messages`, `${(statSync(mbox).size / 1048576).toFixed(0)} MB`],
        [
          'import',
          `${(result.ms / 1000).toFixed(1)} s (${Math.round((MESSAGES / result.ms) * 1000)} messages/s)`,
        ],
        [
          '  imported, duplicates, new attachments',
          `${result.imported}, ${result.duplicates}, ${result.attachments}`,
        ],
        ['  peak memory of the import process', mb(child.maxRssKb)],
        [
          '  10 ms timer lateness during import, p99 / max',
          `${ms(result.lagP99Ms)} / ${ms(result.lagMaxMs)}`,
        ],
        [
          `build a library of ${SOURCES.toLocaleString()} messages`,
          `${(search.buildMs / 1000).toFixed(1)} s`,
        ],
        ['search, median / p95 (200 queries)', `${ms(median(search.plain))} / ${ms(p95)}`],
        [
          'search with custodian + date filters, median / p95',
          `${ms(median(search.filtered))} / ${ms(filteredP95)}`,
        ],
      ],
      [
        target(
          `import <= ${IMPORT_TARGET_MS / 1000} s`,
          result.ms <= IMPORT_TARGET_MS,
          `${(result.ms / 1000).toFixed(1)} s`,
        ),
        target(`peak memory <= ${MEMORY_TARGET_MB} MB`, peakMb <= MEMORY_TARGET_MB, mb(child.maxRssKb)),
        target(
          `responsive: timer <= ${LAG_TARGET_MS} ms late`,
          result.lagMaxMs <= LAG_TARGET_MS,
          ms(result.lagMaxMs),
        ),
        target(`search p95 <= ${SEARCH_P95_TARGET_MS} ms`, p95 <= SEARCH_P95_TARGET_MS, ms(p95)),
        target(
          `filtered search p95 <= ${SEARCH_P95_TARGET_MS} ms`,
          filteredP95 <= SEARCH_P95_TARGET_MS,
          ms(filteredP95),
        ),
      ],
    );
  } finally {
    rmSync(outfile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
