// Before export: the matter's excerpts are compared with their sources in the library, and the ones whose
// source changed or is gone are put in words for the export dialog, with the exhibits (records attached as
// exhibits) that use them.
import type { MatterFile } from '../../core/api/contract';
import type { ExcerptStatus } from '../../core/excerpts/excerpt-check';
import { recordViews } from '../../core/records/record-views';
import { desk } from '../api/desk-client';

export interface FlaggedExcerpt {
  excerptId: string;
  status: Exclude<ExcerptStatus, 'ok'>;
  /** "the source changed since you quoted it" or "the source is no longer in the library". */
  reason: string;
  /** What the library says, with what to do. */
  message: string;
  /** The start of the quoted text, so the user recognises it. */
  quote: string;
  /** "Exhibit B" for each exhibit made of it; empty for a quotation only. */
  usedBy: string[];
}

export const REASONS: Record<FlaggedExcerpt['status'], string> = {
  changed: 'The source changed since you quoted it',
  missing: 'The source is no longer in the library',
};

const shorten = (text: string, max = 90) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The flagged excerpts, or a message when the library could not be asked (the user may still export). */
export async function reviewExcerpts(
  file: MatterFile,
): Promise<{ flagged: FlaggedExcerpt[]; problem?: string }> {
  if (file.excerpts.length === 0) return { flagged: [] };
  const result = await desk().checkExcerpts({ excerpts: file.excerpts });
  if (!result.ok) {
    return {
      flagged: [],
      problem: `The excerpts could not be checked against the library: ${result.error.message}`,
    };
  }
  const exhibits = exhibitsWithExcerpts(file);
  const flagged: FlaggedExcerpt[] = [];
  for (const check of result.value) {
    if (check.status === 'ok') continue;
    const excerpt = file.excerpts.find((e) => e.id === check.excerptId);
    flagged.push({
      excerptId: check.excerptId,
      status: check.status,
      reason: REASONS[check.status],
      message: check.message,
      quote: excerpt ? shorten(excerpt.text) : '',
      usedBy: exhibits
        .filter((exhibit) => exhibit.excerptId === check.excerptId)
        .map((exhibit) => `Exhibit ${exhibit.label}`),
    });
  }
  return { flagged };
}

/** Each exhibit's label, description and the excerpt holding its text ('' for a record only described). */
function exhibitsWithExcerpts(file: MatterFile) {
  const excerptIdOf = new Map(file.records.map((r) => [r.id, r.excerptId]));
  return recordViews(file).exhibits.map((view) => ({
    label: view.exhibitLabel,
    description: view.description,
    excerptId: excerptIdOf.get(view.id) ?? '',
  }));
}
