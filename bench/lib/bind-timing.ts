// Bundled by bind-update.bench.mjs: a ~300-page draft of the substantive response (the template's render
// plus 3,000 paragraphs the attorney wrote), then one matter change after another, each timed through the
// whole update: the template rendered for the matter now and merged into the draft by the bind step.
import { performance } from 'node:perf_hooks';
import { liftMatterV1 } from '../../core/matter-file/migrate-file';
import { newMatterFile, type MatterFile } from '../../core/matter-file/matter-file';
import type { BlockNode, ContentBlock } from '../../core/document/model';
import { matterSchema } from '../../core/matter/schema';
import { bindDraft } from '../../core/pipeline/bind-draft';
import { newDraft, renderLetter } from '../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';

const WORDS =
  'the city records policy request attorney general department police officer order response inquiry custodian production exhibit statute section chapter immigration enforcement'.split(
    ' ',
  );

function attorneyParagraph(index: number): ContentBlock {
  const words = Array.from({ length: 45 }, (_w, k) => WORDS[(index * 7 + k * 3) % WORDS.length]!);
  return { type: 'paragraph', children: [{ text: `${index}. ${words.join(' ')}.` }] };
}

export interface BindTimings {
  attorneyParagraphs: number;
  blocks: number;
  update: number[];
  local: number[];
}

export async function timeBindUpdates(
  templatesDir: string,
  matterJson: unknown,
  changes: number,
): Promise<BindTimings> {
  const sources = await readTemplateSources(templatesDir);
  const set = buildTemplateSet(sources.templates, sources.partials);
  const matter = matterSchema.parse(liftMatterV1(matterJson)?.matter ?? matterJson);
  matter.inquiry.requests = Array.from({ length: 20 }, (_r, i) => ({
    number: String(i + 1),
    text: `All records about topic ${i + 1}.`,
    status: 'pending' as const,
    answer: '',
    basis: '',
  }));
  const file: MatterFile = newMatterFile(matter);
  const draft = newDraft({
    set,
    sources,
    template: 'substantive-response',
    file,
    id: 'bench',
    now: new Date('2025-03-20T12:00:00'),
  });
  // The attorney's own text, spread through the letter: 3,000 paragraphs (about 300 pages) after every
  // tenth block of the render.
  const slots = Math.ceil(draft.body.length / 10);
  const perSlot = Math.ceil(3000 / slots);
  let extra = 0;
  const body: BlockNode[] = draft.body.flatMap((block, i) => {
    if (i % 10 !== 0) return [block];
    const count = Math.min(perSlot, 3000 - extra);
    return [block, ...Array.from({ length: count }, () => attorneyParagraph(extra++))];
  });
  let current = { ...draft, body };
  const update: number[] = [];
  const local: number[] = [];
  for (let i = 0; i < changes; i += 1) {
    const request = file.matter.inquiry.requests[i % 20]!;
    request.status = request.status === 'pending' ? 'withheld' : 'pending';
    file.matter = { ...file.matter };
    let started = performance.now();
    const bound = bindDraft(file, current, current.base ?? current.body);
    local.push(performance.now() - started);
    started = performance.now();
    const full = bindDraft(file, current, renderLetter(file, current));
    update.push(performance.now() - started);
    if (bound.body.length === 0) throw new Error('The bind returned an empty draft.');
    current = { ...current, body: full.body, base: full.base };
  }
  return { attorneyParagraphs: extra, blocks: current.body.length, update, local };
}
