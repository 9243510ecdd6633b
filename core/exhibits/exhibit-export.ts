// What the DOCX exporter needs for the exhibits a letter encloses: each exhibit's label, description,
// citation and text laid out into pages, and its Bates range, all read from the records views.
import type { PageRange } from './bates';
import type { BatesSettings } from './exhibit';
import type { RecordView } from '../records/record-views';

export interface PreparedExhibit {
  id: string;
  label: string;
  description: string;
  /** Where the text comes from, e.g. "General Order 301.00, § 3.2, at 4-5". */
  citation: string;
  /** Text pages after the cover page; the first starts with the citation. */
  pages: string[][];
  /** Cover page plus text pages. */
  pageCount: number;
  /** The exhibit's pages counted through the whole production, from the Bates start (or from 1). */
  range: PageRange;
}

export interface ExhibitExportSet {
  exhibits: PreparedExhibit[];
  bates: BatesSettings;
}

/** The enclosed records as exhibits; a record not produced has no Bates range, so it counts its own pages. */
export function exhibitExportSet(enclosed: readonly RecordView[], bates: BatesSettings): ExhibitExportSet {
  return {
    exhibits: enclosed.map((view) => ({
      id: view.id,
      label: view.exhibitLabel,
      description: view.description,
      citation: view.citation,
      pages: view.textPages,
      pageCount: view.pages,
      range: view.range ?? { first: 1, last: Math.max(view.pages, 1) },
    })),
    bates,
  };
}
