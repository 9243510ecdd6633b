// What the export says when an exhibit that is a whole record cannot go out as its own pages: which exhibit,
// why, what goes out instead (its retyped text, or only its slip sheet) and what to do. Never silent.
import type { PreparedExhibit } from '../../../core/exhibits/exhibit-export';
import type { BindProblem } from '../../../core/pipeline/bind-draft';
import { RecordPdfError } from '../production/load-record-pdf';
import { PdfOpenError } from '../production/pdf-reader';
import { PrinterUnavailableError } from '../production/printer';
import { RecordSourceError } from '../production/record-sources';
import { RecordPagesUnavailable } from './record-page-images';

/** Why the pages could not be made, as words after "not its own pages: ". */
export function whyNoPages(error: unknown, recordName: string, fileTitle: string): string {
  if (error instanceof RecordSourceError) {
    const [first = ''] = error.problems;
    return first.startsWith(`${recordName}: `) ? first.slice(recordName.length + 2) : first;
  }
  if (error instanceof PrinterUnavailableError)
    return `its file (${fileTitle}) must be printed to pages, and no printer could be started. ${error.message}`;
  if (error instanceof PdfOpenError) return `its pages could not be drawn (${error.message})`;
  if (error instanceof RecordPagesUnavailable || error instanceof RecordPdfError) return error.message;
  return `its pages could not be made (${error instanceof Error ? error.message : String(error)})`;
}

export function noPagesProblem(exhibit: PreparedExhibit, why: string): BindProblem {
  const instead =
    exhibit.pages.length > 0
      ? 'the export encloses its retyped text instead'
      : 'the export encloses only its slip sheet, saying paper copies follow';
  const reason = why.replace(/[.;\s]+$/, '');
  return {
    kind: 'exhibit-pages-unavailable',
    severity: 'warn',
    recordId: exhibit.id,
    message: `Exhibit ${exhibit.label} (${exhibit.description || 'no description'}) is not enclosed as its own pages: ${reason}. Until that is fixed, ${instead}.`,
  };
}
