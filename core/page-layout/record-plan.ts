// What the page view lays out for an exhibit the export may send as its record's own pages, given what is known
// of those pages (core/docx/exhibits-section.ts and electron/services/exhibit-pages decide the same): its
// cover, then one picture page per record page; a "Preparing the pages…" sheet after the cover while they are
// being made; the exhibit's text when they cannot be made, or are not as many as the letter counts.
import type { ExhibitSection } from './flow-exhibits';
import { paragraph } from './flow-types';

/** The record's pages: how many are known, or that they are still being made, or cannot be. */
export type RecordPagesKnown = { pages: number } | 'preparing' | 'failed';

export interface RecordPlan {
  blocks: ExhibitSection['blocks'];
  footer: ExhibitSection['footer'];
  /** Picture pages after the text pages (the record's own pages). */
  pictures: number;
}

export function recordPlan(exhibit: ExhibitSection, known: RecordPagesKnown | undefined): RecordPlan {
  const record = exhibit.record;
  const text = { blocks: exhibit.blocks, footer: exhibit.footer, pictures: 0 };
  if (!record || !known || known === 'failed') return text;
  if (known !== 'preparing' && known.pages !== record.pageCount) return text;
  const footer = () => `Exhibit ${record.label}`;
  if (known !== 'preparing') return { blocks: record.cover, footer, pictures: known.pages };
  const preparing = paragraph(
    [{ text: `Preparing the pages of Exhibit ${record.label}\u2026`, italic: true }],
    {
      align: 'center',
      beforePt: 216,
      pageBreakBefore: true,
    },
  );
  return { blocks: [...record.cover, preparing], footer, pictures: 0 };
}
