// A hand-built document model of a realistic multi-page response letter, for exporter tests that do not
// depend on the template engine.
import type {
  ContentBlock,
  DocumentModel,
  FieldNode,
  InlineNode,
  LetterPartType,
  ListNode,
  ParagraphNode,
  TableRowNode,
} from '../../core/document/model';

export const field = (
  path: string,
  label: string,
  value: string,
  marks: Partial<FieldNode> = {},
): FieldNode => ({
  type: 'field',
  path,
  label,
  value,
  children: [{ text: '' }],
  ...marks,
});

export const p = (...children: (InlineNode | string)[]): ParagraphNode => ({
  type: 'paragraph',
  children: children.map((child) => (typeof child === 'string' ? { text: child } : child)),
});

const part = (type: LetterPartType, ...lines: ParagraphNode[]): ContentBlock => ({ type, children: lines });

export const list = (
  type: ListNode['type'],
  ...items: (ParagraphNode | [ParagraphNode, ListNode])[]
): ListNode => ({
  type,
  children: items.map((item) => ({ type: 'list-item', children: Array.isArray(item) ? item : [item] })),
});

const row = (cells: string[], header = false): TableRowNode => ({
  type: 'table-row',
  ...(header ? { header: true } : {}),
  children: cells.map((text, index) => ({
    type: 'table-cell',
    ...(index === 2 ? { align: 'right' as const } : {}),
    children: [p(text)],
  })),
});

const filler = (topic: string) =>
  p(
    `The City has reviewed ${topic} with the Dallas Police Department and the City Secretary. `,
    'Nothing in the documents reviewed shows a practice of declining to honor a federal detainer request, and the ',
    'Department has not adopted any policy that limits the enforcement of immigration laws by its officers. The ',
    'City continues to gather records and will supplement this response if any additional responsive records are found.',
  );

export const REQUESTS = [
  'All written policies of the Dallas Police Department concerning inquiries into immigration status.',
  'All communications between City officials and federal immigration authorities since January 1, 2024.',
  'Records sufficient to show every detainer request received by the City and the action taken.',
  'All training materials given to officers about Gov\u2019t Code chapter 752.',
];

export const POLICY_QUOTE =
  'Officers shall not inquire into the immigration status of a victim or witness unless the inquiry is necessary to investigate the offense.';

function body(): ContentBlock[] {
  return [
    part(
      'letterhead',
      p('CITY OF DALLAS'),
      p('OFFICE OF THE CITY ATTORNEY'),
      p('1500 Marilla Street, Room 7DN \u2022 Dallas, Texas 75201 \u2022 214-670-3519'),
    ),
    part('date-line', p(field('response.date', 'Response date', 'April 4, 2025', { format: 'legalDate' }))),
    part('delivery-line', p('VIA EMAIL AND CERTIFIED MAIL')),
    part(
      'address-block',
      p(field('requester.contactName', 'Contact name', 'Jane Q. Examiner')),
      p(field('requester.division', 'Division', 'Special Litigation Division')),
      p('Office of the Attorney General of Texas'),
      p(field('requester.address', 'Address', 'P.O. Box 12548\nAustin, Texas 78711-2548')),
    ),
    part(
      're-line',
      p(
        'Re: Inquiry under Tex. Gov\u2019t Code ch. 752, Ref. No. ',
        field('inquiry.referenceNumber', 'Reference number', ''),
      ),
    ),
    p('Dear ', field('requester.contactName', 'Contact name', 'Jane Q. Examiner'), ':'),
    p(
      'The City of Dallas responds to your letter dated ',
      field('inquiry.letterDate', 'Letter date', 'March 7, 2025'),
      ', which asked for the following:',
    ),
    list(
      'numbered-list',
      ...REQUESTS.map((text, index) => p(field(`inquiry.requests.${index}.text`, 'Request text', text))),
    ),
    { type: 'heading', level: 1, children: [{ text: 'The City\u2019s Position' }] },
    filler('each request'),
    p(
      'General Order 315.02 (',
      { type: 'exhibit-ref', exhibitId: 'ex-go', label: 'A', children: [{ text: '' }] },
      ') provides:',
    ),
    { type: 'block-quote', children: [p(field('response.policies.0.quote', 'Policy quote', POLICY_QUOTE))] },
    filler('the general order'),
    { type: 'heading', level: 2, children: [{ text: 'Answers to the Numbered Requests' }] },
    list(
      'numbered-list',
      [
        p({ text: 'Policies.', bold: true }, ' The City produces the general orders listed below:'),
        list('numbered-list', p('General Order 315.02'), p('General Order 316.00')),
      ],
      p({ text: 'Communications.', bold: true }, ' The search is under way.'),
      [
        p({ text: 'Detainers.', bold: true }, ' See the table below.'),
        list('bulleted-list', p('Jail records'), p('Booking logs')),
      ],
    ),
    filler('the detainer records'),
    {
      type: 'table',
      children: [
        row(['Bates range', 'Description', 'Pages'], true),
        ...Array.from({ length: 14 }, (_unused, index) =>
          row([
            `DAL-${String(index * 10 + 1).padStart(5, '0')}`,
            `Detainer log, month ${index + 1} of the review period`,
            String(10),
          ]),
        ),
      ],
    },
    filler('the training materials'),
    filler('its obligations'),
    { type: 'heading', level: 3, children: [{ text: 'Reservation of rights', italic: true }] },
    p(
      'Tab\there and a line\nbreak inside one paragraph, with ',
      { text: 'italic', italic: true },
      ' and ',
      { text: 'underlined', underline: true },
      ' words.',
    ),
    filler('this response'),
    p('Please contact me with any questions.'),
    p('Sincerely,'),
    part(
      'signature-block',
      p('\n\n\n', field('counsel.name', 'Counsel name', 'Tammy L. Palomino')),
      p(field('counsel.title', 'Counsel title', 'City Attorney')),
      p('State Bar No. ', field('counsel.barNumber', 'State Bar number', '00000000')),
      p(field('counsel.email', 'Counsel email', 'counsel@dallas.example')),
    ),
    part('enclosures', p('Enclosures: Exhibits A\u2013C')),
    part('cc-block', p('cc: Mayor and City Council\nCity Manager')),
  ];
}

export function sampleLetter(): DocumentModel {
  return {
    title: 'Response to the Attorney General\u2019s inquiry',
    subject: 'Inquiry under Gov\u2019t Code ch. 752',
    author: 'Tammy L. Palomino',
    continuation: { addressee: 'Jane Q. Examiner', date: 'April 4, 2025' },
    children: body(),
  };
}
