// What can be opened or compared: a kept version of the draft, or the draft as it is in the editor now.
import type { BlockNode } from '../../core/document/model';
import { readVersion } from '../../core/versions/draft-version';
import { store } from '../app/desk-store';

export interface CompareSide {
  /** 'current', or the version's number. */
  key: 'current' | number;
  /** "version 3" or "the current draft", as the compare's title reads. */
  label: string;
  title: string;
  body: BlockNode[];
  /** A kept version's author and save time (a redline shows them on its changes). */
  author?: string;
  date?: string;
}

/** A kept version; a version that cannot be read is said so in an alert, and null returned. */
export function versionSide(draftId: string, number: number): CompareSide | null {
  const file = store.get().file;
  const title = file?.drafts.find((d) => d.id === draftId)?.title ?? '';
  if (!file) return null;
  try {
    const { meta, content } = readVersion(file.versions, draftId, number, title);
    return {
      key: number,
      label: `version ${number}`,
      title: content.title,
      body: content.body,
      author: meta.author,
      date: meta.savedAt,
    };
  } catch (error) {
    store.alert(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** The draft with everything typed so far, saved or not. */
export function currentSide(draftId: string): CompareSide | null {
  const draft = store.snapshot()?.drafts.find((d) => d.id === draftId);
  return draft ? { key: 'current', label: 'the current draft', title: draft.title, body: draft.body } : null;
}
