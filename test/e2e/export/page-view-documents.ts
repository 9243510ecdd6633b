// The documents the page view agreement test lays out: every template filled from the example matter and from
// a matter filled in everywhere (bound as the app binds them, exhibits included), a footnoted response, and the
// 300-page benchmark document with and without footnotes.
import type { ContentBlock, DocumentModel, FootnoteNode } from '../../../core/document/model';
import type { DocxOptions } from '../../../core/docx/build-docx';
import { marksDraft } from '../../../core/page-layout/page-spec';
import { bindDraft } from '../../../core/pipeline/bind-draft';
import { newDraft, renderDocument } from '../../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../../core/template/template-set';
import { readTemplateSources } from '../../../electron/services/template-files';
import { bigDocument } from '../../../bench/lib/big-document.mjs';
import { bigDraftBlocks } from '../../../bench/lib/editor-draft.mjs';
import { exampleFile, exampleLetter } from '../../templates/example-matter-file';
import { filledFile, filledLetter } from '../../templates/filled-matter-file';
import { shippedTemplateIds, TEMPLATES_DIR } from '../../templates/shipped-template-ids';

export const BIG = 'benchmark-300-pages';
export const FOOTNOTED = '-footnotes';
/** The editor benchmark's draft (bench/lib/editor-draft.mjs), the one the page view benchmark lays out. */
export const EDITOR_DRAFT = 'editor-benchmark-draft';

export interface Letter {
  name: string;
  model: DocumentModel;
  options: DocxOptions;
}

/** The document with a footnote after the first run of every `every`-th paragraph, short and long in turn. */
function withFootnotes(model: DocumentModel, every: number): DocumentModel {
  let count = 0;
  const note = (n: number): FootnoteNode => ({
    type: 'footnote',
    children: [
      {
        text:
          n % 2 === 0
            ? `See Tex. Gov't Code § 552.${100 + n}.`
            : `Note ${n}: the City reads this request as limited to records it holds, and it has asked the Department to confirm that no other office holds records of this kind; see the letter of March 7, 2025.`,
      },
    ],
  });
  const children = model.children.map((block): ContentBlock => {
    if (block.type !== 'paragraph' || block.children.length === 0) return block;
    count += 1;
    if (count % every !== 0) return block;
    const [first, ...rest] = block.children;
    return { ...block, children: [first!, note(count), ...rest] };
  });
  return { ...model, children };
}

export async function letters(): Promise<Letter[]> {
  const sources = await readTemplateSources(TEMPLATES_DIR);
  const set = buildTemplateSet(sources.templates, sources.partials);
  // The example, and a matter filled in everywhere (exhibits with text pages, Bates numbers on).
  const matters = [
    { which: 'example', file: exampleFile(), letter: exampleLetter() },
    { which: 'filled', file: filledFile(), letter: filledLetter() },
  ];
  const shipped = matters.flatMap(({ which, file, letter }) =>
    shippedTemplateIds().map((id) => {
      const draft = newDraft({ set, template: id, file, id, now: new Date(), letter });
      const bound = bindDraft(file, draft, draft.body);
      const options = { ...bound.docx, markDraft: marksDraft(bound) };
      return { name: `${which}-${id}`, model: bound.document, options };
    }),
  );
  const file = exampleFile();
  const big = bigDocument();
  const model = renderDocument(set, { path: `${BIG}.md`, text: big.template }, file);
  const response = shipped.find((letter) => letter.name === 'example-substantive-response')!;
  return [
    ...shipped,
    { ...response, name: 'example-substantive-response-footnotes', model: withFootnotes(response.model, 2) },
    { name: `${BIG}-footnotes`, model: withFootnotes(model, 7), options: {} },
    { name: BIG, model, options: {} },
    {
      name: EDITOR_DRAFT,
      model: {
        title: 'Benchmark: 300-page response',
        subject: '',
        author: '',
        continuation: { addressee: 'Office of the Attorney General of Texas', date: 'March 20, 2025' },
        children: bigDraftBlocks() as ContentBlock[],
      },
      options: {},
    },
  ];
}
