// Times the policy library for `npm run bench` (bundled by bench/library.bench.mjs): importing a 200-page
// PDF, and searching a library of 1,000 sources.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFiles } from '../../electron/services/library/import-files';
import { LibraryDatabase } from '../../electron/services/library/library-database';
import { makePdf } from '../../test/support/pdf-fixture';

const WORDS = (
  'policy officer detainer request immigration enforcement supervisor report federal agency legal unit ' +
  'custody release warrant training procedure review record department city council chief memorandum ' +
  'communication directive compliance complaint investigation arrest booking jail sheriff notice form'
).split(' ');

function words(seed: number, count: number): string {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]!);
  }
  return out.join(' ');
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

export async function timeImport200Pages(runs = 3): Promise<number[]> {
  const pages = Array.from({ length: 200 }, (_, p) => [
    `${(p % 9) + 1}.${(p % 4) + 1} Section heading ${p + 1}`,
    ...Array.from({ length: 40 }, (_, l) => words(p * 100 + l, 12)),
  ]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-library-'));
  try {
    const pdf = path.join(dir, 'two-hundred-pages.pdf');
    writeFileSync(pdf, makePdf(pages, { title: 'General Order 999.00' }));
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const library = LibraryDatabase.open(path.join(dir, `library-${run}`));
      const started = now();
      const [outcome] = await importFiles(library, [pdf]);
      times.push(now() - started);
      library.close();
      if (outcome?.status !== 'imported' || outcome.source.pageCount !== 200) {
        throw new Error(`the 200-page PDF did not import: ${JSON.stringify(outcome)}`);
      }
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function timeSearch(sources = 1000, queries = 200): number[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-search-'));
  try {
    const library = LibraryDatabase.open(dir);
    for (let s = 0; s < sources; s++) {
      const pages = Array.from({ length: 3 }, (_, p) => words(s * 10 + p, 350));
      const text = pages.join('\n\n');
      let offset = 0;
      const spans = pages.map((page, i) => {
        const span = { page: i + 1, start: offset, end: offset + page.length + 2 };
        offset = span.end;
        return span;
      });
      library.insert({
        title: `Source ${s} ${words(s, 3)}`,
        kind: 'policy',
        identifier: `General Order ${s}.00`,
        effectiveDate: '',
        fileName: `source-${s}.txt`,
        sha256: String(s).padStart(64, '0'),
        text,
        pages: spans,
        sections: [],
      });
    }
    const times: number[] = [];
    for (let q = 0; q < queries; q++) {
      const query = words(q * 7 + 3, 1 + (q % 3));
      const started = now();
      library.search(query, 20);
      times.push(now() - started);
    }
    library.close();
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
