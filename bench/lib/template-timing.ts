// Bundled by templates.bench.mjs: renders every template in-process and times each (template + matter ->
// document model, the step the editor runs on every template choice).
import { performance } from 'node:perf_hooks';
import { renderDocument } from '../../core/pipeline/render-draft';
import { validateMatter } from '../../core/matter/validate-matter';
import { buildTemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';

export interface TemplateTiming {
  id: string;
  msPerRender: number;
}

export async function timeTemplates(
  dir: string,
  matterJson: unknown,
  iterations: number,
): Promise<TemplateTiming[]> {
  const { matter, problems } = validateMatter(matterJson);
  if (!matter)
    throw new Error(`The benchmark matter is invalid: ${problems.map((p) => p.message).join('; ')}`);
  const sources = await readTemplateSources(dir);
  const set = buildTemplateSet(sources.templates, sources.partials);
  const timings: TemplateTiming[] = [];
  for (const id of [...set.templates.keys()].sort()) {
    for (let warm = 0; warm < 5; warm += 1) renderDocument(set, id, matter);
    const started = performance.now();
    for (let i = 0; i < iterations; i += 1) renderDocument(set, id, matter);
    timings.push({ id, msPerRender: (performance.now() - started) / iterations });
  }
  return timings;
}
