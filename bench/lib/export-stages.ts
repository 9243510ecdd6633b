// Bundled by export-stages.bench.mjs: the CLI's export of the benchmark document, stage by stage, in one
// fresh process (so the first, cold pass is what a user waits for), to show where the time goes.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../../core/docx/build-docx';
import { validateMatter } from '../../core/matter/validate-matter';
import { renderDocument } from '../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../core/template/template-set';
import { packDocx } from '../../electron/services/docx-file';
import { readTemplateSources } from '../../electron/services/template-files';

export type StageTimes = [stage: string, ms: number][];

export async function timeExportStages(
  templatesDir: string,
  templateFile: string,
  matterFile: string,
): Promise<StageTimes> {
  const times: StageTimes = [];
  let last = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    times.push([stage, now - last]);
    last = now;
  };
  const { matter } = validateMatter(JSON.parse(readFileSync(matterFile, 'utf8')));
  if (!matter) throw new Error('The benchmark matter is invalid.');
  const set = buildTemplateSet([], (await readTemplateSources(templatesDir)).partials);
  lap('read matter and partials');
  const model = renderDocument(set, { path: templateFile, text: readFileSync(templateFile, 'utf8') }, matter);
  lap('render (Handlebars + markup -> model)');
  const doc = buildDocx(model, {});
  lap('buildDocx (model -> docx Document)');
  await packDocx(doc);
  lap('packDocx (Document -> bytes)');
  return times;
}
