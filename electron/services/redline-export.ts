// A redline of two versions of a draft as DOCX bytes, for the CLI's `redline` and the app: either side is a
// kept version or the current draft bound to the matter as it is now (what an export would send today).
import { DeskError } from '../../core/api/result';
import type { BlockNode } from '../../core/document/model';
import { buildRedlineDocx } from '../../core/docx/redline-docx';
import type { Draft, MatterFile } from '../../core/matter-file/matter-file';
import type { CompareStats } from '../../core/versions/compare-versions';
import { readVersion } from '../../core/versions/draft-version';
import { authorName } from './author-name';
import { packDocx } from './docx-file';
import type { TemplateService } from './template-service';
import { todayIso } from '../../core/letter/letter-facts';

export interface RedlineSide {
  /** "version 2 (2025-03-12)" or "the current draft", for messages and the document's description. */
  label: string;
  title: string;
  body: BlockNode[];
  author: string;
  date: string;
}

export interface RedlineDraft {
  id: string;
  title: string;
  /** The draft as it is now; absent for a draft deleted since its versions were kept. */
  current?: Draft;
}

/** A kept version, or (`'current'`) the draft bound to the matter now. */
export async function redlineSide(
  file: MatterFile,
  draft: RedlineDraft,
  which: number | 'current',
  templates: TemplateService,
): Promise<RedlineSide> {
  if (which !== 'current') {
    const { meta, content } = readVersion(file.versions, draft.id, which, draft.title);
    return {
      label: `version ${which} (${meta.savedAt.slice(0, 10)})`,
      title: content.title,
      body: content.body,
      author: meta.author,
      date: meta.savedAt,
    };
  }
  if (!draft.current)
    throw new DeskError(
      'not-found',
      `"${draft.title}" was deleted from the matter, so it has no current draft; compare two of its versions.`,
    );
  const bound = await templates.bind(file, draft.current, { today: todayIso() });
  return {
    label: 'the current draft',
    title: draft.current.title,
    body: bound.document.children,
    author: await authorName(),
    date: new Date().toISOString(),
  };
}

export interface Redline {
  bytes: Buffer;
  stats: CompareStats;
  description: string;
}

export async function redlineDocx(
  file: MatterFile,
  before: RedlineSide,
  after: RedlineSide,
): Promise<Redline> {
  const description = `Redline of ${before.label} against ${after.label}`;
  const { document, stats } = buildRedlineDocx(
    {
      title: `${after.title} (redline)`,
      subject: file.matter.inquiry.subject,
      author: file.matter.counsel.name,
      before: before.body,
      after: after.body,
      description,
    },
    { author: after.author, date: after.date },
  );
  return { bytes: await packDocx(document), stats, description };
}
