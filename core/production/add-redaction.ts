// Adds a phrase redaction to one record or to the whole production, as `counsel-desk redact` does. The phrase
// must occur in the text of the record (or of some record); the reason is one of the matter's, or is added to
// its list. A record that gets a redaction is partly withheld from then on, so the privilege log lists it.
import type { Excerpt } from '../excerpts/excerpt';
import type { MatterFile } from '../matter-file/matter-file';
import { isProduced, type MatterRecord } from '../records/record';
import { findPhrase, foldPhrase } from './phrase-match';
import {
  ambiguousReasonProblem,
  findReason,
  type BoxRedaction,
  type PhraseRedaction,
  type RedactionRect,
} from './redaction';

export interface RedactionRequest {
  phrase: string;
  reason: string;
  /** The record's index, or undefined for every record of the production. */
  recordIndex?: number;
  newId: () => string;
}

export type RedactionResult =
  | { problem: string }
  | {
      file: MatterFile;
      reason: string;
      reasonAdded: boolean;
      /** Occurrences found in each record's text, by index. */
      hits: { index: number; count: number }[];
      /** True when the same phrase was redacted there already (nothing changed). */
      already: boolean;
      /** Records that went out before the redaction: they need producing again. */
      producedBefore: number[];
    };

const textOf = (record: MatterRecord, excerpts: ReadonlyMap<string, Excerpt>) =>
  excerpts.get(record.excerptId)?.text ?? '';

function partlyWithheld(record: MatterRecord, reason: string): MatterRecord {
  return {
    ...record,
    status: record.status === 'produced' ? 'partly-withheld' : record.status,
    basis: record.basis || reason,
  };
}

export function addPhraseRedaction(file: MatterFile, request: RedactionRequest): RedactionResult {
  const phrase = request.phrase.replace(/\s+/g, ' ').trim();
  if (!phrase) return { problem: 'The phrase to redact is empty; give the words to black out.' };
  const typedReason = request.reason.replace(/\s+/g, ' ').trim();
  if (!typedReason)
    return { problem: 'A redaction needs a reason, e.g. --reason "TRE 503 attorney-client".' };
  const excerpts = new Map(file.excerpts.map((e) => [e.id, e]));
  const scope = request.recordIndex === undefined ? file.records.map((_r, i) => i) : [request.recordIndex];
  const hits = scope
    .map((index) => ({ index, count: findPhrase(textOf(file.records[index]!, excerpts), phrase).length }))
    .filter((h) => h.count > 0 && (request.recordIndex !== undefined || isProduced(file.records[h.index]!)));
  if (hits.length === 0)
    return {
      problem:
        request.recordIndex === undefined
          ? `"${phrase}" is not in the text of any record produced; nothing was changed. (A scanned page has no text: black out a box on it with redact --box.)`
          : `"${phrase}" is not in the text of record ${request.recordIndex + 1}; nothing was changed. Check the spelling, or for a scanned page black out a box on it with redact --box.`,
    };
  const unclear = ambiguousReasonProblem(file.redactionReasons, typedReason);
  if (unclear) return { problem: unclear };
  const existing = findReason(file.redactionReasons, typedReason);
  const reason = existing ?? typedReason;
  const same = (r: { kind: string; phrase?: string }) =>
    r.kind === 'phrase' && foldPhrase(r.phrase ?? '') === foldPhrase(phrase);
  const already =
    request.recordIndex === undefined
      ? file.productionRedactions.some(same)
      : file.records[request.recordIndex]!.redactions.some(same);
  const redaction: PhraseRedaction = { id: request.newId(), kind: 'phrase', phrase, reason };
  const touched = new Set(hits.map((h) => h.index));
  const records = file.records.map((record, index) => {
    if (!touched.has(index)) return record;
    const withRedaction =
      request.recordIndex === index && !already
        ? { ...record, redactions: [...record.redactions, redaction] }
        : record;
    return partlyWithheld(withRedaction, reason);
  });
  const updated: MatterFile = {
    ...file,
    records,
    redactionReasons: existing ? file.redactionReasons : [...file.redactionReasons, reason],
    productionRedactions:
      request.recordIndex === undefined && !already
        ? [...file.productionRedactions, redaction]
        : file.productionRedactions,
  };
  return {
    file: updated,
    reason,
    reasonAdded: !existing,
    hits,
    already,
    producedBefore: hits.filter((h) => file.records[h.index]!.produced).map((h) => h.index),
  };
}

export interface BoxRequest {
  recordIndex: number;
  /** The page of the record, from 1. */
  page: number;
  /** Points from the top-left corner of the page as seen. */
  rect: RedactionRect;
  reason: string;
  newId: () => string;
}

/** A box blacked out on one page of a record: the page must be one the record has, when its pages are known. */
export function addBoxRedaction(
  file: MatterFile,
  request: BoxRequest,
): { problem: string } | { file: MatterFile; reason: string; reasonAdded: boolean } {
  const record = file.records[request.recordIndex]!;
  const typedReason = request.reason.replace(/\s+/g, ' ').trim();
  if (!typedReason)
    return { problem: 'A redaction needs a reason, e.g. --reason "TRE 503 attorney-client".' };
  const pages = record.printedPages;
  if (pages > 0 && request.page > pages)
    return {
      problem: `Record ${request.recordIndex + 1} has ${pages} page${pages === 1 ? '' : 's'}; there is no page ${request.page} to black out.`,
    };
  const { width, height } = request.rect;
  if (!(width > 0 && height > 0)) return { problem: 'A box needs a width and a height above 0 points.' };
  const unclear = ambiguousReasonProblem(file.redactionReasons, typedReason);
  if (unclear) return { problem: unclear };
  const existing = findReason(file.redactionReasons, typedReason);
  const reason = existing ?? typedReason;
  const box: BoxRedaction = {
    id: request.newId(),
    kind: 'box',
    page: request.page,
    rect: request.rect,
    reason,
  };
  const records = file.records.map((r, i) =>
    i === request.recordIndex ? partlyWithheld({ ...r, redactions: [...r.redactions, box] }, reason) : r,
  );
  return {
    file: {
      ...file,
      records,
      redactionReasons: existing ? file.redactionReasons : [...file.redactionReasons, reason],
    },
    reason,
    reasonAdded: !existing,
  };
}
