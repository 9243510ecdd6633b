// Upgrades matter files and matter JSON written by version 1 (letter dates and record lists in the matter,
// exhibits as a list of their own) to the current shape. Works on plain JSON before validation, so every
// value a user typed is carried over; nothing is dropped.
import { parseRequestNumbers } from '../records/record';
import { upgradeFieldPaths, type PathContext } from './migrate-field-paths';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What version 1 kept in the matter and version 2 keeps elsewhere. */
export interface LiftedFromMatter {
  matter: Json;
  /** Records produced and withheld, as records of the one list. */
  records: Json[];
  /** The one letter date and delivery line every draft used to share. */
  letter: { date: string; deliveryLine: string };
}

function producedRecord(entry: Json, index: number): Json {
  return {
    id: `migrated-produced-${index + 1}`,
    description: str(entry.description),
    date: str(entry.date),
    pages: typeof entry.pages === 'number' ? entry.pages : 0,
    requestNumbers: parseRequestNumbers(str(entry.requestNumbers)),
    status: 'produced',
  };
}

function withheldRecord(entry: Json, index: number): Json {
  return {
    id: `migrated-withheld-${index + 1}`,
    description: str(entry.subject) || str(entry.documentType),
    controlNumber: str(entry.controlNumber),
    date: str(entry.date),
    documentType: str(entry.documentType),
    author: str(entry.author),
    recipients: str(entry.recipients),
    subject: str(entry.subject),
    basis: str(entry.basis),
    status: entry.action === 'redacted' ? 'partly-withheld' : 'withheld',
    requestNumbers: parseRequestNumbers(str(entry.requestNumbers)),
  };
}

/** A version 1 matter becomes a version 2 matter plus what moved out of it; other versions pass through. */
export function liftMatterV1(json: unknown): LiftedFromMatter | undefined {
  if (!isObject(json) || json.schemaVersion !== 1) return undefined;
  const response = isObject(json.response) ? json.response : {};
  const { letterDate, deliveryLine, produced, withheld, ...restResponse } = response;
  const inquiry = isObject(json.inquiry) ? json.inquiry : {};
  const requests = list(inquiry.requests).map((request) => {
    const { exhibitIds: _exhibits, sourceIds: _sources, ...rest } = request;
    return rest;
  });
  return {
    matter: { ...json, schemaVersion: 2, inquiry: { ...inquiry, requests }, response: restResponse },
    records: [...list(produced).map(producedRecord), ...list(withheld).map(withheldRecord)],
    letter: { date: str(letterDate), deliveryLine: str(deliveryLine) },
  };
}

/** Requests whose matrix row listed the exhibit, by number. */
function requestsAnswering(matter: Json, exhibitId: string): string[] {
  const inquiry = isObject(matter.inquiry) ? matter.inquiry : {};
  return list(inquiry.requests)
    .filter((r) => Array.isArray(r.exhibitIds) && r.exhibitIds.includes(exhibitId))
    .map((r) => str(r.number));
}

// Which shipped letters carried the exhibits; version 1 sent every exhibit with every letter.
const ENCLOSING_TEMPLATES = new Set(['substantive-response', 'production-cover-letter']);

function upgradeDraft(draft: Json, lifted: LiftedFromMatter, exhibitIds: string[], paths: PathContext): Json {
  const { document, ...rest } = draft;
  // A document that cannot be read is kept whole as the body, so the damaged-draft check names it and a save
  // keeps it as it was.
  const body = isObject(document) && Array.isArray(document.children) ? document.children : document;
  return {
    ...rest,
    letter: {
      ...lifted.letter,
      exhibitIds: ENCLOSING_TEMPLATES.has(str(draft.templateId)) ? exhibitIds : [],
    },
    body: upgradeFieldPaths(body, paths),
    base: null,
  };
}

/** Where the records of the old lists stand in the new views, for the chips of the old drafts. */
function pathContext(lifted: LiftedFromMatter, exhibitRecords: Json[]): PathContext {
  const produced = lifted.records.filter((r) => r.status === 'produced');
  const withheld = lifted.records.filter((r) => r.status !== 'produced');
  return {
    root: { ...lifted.matter, records: { produced: [...exhibitRecords, ...produced], withheld } },
    producedOffset: exhibitRecords.length,
  };
}

/** A version 1, 2 or 3 `.cdesk` file in the current shape; any other JSON is returned as it is. */
export function upgradeMatterFileJson(json: unknown): unknown {
  const v2 = upgradeV1(json);
  // Version 3 added the drafts' versions and the history, both empty until the file is next saved.
  const v3 = isObject(v2) && v2.fileVersion === 2 ? { ...v2, fileVersion: 3 } : v2;
  // Version 4 added redactions and productions, none until the user adds them.
  return isObject(v3) && v3.fileVersion === 3 ? { ...v3, fileVersion: 4 } : v3;
}

function upgradeV1(json: unknown): unknown {
  if (!isObject(json) || json.fileVersion !== 1) return json;
  const lifted = liftMatterV1(json.matter);
  if (!lifted) return json;
  const exhibits = list(json.exhibits);
  const exhibitRecords = exhibits.map((exhibit) => ({
    id: str(exhibit.id),
    description: str(exhibit.description),
    excerptId: str(exhibit.excerptId),
    exhibit: true,
    status: 'produced',
    requestNumbers: requestsAnswering(isObject(json.matter) ? json.matter : {}, str(exhibit.id)),
  }));
  const { exhibits: _old, ...rest } = json;
  return {
    ...rest,
    fileVersion: 2,
    matter: lifted.matter,
    records: [...exhibitRecords, ...lifted.records],
    // New letters start from the delivery line every letter used to share.
    letterDefaults: lifted.letter.deliveryLine ? { deliveryLine: lifted.letter.deliveryLine } : {},
    drafts: list(json.drafts).map((d) =>
      upgradeDraft(
        d,
        lifted,
        exhibitRecords.map((r) => r.id),
        pathContext(lifted, exhibitRecords),
      ),
    ),
  };
}
