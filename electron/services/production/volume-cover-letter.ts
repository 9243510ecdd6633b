// The volume's cover letter: the matter's letter that encloses the production (a draft of a template whose
// front matter says `encloses: exhibits`, a production cover letter before a response), bound fresh to the
// matter as this production leaves it (so it states the numbers just stamped), written as DOCX and PDF. The
// records of this volume are in it already, so only the exhibits the letter encloses from elsewhere (an
// earlier volume, a paper record) follow the letter in its files.
import { buildDocx } from '../../../core/docx/build-docx';
import { exhibitExportSet } from '../../../core/exhibits/exhibit-export';
import { todayIso } from '../../../core/letter/letter-facts';
import { matterParts, type Draft, type MatterFile } from '../../../core/matter-file/matter-file';
import { fromSnapshot } from '../../../core/pipeline/template-snapshot';
import { packDocx } from '../docx-file';
import { stopsOf } from '../export-service';
import { printDocumentPdf } from '../letter-pdf';
import { TemplateService } from '../template-service';
import type { HtmlPrinter } from './printer';
import type { VolumeWriter } from './volume-writer';

export interface CoverLetterInput {
  volume: string;
  /** The matter as this production leaves it: records with the numbers just stamped. */
  file: MatterFile;
  /** Records produced in this volume. */
  producedIds: ReadonlySet<string>;
  printer: () => Promise<HtmlPrinter>;
  /** The templates folder, for drafts from older files that keep no template of their own. */
  templatesDir?: string;
  now: Date;
}

async function enclosesExhibits(draft: Draft, templates: TemplateService | undefined): Promise<boolean> {
  try {
    if (draft.template) return fromSnapshot(draft.template).template.encloses === 'exhibits';
    if (!templates) return false;
    return (await templates.load()).templates.get(draft.templateId)?.encloses === 'exhibits';
  } catch {
    return false;
  }
}

/** The letter to send with the volume: a production letter before any other, the latest changed first. */
export async function coverLetterDraft(
  drafts: readonly Draft[],
  templates?: TemplateService,
): Promise<Draft | undefined> {
  const candidates: Draft[] = [];
  for (const draft of drafts)
    if (!draft.damaged && (await enclosesExhibits(draft, templates))) candidates.push(draft);
  const rank = (d: Draft) => (/production/i.test(d.templateId) ? 1 : 0);
  return candidates.sort((a, b) => rank(b) - rank(a) || b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** Writes "<volume> Cover Letter.docx" and ".pdf"; returns what the user should know about it. */
export async function writeCoverLetter(writer: VolumeWriter, input: CoverLetterInput): Promise<string[]> {
  const templates = input.templatesDir ? new TemplateService(input.templatesDir) : undefined;
  const draft = await coverLetterDraft(input.file.drafts, templates);
  if (!draft)
    return [
      'No cover letter was included: the matter has no draft of a letter that encloses records (a production cover letter or a response). Generate one and produce again, or send the volume with a letter of your own.',
    ];
  const bound = await (templates ?? new TemplateService('')).bind(matterParts(input.file), draft, {
    today: todayIso(input.now),
  });
  const elsewhere = bound.enclosed.filter((view) => !input.producedIds.has(view.id));
  const options = {
    exhibits: bound.docx.exhibits,
    ...(elsewhere.length > 0
      ? { exhibitSet: exhibitExportSet(elsewhere, input.file.exhibitSettings.bates) }
      : {}),
    markDraft: stopsOf(bound).length > 0,
  };
  const base = `${input.volume} Cover Letter`;
  await writer.write(`${base}.docx`, await packDocx(buildDocx(bound.document, options)));
  const printed = await printDocumentPdf(bound.document, options, await input.printer());
  await writer.write(`${base}.pdf`, printed.bytes);
  const notes = [
    `The cover letter is "${draft.title}", bound to the matter as this production leaves it (${base}.docx and .pdf${elsewhere.length > 0 ? `, with ${elsewhere.length} enclosed exhibit${elsewhere.length === 1 ? '' : 's'} not in this volume after it` : ''}).`,
  ];
  const stops = stopsOf(bound);
  if (stops.length > 0)
    notes.push(
      `The cover letter is marked DRAFT: ${stops.length} thing${stops.length === 1 ? '' : 's'} must be fixed before it is sent (counsel-desk review lists them).`,
    );
  return notes;
}
