// The app's "Export redline DOCX": two versions of a draft (or a version and the current draft) written as a
// Word document with tracked changes, where the user chooses (desktop) or handed back for download (browser).
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { RedlineExport } from '../../core/api/version-requests';
import { DeskError } from '../../core/api/result';
import { checkBlocks } from '../../core/document/document-schema';
import type { BlockNode } from '../../core/document/model';
import { buildRedlineDocx } from '../../core/docx/redline-docx';
import { describeStats } from '../../core/versions/compare-versions';
import { writeFileAtomic } from '../services/atomic-write';
import { authorName } from '../services/author-name';
import { packDocx } from '../services/docx-file';
import { safeFileName } from '../services/export-service';
import type { Handler, HandlerContext } from './handler-types';

function blocksOf(body: BlockNode[], label: string): BlockNode[] {
  const checked = checkBlocks(body);
  if (!checked.ok)
    throw new DeskError(
      'bad-request',
      `The redline cannot be made: ${label} is damaged (${checked.problem}).`,
    );
  return checked.blocks;
}

async function target(
  given: string | undefined,
  fileName: string,
  ctx: HandlerContext,
): Promise<string | null> {
  if (given) return path.extname(given).toLowerCase() === '.docx' ? given : `${given}.docx`;
  if (!ctx.shell) return null;
  const chosen = await ctx.shell.chooseSavePath('docx', fileName);
  if (!chosen) throw new DeskError('cancelled', 'Export was cancelled.');
  return chosen;
}

export const exportRedline: Handler<'versions:export-redline'> = async (
  request,
  ctx,
): Promise<RedlineExport> => {
  const { before, after } = request;
  const description = `Redline of ${before.label} against ${after.label}`;
  const { document, stats } = buildRedlineDocx(
    {
      title: `${request.title} (redline)`,
      subject: request.subject,
      author: request.author,
      before: blocksOf(before.body, before.label),
      after: blocksOf(after.body, after.label),
      description,
    },
    { author: after.author || (await authorName()), date: after.date || new Date().toISOString() },
  );
  const bytes = await packDocx(document);
  const result = {
    fileName: safeFileName(`${request.title} - ${description}`),
    byteLength: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    summary: `${description.replace(/^Redline/, 'redline')}: ${describeStats(stats) || 'no changes'}`,
  };
  const where = await target(request.path, result.fileName, ctx);
  if (!where) return { ...result, path: '', base64: bytes.toString('base64') };
  try {
    await writeFileAtomic(where, bytes);
  } catch (error) {
    throw new DeskError(
      'io-error',
      `Could not write ${path.basename(where)} in ${path.dirname(where)} (${(error as NodeJS.ErrnoException).code ?? 'write failed'}). If the file is open in Word, close it and export again, or choose another place.`,
    );
  }
  return { ...result, path: where, fileName: path.basename(where), base64: '' };
};
