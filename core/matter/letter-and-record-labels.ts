// Plain-words names for the paths a template reads besides the matter: the letter's own facts (`letter.`)
// and the views of the records list (`records.produced[].batesRange`, `letter.exhibits[].exhibitLabel`, …).

const RECIPIENT: Record<string, string> = {
  name: "Addressee's name",
  title: "Addressee's title",
  organization: "Addressee's organization",
  address: "Addressee's address",
  email: "Addressee's email",
};

const LETTER: Record<string, string> = {
  letter: 'This letter',
  'letter.date': 'Date of this letter',
  'letter.deliveryLine': 'Delivery line',
  'letter.addressees': 'Addressees of this letter',
  ...Object.fromEntries(Object.entries(RECIPIENT).map(([k, v]) => [`letter.addressees[].${k}`, v])),
  'letter.enclosures': 'Other enclosures',
  'letter.exhibitIds': 'Exhibits enclosed with this letter',
  'letter.exhibits': 'Exhibits enclosed with this letter',
  'letter.custom': "This letter's own facts",
};

/** What each field of a record view is called. */
const RECORD_FIELDS: Record<string, string> = {
  number: 'Record number',
  description: 'Record description',
  date: 'Record date',
  documentType: 'Kind of record',
  author: 'Author',
  recipients: 'Recipients',
  subject: 'General subject',
  status: 'Record status',
  basis: 'Privilege or protection asserted',
  piaException: 'Public Information Act exception',
  attorneys: 'Attorneys among author and recipients',
  redactedPages: 'Pages redacted',
  requestNumbers: 'Responsive to requests',
  exhibitLabel: 'Exhibit label',
  controlNumber: 'Control number',
  action: 'Withheld or redacted',
  pages: 'Pages',
  batesStart: 'First Bates number',
  batesEnd: 'Last Bates number',
  batesRange: 'Bates range',
  citation: 'Citation',
};

const VIEWS: Record<string, string> = {
  records: 'Records',
  'records.all': 'All records',
  'records.produced': 'Records produced',
  'records.withheld': 'Records withheld or redacted',
  'records.exhibits': 'Exhibits',
  'records.batesNumbering': 'Bates numbering is on',
  'records.redacted': 'Records produced with redactions',
  'records.attorneysNamed': 'Attorneys are named in the log',
  'letter.exhibits': 'Exhibits enclosed with this letter',
};

const viewFields = Object.keys(VIEWS)
  .filter((root) => !['records', 'records.batesNumbering', 'records.attorneysNamed'].includes(root))
  .flatMap((root) => Object.entries(RECORD_FIELDS).map(([field, label]) => [`${root}[].${field}`, label]));

export const LETTER_AND_RECORD_LABELS: Record<string, string> = {
  ...LETTER,
  ...VIEWS,
  ...Object.fromEntries(viewFields),
};
