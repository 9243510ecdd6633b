// Turns a draft into DOCX bytes with the same exporter the CLI uses: refresh linked fields from the matter,
// check required fields, build the docx Document, pack it. Refuses an incomplete matter unless asked not to.
import { DeskError } from '../../core/api/result';
import type { Draft } from '../../core/matter-file/matter-file';
import type { Matter } from '../../core/matter/schema';
import { buildDocx } from '../../core/docx/build-docx';
import { exhibitDocxOptions } from '../../core/docx/exhibit-options';
import type { ExhibitSource } from '../../core/exhibits/exhibit-export';
import { missingRequiredFields, refreshFields } from '../../core/template/refresh-fields';
import { packDocx } from './docx-file';

export interface DocxExport {
  bytes: Buffer;
  /** A suggested file name, e.g. "Response to AG inquiry.docx". */
  fileName: string;
  /** Labels and paths of required fields that were still empty. */
  incomplete: string[];
}

// Characters Windows, macOS or Linux refuse in file names (control characters included).
const unsafeInFileName = (ch: string): boolean => '\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 32;

const safeFileName = (title: string): string =>
  `${
    [...title]
      .map((ch) => (unsafeInFileName(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim() || 'Draft'
  }.docx`;

export class ExportService {
  boot(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  async exportDocx(
    draft: Draft,
    matter: Matter,
    allowIncomplete: boolean,
    exhibitPart?: ExhibitSource,
  ): Promise<DocxExport> {
    const children = refreshFields(draft.document.children, matter);
    const missing = missingRequiredFields(children).map((f) => `${f.label} (${f.path})`);
    if (missing.length > 0 && !allowIncomplete) {
      throw new DeskError(
        'incomplete-matter',
        `${missing.length === 1 ? 'A required field is' : `${missing.length} required fields are`} still empty: ${missing.join(', ')}. Fill ${missing.length === 1 ? 'it' : 'them'} in, or export anyway as a marked draft.`,
        missing,
      );
    }
    const exhibits = exhibitPart ? exhibitDocxOptions(exhibitPart) : {};
    const doc = buildDocx({ ...draft.document, children }, { ...exhibits, markDraft: missing.length > 0 });
    const bytes = await packDocx(doc);
    return { bytes, fileName: safeFileName(draft.title), incomplete: missing };
  }
}
