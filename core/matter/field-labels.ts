// Plain-words names for matter fields, shown in forms, placeholders and validation messages.
import { DAY_ONE_LABELS } from './day-one-labels';
import { LETTER_AND_RECORD_LABELS } from './letter-and-record-labels';
import { allMatterPaths, normalizePath } from './matter-paths';

const LABELS: Record<string, string> = {
  ...LETTER_AND_RECORD_LABELS,
  ...DAY_ONE_LABELS,
  schemaVersion: 'File format version',
  title: 'Matter name',
  exampleNotice: 'Example notice',
  requestingOffice: 'Requesting office',
  'requestingOffice.agency': 'Requesting agency',
  'requestingOffice.division': 'Requesting division',
  'requestingOffice.contactName': 'Contact at the requesting office',
  'requestingOffice.contactTitle': "Contact's title",
  'requestingOffice.address': 'Requesting office address',
  'requestingOffice.email': 'Requesting office email',
  inquiry: 'Inquiry',
  'inquiry.letterDate': 'Date of the letter',
  'inquiry.receivedDate': 'Date the letter was received',
  'inquiry.referenceNumber': 'Reference number',
  'inquiry.legalBasis': 'Legal basis cited',
  'inquiry.deliveryMethod': 'How the letter was delivered',
  'inquiry.addressedTo': 'Who the letter was addressed to',
  'inquiry.subject': 'Subject of the inquiry',
  'inquiry.requests': 'Numbered requests',
  'inquiry.requests[].number': 'Request number',
  'inquiry.requests[].text': 'Request text',
  'inquiry.requests[].status': 'Request status',
  'inquiry.requests[].answer': 'Answer to the request',
  'inquiry.requests[].basis': 'Basis for the answer',
  // Paths of version-1 matters: kept so messages about an older file being upgraded still read well.
  'inquiry.requests[].exhibitIds': 'Exhibits answering the request',
  'inquiry.requests[].sourceIds': 'Sources answering the request',
  'inquiry.deadline': 'Deadline stated in the letter',
  respondent: 'Responding city',
  'respondent.city': 'City',
  'respondent.department': 'Department',
  'respondent.officials': 'City officials',
  'respondent.officials[].name': "Official's name",
  'respondent.officials[].title': "Official's title",
  counsel: 'Counsel',
  'counsel.name': "Counsel's name",
  'counsel.title': "Counsel's title",
  'counsel.barNumber': "Counsel's State Bar number",
  'counsel.office': "Counsel's office",
  'counsel.address': "Counsel's address",
  'counsel.phone': "Counsel's phone",
  'counsel.fax': "Counsel's fax",
  'counsel.email': "Counsel's email",
  signatory: 'Signatory',
  'signatory.name': "Signatory's name",
  'signatory.title': "Signatory's title",
  'signatory.barNumber': "Signatory's State Bar number",
  recipients: 'Recipients',
  'recipients[].name': "Recipient's name",
  'recipients[].title': "Recipient's title",
  'recipients[].organization': "Recipient's organization",
  'recipients[].address': "Recipient's address",
  'recipients[].email': "Recipient's email",
  cc: 'Copies to',
  'cc[].name': 'Copy recipient name',
  'cc[].title': 'Copy recipient title',
  response: 'Response',
  'response.letterDate': 'Date of the response letter',
  'response.deliveryLine': 'Delivery line',
  'response.positionSummary': "Summary of the city's position",
  'response.policies': 'Policies',
  'response.policies[].identifier': 'Policy number',
  'response.policies[].title': 'Policy title',
  'response.policies[].effectiveDate': 'Policy effective date',
  'response.policies[].quote': 'Quoted policy text',
  'response.policies[].pinpoint': 'Pinpoint citation',
  'response.policies[].exhibitLabel': 'Policy exhibit label',
  'response.facts': 'Statement of facts',
  'response.extensionDate': 'Extension requested until',
  'response.extensionReasons': 'Reasons for the extension',
  'response.clarifications': 'Questions for clarification',
  'response.clarifications[].topic': 'Clarification topic',
  'response.clarifications[].question': 'Clarification question',
  'response.produced': 'Records produced',
  'response.produced[].description': 'Record description',
  'response.produced[].date': 'Record date',
  'response.produced[].batesStart': 'First Bates number',
  'response.produced[].batesEnd': 'Last Bates number',
  'response.produced[].pages': 'Page count',
  'response.produced[].requestNumbers': 'Responsive to requests',
  'response.withheld': 'Records withheld',
  'response.withheld[].controlNumber': 'Control number',
  'response.withheld[].date': 'Withheld record date',
  'response.withheld[].documentType': 'Document type',
  'response.withheld[].author': 'Author',
  'response.withheld[].recipients': 'Recipients of the withheld record',
  'response.withheld[].subject': 'Subject of the withheld record',
  'response.withheld[].basis': 'Privilege or exception asserted',
  'response.withheld[].action': 'Withheld or redacted',
  'response.withheld[].requestNumbers': 'Responsive to requests',
  'response.custodian': 'Records custodian',
  'response.custodian.name': "Custodian's name",
  'response.custodian.title': "Custodian's title",
  'response.custodian.department': "Custodian's department",
  'response.custodian.county': 'County of the affidavit',
  'response.custodian.knowledge': 'How the custodian knows',
  'response.searchDescription': 'How the records were searched',
  'response.applicableLaw': 'Applicable law',
  'response.statementsAnswer': 'Answer to the statements the inquiry relies on',
  'response.scope': 'How the City has read the requests',
  'response.scope.period': 'Period the requests were read to cover',
  'response.scope.offices': 'Offices the requests were read to reach',
  'response.scope.communications': 'What "communications" was read to mean',
  'response.production': 'This production',
  'response.production.stage': 'Complete or first of several',
  'response.production.medium': 'How the records are delivered',
  'requestingOffice.salutation': 'Salutation',
  options: 'Options',
  'options.treatAsPublicInformationRequest': 'Treat the letter as a Public Information Act request',
  'options.reservationOfRights': 'Include a reservation of rights',
  'options.unswornDeclaration': 'Sign the affidavit as an unsworn declaration',
  custom: 'Custom fields',
};

/** `boardMeetingDate` -> "Board meeting date": a readable fallback for custom and unknown fields. */
function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The plain-words label of a matter path in any form (`inquiry.requests.2.text`, `…[2]…` or `…[]…`). */
export function fieldLabel(path: string): string {
  // An item of a list (`recipients[]`) is named like its list.
  const normal = normalizePath(path).replace(/(\[\])+$/, '');
  const known = LABELS[normal];
  if (known) return known;
  const last = normal.replace(/\[\]/g, '').split('.').pop() ?? normal;
  return humanize(last);
}

/** Schema paths that have no label of their own (a test keeps this empty). */
export const unlabelledPaths = (): string[] =>
  [...allMatterPaths().keys()].filter((p) => !p.endsWith('[]') && !(p in LABELS));
