// Checks a matter file's history and versions the way an auditor would: the chain of entries unbroken, every
// version's content still the one whose fingerprint the history recorded, every sent mark in the history.
import type { MatterFile } from '../matter-file/matter-file';
import { canonicalJson } from '../versions/canonical-json';
import { PoolError, readPooled } from '../versions/content-pool';
import type { VersionMeta } from '../versions/version-store';
import { entryLabel, verifyChain, type ChainCheck, type HashText } from './hash-chain';
import type { HistoryEntry } from './history-entry';

export type HistoryCheck = ChainCheck & { entries: number; versions: number };

const FINGERPRINTED = new Set<HistoryEntry['kind']>(['draft-generated', 'draft-edited', 'version-sent']);

function contentFingerprint(pool: readonly string[], version: VersionMeta, hash: HashText): string {
  try {
    return hash(canonicalJson(readPooled(pool, version.content)));
  } catch (error) {
    if (error instanceof PoolError) return `unreadable: ${error.message}`;
    throw error;
  }
}

function versionProblem(file: Pick<MatterFile, 'versions' | 'history'>, hash: HashText): ChainCheck {
  const { drafts, pool } = file.versions;
  for (const [index, entry] of file.history.entries()) {
    if (!FINGERPRINTED.has(entry.kind) || !entry.contentHash) continue;
    const version = drafts
      .find((d) => d.draftId === entry.draftId)
      ?.versions.find((v) => v.number === entry.version);
    const label = entryLabel(entry, index);
    if (!version)
      return {
        ok: false,
        entry: index + 1,
        message: `Version ${entry.version} named by the history's ${label} is missing from the file.`,
      };
    if (contentFingerprint(pool, version, hash) !== entry.contentHash)
      return {
        ok: false,
        entry: index + 1,
        message: `Version ${version.number} of "${version.title}" was altered after it was saved: it no longer matches the fingerprint the history's ${label} recorded.`,
      };
  }
  for (const { draftId, versions } of drafts)
    for (const version of versions) {
      if (!version.sent) continue;
      const recorded = file.history.findIndex(
        (e) =>
          e.kind === 'version-sent' &&
          e.draftId === draftId &&
          e.version === version.number &&
          e.sentDate === version.sent!.date,
      );
      if (recorded < 0)
        return {
          ok: false,
          entry: 0,
          message: `Version ${version.number} of "${version.title}" is marked sent on ${version.sent.date}, but the history has no entry marking it sent: the mark was added outside Counsel Desk.`,
        };
    }
  return { ok: true };
}

/** The first problem found, or ok; entries and versions counted for the report. */
export function verifyHistory(file: Pick<MatterFile, 'versions' | 'history'>, hash: HashText): HistoryCheck {
  const counts = {
    entries: file.history.length,
    versions: file.versions.drafts.reduce((sum, d) => sum + d.versions.length, 0),
  };
  const chain = verifyChain(file.history, hash);
  if (!chain.ok) return { ...chain, ...counts };
  return { ...versionProblem(file, hash), ...counts };
}
