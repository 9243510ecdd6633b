// Turns a draft into DOCX bytes exactly as the CLI does: bind it to the matter as it is now (the one bind
// step in core), refuse an incomplete letter unless asked not to, build the docx Document, pack it.
import { DeskError } from '../../core/api/result';
import type { Draft } from '../../core/matter-file/matter-file';
import { buildDocx, type DocxOptions } from '../../core/docx/build-docx';
import { todayIso } from '../../core/letter/letter-facts';
import type { BindOptions, BindProblem, BoundDraft } from '../../core/pipeline/bind-draft';
import { packDocx } from './docx-file';
import type { MatterParts, TemplateService } from './template-service';

export interface DocxExport {
  bytes: Buffer;
  /** A suggested file name, e.g. "Response to AG inquiry.docx". */
  fileName: string;
  /** What stopped a clean export (empty fields as "Label (path)", then other stops); it was marked DRAFT. */
  incomplete: string[];
  problems: BindProblem[];
  bound: BoundDraft;
}

// Characters Windows, macOS or Linux refuse in file names (control characters included), and the
// direction controls (U+200E/F, U+202A–E, U+2066–9) that would show "…docx" reversed in a file manager.
const unsafeInFileName = (ch: string): boolean =>
  '\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 32 || /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(ch);

export const safeFileName = (title: string, extension = '.docx'): string =>
  `${
    [...title]
      .map((ch) => (unsafeInFileName(ch) ? ' ' : ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim() || 'Draft'
  }${extension}`;

/** What stops a clean export, one line each: empty fields as "Label (path)" (so the app can go to them). */
export const stopsOf = (bound: BoundDraft): string[] => [
  ...bound.missing.map((f) => `${f.label} (${f.path})`),
  ...bound.problems.filter((p) => p.severity === 'stop' && p.kind !== 'empty-field').map((p) => p.message),
];

export class ExportService {
  constructor(private readonly templates: TemplateService) {}

  boot(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * `options.today` defaults to the computer's date. Excerpt checks need the library, which this service does not
   * hold: a caller that has it (the app's export) passes `excerptChecks`.
   */
  async exportDocx(
    draft: Draft,
    parts: MatterParts,
    allowIncomplete: boolean,
    options: Pick<DocxOptions, 'font' | 'fontSizePt'> & Pick<BindOptions, 'today' | 'excerptChecks'> = {},
  ): Promise<DocxExport> {
    const { today = todayIso(), excerptChecks, ...docxOptions } = options;
    const bound = await this.templates.bind(parts, draft, {
      today,
      ...(excerptChecks ? { excerptChecks } : {}),
    });
    const incomplete = stopsOf(bound);
    if (incomplete.length > 0 && !allowIncomplete) {
      throw new DeskError(
        'incomplete-matter',
        `The letter is not ready to send: ${incomplete.join('; ')}. Fix ${incomplete.length === 1 ? 'it' : 'them'}, or export anyway as a marked draft.`,
        incomplete,
      );
    }
    const doc = buildDocx(bound.document, {
      ...bound.docx,
      ...docxOptions,
      markDraft: incomplete.length > 0,
    });
    const bytes = await packDocx(doc);
    return { bytes, fileName: safeFileName(draft.title), incomplete, problems: bound.problems, bound };
  }
}
