// What a template and the linked fields of a draft read: the matter, this letter's own facts and the views
// derived from the records list. Built once per bind; the render and the field refresh read the same object.
import type { Draft, MatterFile } from '../matter-file/matter-file';
import { canEnclose } from '../records/record';
import { recordViews, type RecordView, type RecordViews } from '../records/record-views';

export interface LetterContext {
  context: Record<string, unknown>;
  views: RecordViews;
  /** The exhibits this letter encloses, in label order (withheld records and unknown ids left out). */
  enclosed: RecordView[];
}

export function letterContext(
  file: Pick<MatterFile, 'matter' | 'records' | 'excerpts' | 'exhibitSettings'>,
  draft: Pick<Draft, 'letter'>,
): LetterContext {
  const views = recordViews(file);
  const chosen = new Set(draft.letter.exhibitIds);
  const enclosed = views.exhibits.filter(
    (view) => chosen.has(view.id) && canEnclose({ ...view, exhibit: true }),
  );
  const context = {
    ...file.matter,
    letter: { ...draft.letter, exhibits: enclosed },
    records: {
      all: views.all,
      produced: views.produced,
      withheld: views.withheld,
      exhibits: views.exhibits,
      batesNumbering: file.exhibitSettings.bates.enabled,
      redacted: views.withheld.filter((view) => view.status === 'partly-withheld'),
      attorneysNamed: views.withheld.some((view) => view.attorneys.trim() !== ''),
    },
  };
  return { context, views, enclosed };
}
