// A matter with every field filled in, every switch on and one record of each status, for reading every part
// of every template: two exhibits with text (one enclosed), Bates numbering on, and a letter with addressees
// and enclosures of its own.
import type { LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { recordSchema, type MatterRecord } from '../../core/records/record';
import { policyExcerpt } from '../support/excerpt-fixture';
import { exampleFile } from './example-matter-file';
import { FILLED_CUSTOM_FIELDS, FILLED_PRODUCTION_LETTER } from './filled-custom-fields';

const record = (fields: Partial<MatterRecord> & { id: string }): MatterRecord => recordSchema.parse(fields);

const ORDER_TEXT =
  '3.2 Officers will not stop or contact any person for the sole purpose of determining immigration status.\n\n' +
  '3.3 Officers are permitted, but not required, to ask about the immigration status of persons lawfully detained or arrested.';

export const FILLED_RECORDS: MatterRecord[] = [
  record({
    id: 'order',
    description: 'General Order 301.00, Immigration Enforcement',
    excerptId: 'order-text',
    date: '2017-10-01',
    documentType: 'General order',
    status: 'produced',
    requestNumbers: ['1'],
    exhibit: true,
  }),
  record({
    id: 'training',
    description: 'Senate Bill 4 training presentation',
    date: '2017-08-15',
    documentType: 'Training presentation',
    status: 'produced',
    requestNumbers: ['2'],
    pages: 46,
  }),
  record({
    id: 'emails',
    description: 'Emails with federal partners about detainers',
    date: '2024-06-03',
    documentType: 'Email chain',
    author: 'Deputy Chief R. Alvarez',
    recipients: 'ICE Dallas Field Office',
    subject: 'Scheduling of detainer transfers',
    status: 'partly-withheld',
    basis: "Tex. Gov't Code § 552.108(a)(1)",
    piaException: "Tex. Gov't Code § 552.108(a)(1)",
    requestNumbers: ['3'],
    pages: 5,
    controlNumber: 'DPD-LOG-001',
  }),
  record({
    id: 'advice',
    description: 'Memorandum of legal advice',
    date: '2017-08-20',
    documentType: 'Memorandum',
    author: 'Assistant City Attorney J. Doe',
    recipients: 'Chief of Police',
    subject: 'Legal advice on Senate Bill 4',
    status: 'withheld',
    basis: "Tex. Gov't Code § 552.107(1) (attorney-client privilege)",
    piaException: "Tex. Gov't Code §§ 552.107(1), 552.111",
    requestNumbers: ['3'],
  }),
  record({
    id: 'bulletin',
    description: 'Roll-call bulletin of February 21, 2025',
    excerptId: 'bulletin-text',
    date: '2025-02-21',
    documentType: 'Bulletin',
    status: 'produced',
    requestNumbers: ['1', '3'],
    exhibit: true,
  }),
  record({ id: 'press', description: 'Press clipping', status: 'not-responsive' }),
];

/** Every field filled: the example with its empty dates set, every option on, and records of each status. */
export function filledFile(): MatterFile {
  const file = exampleFile();
  const { matter } = file;
  matter.inquiry.receivedDate = '2025-03-10';
  matter.inquiry.deadline = '2025-04-07';
  matter.requestingOffice.email = 'opinion.committee@oag.texas.gov';
  matter.response.policies.forEach((policy) => (policy.effectiveDate = '2017-10-01'));
  matter.response.production.medium = 'as searchable PDF files on the enclosed USB drive';
  matter.recipients = [
    {
      name: 'Jane Roe',
      title: 'Assistant Attorney General',
      organization: 'Office of the Attorney General of Texas',
      address: 'P.O. Box 12548\nAustin, Texas 78711-2548',
      email: 'jane.roe@oag.texas.gov',
    },
  ];
  matter.preservation = {
    recipients: [
      { name: 'Michael T. Igo', title: 'Interim Chief of Police' },
      { name: 'Kimberly Bizor Tolbert', title: 'City Manager' },
      { name: 'Pat Doe', title: 'Chief Information Officer' },
    ],
    preserveFrom: '2017-01-01',
    videoScope: "every contact in which an officer asked about a person's immigration status",
    acknowledgeBy: '2025-03-14',
  };
  matter.publicInformationRequest = {
    requestorName: 'Alex Reporter',
    requestorOrganization: 'The Dallas Ledger',
    requestorAddress: '100 Main Street\nDallas, Texas 75201',
    requestorEmail: 'alex@ledger.example',
    requestDate: '2025-03-14',
    receivedDate: '2025-03-17',
    text: 'All records the City sent to the Attorney General in response to its letter of March 7, 2025.',
  };
  matter.briefing = {
    meetingDate: '2025-04-09',
    agendaItem: "the Attorney General's inquiry into the City's enforcement of immigration laws",
    recommendation: 'Authorize the City Attorney to respond by the stated deadline.',
  };
  matter.representation = {
    exposureNote: 'The Attorney General has not, so far, named any official personally.',
    separateCounsel: 'The City will consider a request to pay for separate counsel.',
  };
  matter.options = {
    treatAsPublicInformationRequest: true,
    reservationOfRights: true,
    unswornDeclaration: true,
  };
  matter.custom = { ...matter.custom, ...FILLED_CUSTOM_FIELDS };
  file.records = structuredClone(FILLED_RECORDS);
  file.excerpts = [
    policyExcerpt('order-text', ORDER_TEXT),
    policyExcerpt(
      'bulletin-text',
      'All officers: the general order on immigration status inquiries is unchanged.',
      {
        identifier: 'Roll-call bulletin 2025-07',
        section: '',
        pageStart: 1,
        pageEnd: 1,
        sourcePageCount: 1,
        wholeSource: true,
      },
    ),
  ];
  file.exhibitSettings = {
    labelStyle: 'letters',
    bates: { enabled: true, prefix: 'COD-AG-', start: 101, digits: 7 },
  };
  return file;
}

/** A letter of its own: dated, sent by email and mail, enclosing Exhibit B only and a log. */
export const filledLetter = (): Partial<LetterFacts> => ({
  date: '2025-04-02',
  deliveryLine: 'Via Email and Certified Mail, Return Receipt Requested',
  exhibitIds: ['bulletin'],
  enclosures: ['Log of records withheld or redacted'],
  custom: FILLED_PRODUCTION_LETTER,
});

/** The same letter addressed to two people of its own instead of the requesting office. */
export const addressedLetter = (): Partial<LetterFacts> => ({
  ...filledLetter(),
  addressees: [
    {
      name: 'John Smith',
      title: 'Division Chief',
      organization: 'Office of the Attorney General of Texas',
      address: '300 W. 15th Street\nAustin, Texas 78701',
      email: '',
    },
    { name: 'Mary Major', title: '', organization: '', address: 'Austin, Texas', email: 'mary@example.org' },
  ],
});
