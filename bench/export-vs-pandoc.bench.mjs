// Section: export a ~300-page document through our CLI and the same Markdown through pandoc, each as a whole
// process, alternating; medians, ratio and our peak memory. Targets: ours <= 1/4 of pandoc, < 300 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bigDocument } from './lib/big-document.mjs';
import { loadTypeScript } from './lib/bundle-ts.mjs';
import { alternate, mb, median, ms, timeProcess } from './lib/measure.mjs';
import { section, target } from './lib/section.mjs';

export const title = 'Export a 300-page document: Counsel Desk CLI vs pandoc';

const RUNS = 5;

function prepare(root) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counsel-desk-bench-'));
  const { template, markdown, city, counsel } = bigDocument();
  const matter = JSON.parse(readFileSync(path.join(root, 'examples', 'dallas-ag-inquiry.json'), 'utf8'));
  matter.respondent.city = city;
  matter.counsel.name = counsel;
  const files = {
    dir,
    template: path.join(dir, 'bench-300-pages.md'),
    matter: path.join(dir, 'matter.json'),
    markdown: path.join(dir, 'pandoc-input.md'),
    ours: path.join(dir, 'ours.docx'),
    model: path.join(dir, 'model.json'),
    cdesk: path.join(dir, 'matter.cdesk'),
    fromDraft: path.join(dir, 'from-draft.docx'),
    theirs: path.join(dir, 'pandoc.docx'),
  };
  writeFileSync(files.template, template);
  writeFileSync(files.matter, JSON.stringify(matter));
  writeFileSync(files.markdown, markdown);
  return files;
}

/**
 * The same document saved as a draft in a .cdesk matter file, as the app saves one: exporting it is the
 * attorney's real path (no Handlebars, no Markdown; linked fields refreshed from the matter).
 */
async function saveAsDraft(cli, files, env, root) {
  await timeProcess(
    process.execPath,
    [cli, 'render', '--matter', files.matter, '--template-file', files.template, '--out', files.model],
    { env },
  );
  const now = new Date().toISOString();
  const model = JSON.parse(readFileSync(files.model, 'utf8'));
  const partialsDir = path.join(root, 'templates', 'partials');
  const partials = readdirSync(partialsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({
      path: path.join(partialsDir, name),
      text: readFileSync(path.join(partialsDir, name), 'utf8'),
    }));
  const file = {
    format: 'counsel-desk-matter',
    fileVersion: 2,
    savedAt: now,
    matter: JSON.parse(readFileSync(files.matter, 'utf8')),
    drafts: [
      {
        id: 'bench-draft',
        templateId: 'bench-300-pages',
        title: 'Benchmark document',
        createdAt: now,
        updatedAt: now,
        letter: { date: '2025-03-20' },
        // As a new draft keeps them: its template, and the render it was made from.
        template: {
          template: { path: files.template, text: readFileSync(files.template, 'utf8') },
          partials,
        },
        body: model.children,
        base: model.children,
      },
    ],
  };
  writeFileSync(files.cdesk, JSON.stringify(file));
}

/** Where our time goes: the same export, stage by stage, in this process (modules loaded fresh, so cold). */
async function stageRows(root, files) {
  const { module, cleanup } = await loadTypeScript(path.join(root, 'bench', 'lib', 'export-stages.ts'));
  try {
    const times = await module.timeExportStages(path.join(root, 'templates'), files.template, files.matter);
    return times.map(([stage, time]) => [`  ${stage}`, ms(time)]);
  } finally {
    cleanup();
  }
}

/** CPU medians, ours / pandoc / saved draft, and the ratio they give: steadier than wall time on a busy machine. */
function cpuRow([ours, pandoc, draft]) {
  if (ours.some((r) => r.cpuMs === null)) return 'unknown (needs GNU time)';
  const [a, b, c] = [ours, pandoc, draft].map((runs) => median(runs.map((r) => r.cpuMs)));
  return `ours ${ms(a)}, pandoc ${ms(b)}, saved draft ${ms(c)}; ratio ${(a / b).toFixed(3)} (draft ${(c / b).toFixed(3)})`;
}

export async function run({ root }) {
  if (spawnSync('pandoc', ['--version']).status !== 0) {
    return section(title, [['pandoc', 'not installed (apt-get install pandoc); section skipped']]);
  }
  const files = prepare(root);
  const env = { ...process.env, COUNSEL_DESK_TEMPLATES: path.join(root, 'templates') };
  // The command a user runs (bin/counsel-desk.cjs), so its V8 code cache counts as it does for them; the
  // first run makes the cache, and it is one of the runs whose median is taken.
  const cli = path.join(root, 'bin', 'counsel-desk.cjs');
  const ours = () =>
    timeProcess(
      process.execPath,
      [cli, 'render', '--matter', files.matter, '--template-file', files.template, '--out', files.ours],
      { env },
    );
  const fromDraft = () =>
    timeProcess(
      process.execPath,
      [cli, 'render', '--matter', files.cdesk, '--draft', 'bench-draft', '--out', files.fromDraft],
      { env },
    );
  const theirs = () => timeProcess('pandoc', ['-f', 'gfm', '-t', 'docx', files.markdown, '-o', files.theirs]);
  try {
    await saveAsDraft(cli, files, env, root);
    const [ourRuns, pandocRuns, draftRuns] = await alternate(RUNS, [ours, theirs, fromDraft]);
    const draftMedian = median(draftRuns.map((r) => r.wallMs));
    const draftPeakKb = Math.max(...draftRuns.map((r) => r.maxRssKb ?? 0));
    const ourMedian = median(ourRuns.map((r) => r.wallMs));
    const pandocMedian = median(pandocRuns.map((r) => r.wallMs));
    const peakKb = Math.max(...ourRuns.map((r) => r.maxRssKb ?? 0));
    const ratio = ourMedian / pandocMedian;
    return section(
      title,
      [
        ['document', '3,000 paragraphs, 50 headings, 20 tables, 200 list items'],
        [
          'Counsel Desk median',
          `${ms(ourMedian)} (runs: ${ourRuns.map((r) => r.wallMs.toFixed(0)).join(', ')})`,
        ],
        [
          'pandoc median',
          `${ms(pandocMedian)} (runs: ${pandocRuns.map((r) => r.wallMs.toFixed(0)).join(', ')})`,
        ],
        ['ratio (ours / pandoc)', ratio.toFixed(3)],
        ['CPU time medians (user + system)', cpuRow([ourRuns, pandocRuns, draftRuns])],
        [
          'from a saved .cdesk draft (median)',
          `${ms(draftMedian)} (runs: ${draftRuns.map((r) => r.wallMs.toFixed(0)).join(', ')}), ratio ${(draftMedian / pandocMedian).toFixed(3)}, peak ${draftPeakKb ? mb(draftPeakKb) : 'unknown'}`,
        ],
        ['Counsel Desk peak memory', peakKb ? mb(peakKb) : 'unknown'],
        ['Counsel Desk stages (one cold in-process run)', ''],
        ...(await stageRows(root, files)),
        [
          'DOCX sizes',
          `ours ${(statSync(files.ours).size / 1024).toFixed(0)} KB, pandoc ${(statSync(files.theirs).size / 1024).toFixed(0)} KB`,
        ],
      ],
      [
        target('export time <= 0.25 x pandoc', ratio <= 0.25, `ratio ${ratio.toFixed(3)}`),
        target('peak memory < 300 MB', peakKb > 0 && peakKb < 300 * 1024, peakKb ? mb(peakKb) : 'unknown'),
      ],
    );
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
}
