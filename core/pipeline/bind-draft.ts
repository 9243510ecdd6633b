// The bind step: the one place a draft meets its matter. Given the draft and a fresh render of its template
// (render-letter.ts), it merges the render into the attorney's draft (merge-render.ts), fills every linked
// field and exhibit reference from the matter, derives the title, subject, author and continuation header,
// picks the exhibits the letter encloses, and returns every problem as a value. The app's editor, its export,
// the CLI and the benchmarks all call it; nothing else derives a letter from the matter.
import type { ExhibitExportSet } from '../exhibits/exhibit-export';
import { exhibitExportSet } from '../exhibits/exhibit-export';
import { refreshExhibitRefs } from '../exhibits/exhibit-refs';
import type { BlockNode, ContentBlock, DocumentModel } from '../document/model';
import { isMatterUpdate } from '../document/model';
import { blocksToPlainText } from '../document/plain-text';
import type { Draft, MatterFile } from '../matter-file/matter-file';
import { countChangedPassages } from '../merge/describe-changes';
import { mergeRender } from '../merge/merge-render';
import { repathFields } from '../merge/repath-fields';
import type { RecordView, RecordViews } from '../records/record-views';
import { missingRequiredFields, refreshFields, type UnfilledField } from '../template/refresh-fields';
import { bindProblems, type BindProblem } from './bind-problems';
import { letterContext } from './letter-context';
import { scanLetter } from './letter-scan';
import { reviewProblems, type BindOptions } from './review-rules';
import { snapshotFlags } from './template-snapshot';

export type { BindProblem } from './bind-problems';
export type { BindOptions, ReviewFlags } from './review-rules';

export interface BoundDraft {
  /** The body to keep: the merged draft with current values (passages under review included). */
  body: BlockNode[];
  /** The render to keep as the draft's base for the next bind. */
  base: BlockNode[];
  /** The letter as it goes out: the attorney's text where a passage is under review. */
  document: DocumentModel;
  /** The body's passages changed in this bind (the stored draft was out of date with the matter). */
  changed: boolean;
  /** Passages the matter changed where the attorney had edited them, waiting for review. */
  pendingUpdates: number;
  /**
   * For a draft from an earlier version (no render kept to compare with): how many of its passages differ
   * from what the matter gives now. They are kept exactly as written and count as the attorney's own text.
   */
  earlierVersionDifferences?: number;
  problems: BindProblem[];
  /** Fields the letter cannot go out with (required and empty, or holding "[Confirm: …]"), once per path. */
  missing: UnfilledField[];
  /** The exhibits enclosed with this letter, in label order. */
  enclosed: RecordView[];
  views: RecordViews;
  /** The DocxOptions that put the enclosed exhibits after the letter. */
  docx: { exhibits: { id: string; label: string }[]; exhibitSet?: ExhibitExportSet };
}

const firstLine = (text: string): string =>
  text
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';

/**
 * What heads later pages: the first address block's first line; in a document addressed to no one (a log, an
 * affidavit), its first heading, the title it bears; else the first recipient.
 */
function addressee(blocks: readonly BlockNode[], fallback: string): string {
  const block = blocks.find((b) => b.type === 'address-block') ?? blocks.find((b) => b.type === 'heading');
  return (block ? firstLine(blocksToPlainText([block])) : '') || fallback;
}

const dateLine = (blocks: readonly BlockNode[]): string => {
  const block = blocks.find((b) => b.type === 'date-line');
  return block ? firstLine(blocksToPlainText([block])) : '';
};

/** The letter as it goes out: passages under review keep the attorney's text until reviewed. */
const outgoing = (body: readonly BlockNode[]): ContentBlock[] =>
  body.flatMap((block) => (isMatterUpdate(block) ? block.children : [block]));

export function bindDraft(
  file: Pick<MatterFile, 'matter' | 'records' | 'excerpts' | 'exhibitSettings'>,
  draft: Pick<Draft, 'title' | 'letter' | 'body' | 'base' | 'template'>,
  rendered: BlockNode[],
  options: BindOptions = {},
): BoundDraft {
  const { context, views, enclosed } = letterContext(file, draft);
  const merged = mergeRender(draft.base ?? rendered, draft.body, rendered);
  const body = refreshExhibitRefs(
    refreshFields(repathFields(merged.body, rendered), context),
    views.referenceLabels,
  );
  const children = outgoing(body);
  const { matter } = file;
  const city = matter.respondent.city.trim();
  const document: DocumentModel = {
    title: city && !draft.title.includes(city) ? `${draft.title} — ${city}` : draft.title,
    subject: matter.inquiry.subject,
    author: matter.counsel.name,
    continuation: {
      addressee: addressee(children, draft.letter.addressees[0]?.name ?? matter.recipients[0]?.name ?? ''),
      // The date page 1 bears, read from its date line as the addressee is read from the address, so the
      // two agree even after the attorney retyped it. A document without a date line carries none.
      date: dateLine(children),
    },
    children,
  };
  const pendingUpdates = body.filter(isMatterUpdate).length;
  const missing = missingRequiredFields(children);
  const found = bindProblems({ file, draft, views, enclosed, body, missing, children });
  const review = reviewProblems({
    ...{ file, draft, views, enclosed, body, missing, children },
    scan: scanLetter(children),
    // The template's flags come from the draft's own template (the parse its render used, kept in a cache), so
    // every caller of bindDraft gets them without passing anything; a draft that keeps no template (an older
    // file) gets them from its caller, which reads the template from the folder.
    flags: options.template ?? snapshotFlags(draft.template),
    options,
    changed: merged.changed,
    reported: found,
  });
  return {
    body,
    base: rendered,
    document,
    changed: merged.changed,
    pendingUpdates,
    ...(draft.base === null ? { earlierVersionDifferences: countChangedPassages(draft.body, rendered) } : {}),
    problems: [...found, ...review],
    missing,
    enclosed,
    views,
    docx: {
      exhibits: [...views.referenceLabels].map(([id, label]) => ({ id, label })),
      ...(enclosed.length > 0 ? { exhibitSet: exhibitExportSet(enclosed, file.exhibitSettings.bates) } : {}),
    },
  };
}
