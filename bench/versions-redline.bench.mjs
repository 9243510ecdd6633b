// Section: compare two versions of the ~300-page benchmark draft (the document export-vs-pandoc exports),
// as the Versions panel does, and write their redline DOCX (Word tracked changes) against a clean export of the
// later version, in-process. Times are the process's CPU time (medians after a warm-up pass), which another job on
// the machine moves far less than wall time. Targets: compare <= 300 ms; redline <= 1.5 x the clean export (time
// and size).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTypeScript } from './lib/bundle-ts.mjs';
import { median, ms } from './lib/measure.mjs';
import { section, target } from './lib/section.mjs';

export const title = 'Compare two versions of a 300-page draft and write their redline DOCX (in-process)';

const RUNS = 7;
const COMPARE_MS = 300;
const RATIO = 1.5;

export async function run({ root }) {
  const { module, cleanup } = await loadTypeScript(path.join(root, 'bench', 'lib', 'redline-timing.ts'));
  try {
    const matter = JSON.parse(readFileSync(path.join(root, 'examples', 'dallas-ag-inquiry.json'), 'utf8'));
    const t = await module.timeRedline(path.join(root, 'templates'), matter, RUNS);
    // The first pass warms the JIT; the medians are of the rest.
    const compare = median(t.compare.slice(1));
    const clean = median(t.clean.ms.slice(1));
    const redline = median(t.redline.ms.slice(1));
    const timeRatio = redline / clean;
    const sizeRatio = t.redline.bytes / t.clean.bytes;
    const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
    return section(
      title,
      [
        ['draft', `${t.blocks} blocks (about 300 pages)`],
        [
          'changes found',
          `${t.stats.inserted} words inserted, ${t.stats.deleted} deleted, ${t.stats.formatted} formatting, ${t.stats.moved} moved`,
        ],
        ['compare', `median ${ms(compare)} (first ${ms(t.compare[0])})`],
        ['save keeping version 2 (compare, fingerprint, pool)', ms(t.save)],
        ['clean export (build + pack)', `median ${ms(clean)}, ${kb(t.clean.bytes)}`],
        ['redline export (compare + build + pack)', `median ${ms(redline)}, ${kb(t.redline.bytes)}`],
      ],
      [
        target(`compare <= ${COMPARE_MS} ms`, compare <= COMPARE_MS, ms(compare)),
        target(`redline time <= ${RATIO} x clean export`, timeRatio <= RATIO, `${timeRatio.toFixed(2)} x`),
        target(`redline size <= ${RATIO} x clean export`, sizeRatio <= RATIO, `${sizeRatio.toFixed(2)} x`),
      ],
    );
  } finally {
    cleanup();
  }
}
