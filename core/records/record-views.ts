// Derives everything the letters show about records from the one records list: exhibit labels, page counts,
// Bates ranges, the production index and the privilege log. Nothing here is stored; the bind step calls it.
import { formatCitation } from '../excerpts/citation';
import type { Excerpt } from '../excerpts/excerpt';
import { formatBates, formatBatesRange, type PageRange } from '../exhibits/bates';
import type { ExhibitSettings } from '../exhibits/exhibit';
import { labelsById } from '../exhibits/exhibit-label';
import { lineCount, paginate } from '../exhibits/exhibit-pages';
import { planBates } from '../production/bates-plan';
import { nextBatesNumber, type Production } from '../production/production';
import { canEnclose, isProduced, isWithheld, type MatterRecord } from './record';

/** A record as templates and the exporter see it: every derived value filled in. */
export interface RecordView {
  id: string;
  /** Place in the records list, from 1. */
  number: number;
  description: string;
  date: string;
  documentType: string;
  author: string;
  recipients: string;
  subject: string;
  status: MatterRecord['status'];
  basis: string;
  piaException: string;
  attorneys: string;
  redactedPages: string;
  /** "1, 3(a)". */
  requestNumbers: string;
  /** "A" when attached as an exhibit, else empty. */
  exhibitLabel: string;
  /** The log's control number: the one typed, else "R-3" from the record's place in the list. */
  controlNumber: string;
  /** "withheld" or "redacted" (partly withheld), as the log's Action column says it. */
  action: string;
  pages: number;
  /** Bates numbers of a produced record when numbering is on; empty otherwise. */
  batesStart: string;
  batesEnd: string;
  batesRange: string;
  /** Citation of the text when the record has one, e.g. "General Order 301.00, § 3.2, at 4-5". */
  citation: string;
  /** The text laid out in pages after the cover page (empty for a record only described). */
  textPages: string[][];
  /** Numeric page range through the production (from the Bates start, or 1). */
  range: PageRange | null;
}

export interface RecordViews {
  all: RecordView[];
  /** Produced in whole or in part, in list (and Bates) order. */
  produced: RecordView[];
  /** Withheld in whole or in part: the privilege log. */
  withheld: RecordView[];
  /** Attached as lettered exhibits that go out (produced in whole or part), in label order. */
  exhibits: RecordView[];
  /**
   * What a reference to a record prints after "Exhibit": its label, or "[withheld]" / "[not responsive]" for a
   * record still ticked as an exhibit that may not go out. A record not here was deleted or is no exhibit.
   */
  referenceLabels: ReadonlyMap<string, string>;
}

export interface RecordSource {
  records: readonly MatterRecord[];
  excerpts: readonly Excerpt[];
  exhibitSettings: ExhibitSettings;
  /** The productions made so far: numbering continues after the last number they used. */
  productions?: readonly Pick<Production, 'last'>[];
}

function layout(record: MatterRecord, excerpt: Excerpt | undefined) {
  // A record with pages of its own (its PDF, or its file printed) is counted and produced by those pages.
  if (record.printedPages > 0)
    return {
      citation: excerpt ? formatCitation(excerpt) : '',
      textPages: [] as string[][],
      pages: record.printedPages,
    };
  if (!excerpt) return { citation: '', textPages: [] as string[][], pages: record.pages };
  const citation = formatCitation(excerpt);
  const textPages = paginate(excerpt.text, lineCount(citation) + 1);
  return { citation, textPages, pages: 1 + textPages.length };
}

// Laying out a long excerpt into pages costs milliseconds, and the bind step runs at every keystroke in the
// form, where the records rarely change: the last answer is kept while the records, the excerpts (item by
// item) and the settings are the same objects. Changes are made by replacing objects, never in place.
let last: { source: RecordSource; settings: string; views: RecordViews } | undefined;

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

export function recordViews(source: RecordSource): RecordViews {
  const previous = last?.source;
  if (
    previous &&
    sameItems(previous.records, source.records) &&
    sameItems(previous.excerpts, source.excerpts) &&
    previous.productions === source.productions &&
    last!.settings === JSON.stringify(source.exhibitSettings)
  )
    return last!.views;
  const views = computeViews(source);
  // A copy of the lists: a caller that changes an item in place of the list it passed is still seen.
  last = {
    source: { ...source, records: [...source.records], excerpts: [...source.excerpts] },
    settings: JSON.stringify(source.exhibitSettings),
    views,
  };
  return views;
}

function computeViews(source: RecordSource): RecordViews {
  const excerpts = new Map(source.excerpts.map((e) => [e.id, e]));
  // Only exhibits that go out are lettered, so the letters a reader sees run A, B, C without a gap.
  const labels = labelsById(source.records.filter(canEnclose), source.exhibitSettings.labelStyle);
  const bates = source.exhibitSettings.bates;
  const laidOut = source.records.map((record) => layout(record, excerpts.get(record.excerptId)));
  const producedIndexes = source.records.flatMap((r, i) => (isProduced(r) ? [i] : []));
  // Records produced before keep their numbers; the others follow the last number any production used.
  const producedRecords = producedIndexes.map((i) => source.records[i]!);
  const start = bates.enabled
    ? nextBatesNumber(
        bates.start,
        source.productions ?? [],
        producedRecords.map((r) => r.produced),
      )
    : 1;
  const plan = planBates(
    producedRecords.map((r, i) => ({
      id: r.id,
      pages: laidOut[producedIndexes[i]!]!.pages,
      produced: r.produced,
    })),
    bates,
    start,
  );
  const rangeOf = new Map(producedIndexes.map((recordIndex, i) => [recordIndex, plan.ranges[i]!]));
  const all = source.records.map((record, index): RecordView => {
    const range = rangeOf.get(index) ?? null;
    const stamped = bates.enabled && range !== null;
    const excerpt = excerpts.get(record.excerptId);
    return {
      id: record.id,
      number: index + 1,
      description: record.description || excerpt?.sourceTitle || '',
      date: record.date,
      documentType: record.documentType,
      author: record.author,
      recipients: record.recipients,
      subject: record.subject,
      status: record.status,
      basis: record.basis,
      piaException: record.piaException,
      attorneys: record.attorneys,
      redactedPages: record.redactedPages,
      requestNumbers: record.requestNumbers.join(', '),
      exhibitLabel: labels.get(record.id) ?? '',
      controlNumber: record.controlNumber || `R-${index + 1}`,
      action: record.status === 'partly-withheld' ? 'redacted' : 'withheld',
      ...laidOut[index]!,
      batesStart: stamped ? formatBates(range, range.first) : '',
      batesEnd: stamped ? formatBates(range, range.last) : '',
      batesRange: stamped ? formatBatesRange(range, range) : '',
      range: range && { first: range.first, last: range.last },
    };
  });
  return {
    all,
    produced: all.filter((view) => isProduced(view)),
    withheld: all.filter((view) => isWithheld(view)),
    exhibits: all.filter((view) => view.exhibitLabel !== ''),
    referenceLabels: new Map(
      source.records.flatMap((record, i): [string, string][] => {
        if (!record.exhibit) return [];
        const label = all[i]!.exhibitLabel;
        return [[record.id, label || (record.status === 'withheld' ? '[withheld]' : '[not responsive]')]];
      }),
    ),
  };
}
