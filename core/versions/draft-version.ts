// What a version of a draft holds, and reading one back from the matter file. A version keeps the letter as
// the attorney had it when saving: its title, its own facts (date, addressees, …) and its text.
import { DeskError } from '../api/result';
import { checkBlocks } from '../document/document-schema';
import type { BlockNode } from '../document/model';
import { letterFactsSchema, type LetterFacts } from '../letter/letter-facts';
import type { Draft } from '../matter-file/matter-file';
import { PoolError, readPooled } from './content-pool';
import { versionsOf, type VersionMeta, type VersionStore } from './version-store';

export interface VersionContent {
  title: string;
  letter: LetterFacts;
  body: BlockNode[];
}

export interface StoredVersion {
  meta: VersionMeta;
  content: VersionContent;
}

export const versionContentOf = (draft: Pick<Draft, 'title' | 'letter' | 'body'>): VersionContent => ({
  title: draft.title,
  letter: draft.letter,
  body: draft.body,
});

/** "versions 1–5", for messages. */
export function versionRange(versions: readonly VersionMeta[]): string {
  if (versions.length === 0) return 'no versions yet (one is kept at each save)';
  const first = versions[0]!.number;
  const last = versions.at(-1)!.number;
  return first === last ? `only version ${first}` : `versions ${first}–${last}`;
}

function contentFrom(value: unknown): VersionContent | string {
  if (value === null || typeof value !== 'object') return 'it is not a version';
  const { title, letter, body } = value as Record<string, unknown>;
  if (typeof title !== 'string') return 'it has no title';
  const facts = letterFactsSchema.safeParse(letter);
  if (!facts.success) return 'its letter facts are damaged';
  const blocks = checkBlocks(body);
  if (!blocks.ok) return blocks.problem;
  return { title, letter: facts.data, body: blocks.blocks };
}

/** Reads version `number` of a draft; a missing or damaged version is a DeskError naming it. */
export function readVersion(
  store: VersionStore,
  draftId: string,
  number: number,
  draftTitle: string,
): StoredVersion {
  const versions = versionsOf(store, draftId);
  const meta = versions.find((v) => v.number === number);
  if (!meta)
    throw new DeskError(
      'not-found',
      `"${draftTitle}" has no version ${number}; it has ${versionRange(versions)}.`,
    );
  let content: VersionContent | string;
  try {
    content = contentFrom(readPooled(store.pool, meta.content));
  } catch (error) {
    if (!(error instanceof PoolError)) throw error;
    content = error.message;
  }
  if (typeof content === 'string')
    throw new DeskError(
      'invalid-file',
      `Version ${number} of "${draftTitle}" cannot be read (${content}). The file was damaged or edited outside Counsel Desk; the draft itself and its other versions are not affected.`,
    );
  return { meta, content };
}
