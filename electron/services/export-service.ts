// Turns a draft into DOCX bytes exactly as the CLI does: bind it to the matter as it is now (the one bind
// step in core), refuse an incomplete letter unless asked not to, draw the pages of the whole records it
// encloses (exhibit-pages/), build the docx Document, pack it.
import { DeskError } from '../../core/api/result';
import type { Draft } from '../../core/matter-file/matter-file';
import { buildDocx, type DocxOptions } from '../../core/docx/build-docx';
import { todayIso } from '../../core/letter/letter-facts';
import type { BindOptions, BindProblem, BoundDraft } from '../../core/pipeline/bind-draft';
import { packDocx } from './docx-file';
import { encloseRecordPages, type ExhibitPagesSource } from './exhibit-pages/enclosed-record-pages';
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
  /**
   * `pages` is where whole records' own pages come from (the library's originals and a printer); an exporter
   * built without it (unit tests) encloses every exhibit as text or a slip sheet, as before.
   */
  constructor(
    private readonly templates: TemplateService,
    private readonly pages?: ExhibitPagesSource,
  ) {}

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
    const bindOptions = { today, ...(excerptChecks ? { excerptChecks } : {}) };
    const bind = (from: MatterParts) => this.templates.bind(from, draft, bindOptions);
    const first = await bind(parts);
    const refused = stopsOf(first);
    if (refused.length > 0 && !allowIncomplete) {
      throw new DeskError(
        'incomplete-matter',
        `The letter is not ready to send: ${refused.join('; ')}. Fix ${refused.length === 1 ? 'it' : 'them'}, or export anyway as a marked draft.`,
        refused,
      );
    }
    // Whole records go out as their own pages; what cannot be drawn is reported with the bind's problems.
    const enclosed =
      this.pages && first.docx.exhibitSet
        ? await encloseRecordPages(this.pages, parts, first, bind)
        : { bound: first, images: new Map(), problems: [] };
    const { bound } = enclosed;
    // A partly withheld record drawn as its pages has its redactions burned in: its text does not go out.
    const asPages = (p: BindProblem) =>
      p.kind === 'partly-withheld-exhibit' && enclosed.images.has(p.recordId!);
    const problems = [...bound.problems.filter((p) => !asPages(p)), ...enclosed.problems];
    const incomplete = stopsOf(bound);
    const doc = buildDocx(bound.document, {
      ...bound.docx,
      ...docxOptions,
      exhibitPageImages: enclosed.images,
      markDraft: incomplete.length > 0,
    });
    const bytes = await packDocx(doc);
    return { bytes, fileName: safeFileName(draft.title), incomplete, problems, bound };
  }
}
