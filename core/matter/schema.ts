// The matter: the inquiry a city received and everything its response needs. This is the file format's
// source of truth; every other layer (templates, forms, CLI checks) reads field paths from it.
import { z } from 'zod';
import { dayOneGroups } from './day-one-schema';

/** 2: letter dates and records moved out of the matter (to each draft and to the records list). */
export const MATTER_SCHEMA_VERSION = 2;

// Date.parse rolls 2025-02-30 over to March 2, so the date must survive a round trip.
function isRealDate(value: string): boolean {
  if (value === '') return true;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date as YYYY-MM-DD, or empty while the user has not filled it in. */
export const isoDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date written as YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

const text = z.string().default('');
const date = isoDate.default('');

export const personSchema = z.object({
  name: text,
  title: text,
});

export const recipientSchema = z.object({
  name: text,
  title: text,
  organization: text,
  /** Street address, one line per line of the envelope. */
  address: text,
  email: text,
});

export const requestSchema = z.object({
  /** The number the requesting office gave the item, e.g. "1" or "3(a)". */
  number: z.string().min(1, 'needs a number, e.g. 1'),
  text: text,
  /** Response status and basis, filled in while the response is drafted. */
  status: z
    .enum(['pending', 'produced', 'withheld', 'partly-withheld', 'no-records', 'objection'])
    .default('pending'),
  answer: text,
  basis: text,
});

export const policySchema = z.object({
  /** e.g. a General Order number. */
  identifier: text,
  title: text,
  effectiveDate: date,
  /** Verbatim policy language quoted in the response. */
  quote: text,
  /** Pinpoint citation for the quote, e.g. "§ 3.2, p. 4". */
  pinpoint: text,
  exhibitLabel: text,
});

export const matterSchema = z.object({
  schemaVersion: z.literal(MATTER_SCHEMA_VERSION),
  /** A short name the user recognises the matter by. */
  title: text,
  /** Set on shipped examples, so nobody mistakes example values for facts. */
  exampleNotice: text,
  requestingOffice: z.object({
    agency: text,
    division: text,
    contactName: text,
    contactTitle: text,
    address: text,
    email: text,
    /** The greeting after "Dear", e.g. "General Paxton"; empty greets the contact by name. */
    salutation: text,
  }),
  inquiry: z.object({
    letterDate: date,
    receivedDate: date,
    referenceNumber: text,
    legalBasis: text,
    deliveryMethod: text,
    addressedTo: text,
    subject: text,
    requests: z.array(requestSchema).default([]),
    deadline: date,
  }),
  respondent: z.object({
    city: text,
    department: text,
    officials: z.array(personSchema).default([]),
  }),
  counsel: z.object({
    name: text,
    title: text,
    barNumber: text,
    office: text,
    address: text,
    phone: text,
    fax: text,
    email: text,
  }),
  signatory: z.object({
    name: text,
    title: text,
    barNumber: text,
  }),
  recipients: z.array(recipientSchema).default([]),
  cc: z.array(personSchema).default([]),
  response: z.object({
    positionSummary: text,
    policies: z.array(policySchema).default([]),
    facts: text,
    extensionDate: date,
    extensionReasons: text,
    clarifications: z.array(z.object({ topic: text, question: text })).default([]),
    /** The records custodian; `knowledge` says how the custodian knows the facts certified. */
    custodian: z.object({ name: text, title: text, department: text, county: text, knowledge: text }),
    searchDescription: text,
    /** The law the response states; empty uses the response template's own paragraph. */
    applicableLaw: text,
    /** The City's answer to the public statements the inquiry relies on. */
    statementsAnswer: text,
    /** How the City has read the requests, as the acknowledgment promises the response will say. */
    scope: z
      .object({ period: text, offices: text, communications: text })
      .default({ period: '', offices: '', communications: '' }),
    /** Which production the letter transmits, and on what medium. */
    production: z
      .object({ stage: z.enum(['complete', 'first-of-several']).default('complete'), medium: text })
      .default({ stage: 'complete', medium: '' }),
  }),
  options: z.object({
    treatAsPublicInformationRequest: z.boolean().default(false),
    reservationOfRights: z.boolean().default(true),
    /** Business records affidavit: signed as an unsworn declaration instead of before a notary. */
    unswornDeclaration: z.boolean().default(false),
  }),
  /** The litigation hold, a third party's PIA request, the council briefing, the officials' representation. */
  ...dayOneGroups(date),
  /** Fields a city's own templates add, by name: `custom.boardMeetingDate`. */
  custom: z.record(z.string(), z.string()).default({}),
});

export type Matter = z.infer<typeof matterSchema>;
export type MatterRequest = z.infer<typeof requestSchema>;
