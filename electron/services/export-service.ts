// Turns a draft into DOCX bytes exactly as the CLI does: bind it to the matter as it is now (the one bind
// step in core), refuse an incomplete letter unless asked not to, build the docx Document, pack it.
import { DeskError } from '../../core/api/result';
import type { Draft } from '../../core/matter-file/matter-file';
import { buildDocx, type DocxOptions } from '../../core/docx/build-docx';
import type { BindProblem, BoundDraft } from '../../core/pipeline/bind-draft';
import { packDocx } from './docx-file';
import type { MatterParts, TemplateService } from './template-service';

export interface DocxExport {
  bytes: Buffer;
  /** A suggested file name, e.g. "Response to AG inquiry.docx". */
  fileName: string;
  /** Labels and paths of required fields that were still empty. */
  incomplete: string[];
  problems: BindProblem[];
  bound: BoundDraft;
}

// Characters Windows, macOS or Linux refuse in file names (control characters included).
const unsafeInFileName = (ch: string): boolean => '\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 32;

export const safeFileName = (title: string, extension = '.docx'): string =>
  `${
    [...title]
      .map((ch) => (unsafeInFileName(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim() || 'Draft'
  }${extension}`;

export class ExportService {
  constructor(private readonly templates: TemplateService) {}

  boot(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  async exportDocx(
    draft: Draft,
    parts: MatterParts,
    allowIncomplete: boolean,
    options: Pick<DocxOptions, 'font' | 'fontSizePt'> = {},
  ): Promise<DocxExport> {
    const bound = await this.templates.bind(parts, draft);
    const incomplete = bound.missing.map((f) => `${f.label} (${f.path})`);
    if (incomplete.length > 0 && !allowIncomplete) {
      throw new DeskError(
        'incomplete-matter',
        `${incomplete.length === 1 ? 'A required field is' : `${incomplete.length} required fields are`} still empty: ${incomplete.join(', ')}. Fill ${incomplete.length === 1 ? 'it' : 'them'} in, or export anyway as a marked draft.`,
        incomplete,
      );
    }
    const doc = buildDocx(bound.document, { ...bound.docx, ...options, markDraft: incomplete.length > 0 });
    const bytes = await packDocx(doc);
    return { bytes, fileName: safeFileName(draft.title), incomplete, problems: bound.problems, bound };
  }
}
