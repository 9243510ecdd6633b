// Gathers what the DOCX exporter needs for the exhibit set of a matter: each exhibit's label, description,
// citation and text laid out into pages, and the Bates range each one gets.
import { formatCitation } from '../excerpts/citation';
import type { Excerpt } from '../excerpts/excerpt';
import { batesRanges, type PageRange } from './bates';
import type { BatesSettings, Exhibit, ExhibitSettings } from './exhibit';
import { exhibitLabel } from './exhibit-label';
import { lineCount, paginate } from './exhibit-pages';

export interface PreparedExhibit {
  id: string;
  label: string;
  description: string;
  /** Where the text comes from, e.g. "General Order 301.00, § 3.2, at 4-5". */
  citation: string;
  sourceTitle: string;
  /** Text pages after the cover page; the first starts with the citation. */
  pages: string[][];
  /** Cover page plus text pages. */
  pageCount: number;
  /** The exhibit's pages counted through the whole set, from the Bates start (or from 1). */
  range: PageRange;
}

export interface ExhibitExportSet {
  exhibits: PreparedExhibit[];
  bates: BatesSettings;
}

export interface ExhibitSource {
  exhibits: readonly Exhibit[];
  excerpts: readonly Excerpt[];
  exhibitSettings: ExhibitSettings;
}

/** Throws when an exhibit's excerpt is missing from the matter (a broken file): the message names it. */
export function prepareExhibitSet(file: ExhibitSource): ExhibitExportSet {
  const excerpts = new Map(file.excerpts.map((e) => [e.id, e]));
  const drafts = file.exhibits.map((exhibit, index) => {
    const label = exhibitLabel(index, file.exhibitSettings.labelStyle);
    const excerpt = excerpts.get(exhibit.excerptId);
    if (!excerpt) {
      throw new Error(
        `Exhibit ${label} (${exhibit.description || 'no description'}) has lost its text: excerpt ${exhibit.excerptId} is not in the matter. Attach the source again.`,
      );
    }
    const citation = formatCitation(excerpt);
    const pages = paginate(excerpt.text, lineCount(citation) + 1);
    return {
      id: exhibit.id,
      label,
      description: exhibit.description || excerpt.sourceTitle,
      citation,
      sourceTitle: excerpt.sourceTitle,
      pages,
      pageCount: 1 + pages.length,
    };
  });
  const start = file.exhibitSettings.bates.enabled ? file.exhibitSettings.bates.start : 1;
  const ranges = batesRanges(
    drafts.map((d) => d.pageCount),
    start,
  );
  return {
    exhibits: drafts.map((d, i) => ({ ...d, range: ranges[i]! })),
    bates: file.exhibitSettings.bates,
  };
}
