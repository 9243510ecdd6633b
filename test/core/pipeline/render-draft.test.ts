// Rendering a template for a new letter: the document's properties and header come from the letter's own
// facts and the matter; the records list reaches templates as derived views; problems name file and line.
import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { newMatterFile, type MatterFile } from '../../../core/matter-file/matter-file';
import { newMatter } from '../../../core/matter/new-matter';
import type { Matter } from '../../../core/matter/schema';
import {
  newDraft,
  renderDocument,
  renderFilledMarkdown,
  summarizeTemplate,
} from '../../../core/pipeline/render-draft';
import { recordSchema } from '../../../core/records/record';
import { TemplateError } from '../../../core/template/template-error';
import { buildTemplateSet } from '../../../core/template/template-set';

const LETTER = `---
id: letter
title: Acknowledgment
description: A short letter.
fields:
  - path: letter.date
    type: date
    required: true
  - path: recipients
    type: list
  - path: recipients[].name
  - path: inquiry.subject
    help: As the letter words it.
    group: Inquiry
---
:::date-line
{{legalDate letter.date}}
:::

:::address-block
{{#each recipients}}
{{name}}
{{/each}}
Austin, Texas
:::

Re: {{inquiry.subject}}

{{> closing}}
`;
const CLOSING = {
  path: 'templates/partials/closing.md',
  text: '---\nfields:\n  - path: counsel.name\n    required: true\n---\nSincerely, {{counsel.name}}',
};

function matter(): Matter {
  const m = newMatter();
  m.recipients = [{ name: 'Jane Roe', title: '', organization: '', address: '', email: '' }];
  m.inquiry.subject = 'Enforcement *of* immigration laws';
  m.respondent.city = 'City of Dallas';
  m.counsel.name = 'A. Lawyer';
  return m;
}

const set = buildTemplateSet([{ path: 'templates/letter.md', text: LETTER }], [CLOSING]);

const LETTER_DATE = { date: '2025-03-14' };

describe('renderDocument', () => {
  it('builds the document with its properties and continuation header', () => {
    const model = renderDocument(set, 'letter', matter(), LETTER_DATE);
    expect(set.errors).toEqual([]);
    expect(model.title).toBe('Acknowledgment — City of Dallas');
    expect(model.subject).toBe('Enforcement *of* immigration laws');
    expect(model.author).toBe('A. Lawyer');
    expect(model.continuation).toEqual({ addressee: 'Jane Roe', date: 'March 14, 2025' });
    expect(model.children.map((b) => b.type)).toEqual([
      'date-line',
      'address-block',
      'paragraph',
      'paragraph',
    ]);
  });

  it('falls back to the first recipient when there is no address block', () => {
    const source = {
      path: 'x.md',
      text: '---\nid: x\nfields:\n  - path: inquiry.subject\n---\nRe: {{inquiry.subject}}',
    };
    expect(renderDocument(set, source, matter()).continuation.addressee).toBe('Jane Roe');
  });

  it('refuses an unknown template id with the known ones', () => {
    expect(() => renderDocument(set, 'nope', matter())).toThrow(
      'There is no usable template "nope". Known templates: letter.',
    );
  });
});

describe('renderDocument with a template file', () => {
  it('uses the set partials and reports every template problem located in the file', () => {
    const source = {
      path: 'mine.md',
      text: '---\nid: mine\n---\n{{> closing}} {{inquiry.subjet}}\n{{> nope}}',
    };
    let error: unknown;
    try {
      renderDocument(set, source, matter());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).located).toBe(
      'mine.md:4:17: the field `inquiry.subjet` is not a matter field; did you mean `inquiry.subject`? (then declare it under `fields:`)\nmine.md:5:1: the partial `nope` does not exist; partials are the files in templates/partials/ (<name>.md)',
    );
  });
});

describe('renderFilledMarkdown', () => {
  it('writes values escaped so they read back literally', () => {
    const markdown = renderFilledMarkdown(set, 'letter', matter(), LETTER_DATE);
    expect(markdown).toContain('Re: Enforcement \\*of\\* immigration laws');
    expect(markdown).toContain(':::date-line\nMarch 14, 2025\n:::');
    expect(markdown).toContain('Sincerely, A. Lawyer');
  });
});

describe('summarizeTemplate', () => {
  it('lists the fields with defaults, partial fields included', () => {
    const summary = summarizeTemplate(set.templates.get('letter')!);
    expect(summary.id).toBe('letter');
    expect(summary.description).toBe('A short letter.');
    expect(summary.fields.find((f) => f.path === 'inquiry.subject')).toEqual({
      path: 'inquiry.subject',
      label: 'Subject of the inquiry',
      type: 'text',
      required: false,
      help: 'As the letter words it.',
      group: 'Inquiry',
    });
    expect(summary.fields.find((f) => f.path === 'counsel.name')?.required).toBe(true);
  });
});

const RECORDS_TEMPLATE = (encloses: string) => ({
  path: `templates/index-${encloses}.md`,
  text: `---
id: index-${encloses}
encloses: ${encloses}
fields:
  - path: records.produced
    type: list
    group: Records
  - path: records.produced[].description
  - path: records.produced[].batesRange
  - path: letter.exhibits
    type: list
  - path: letter.exhibits[].exhibitLabel
---
{{#each records.produced}}
- {{description}}: {{batesRange}}
{{/each}}

Enclosed: {{#each letter.exhibits}}{{exhibitLabel}}{{/each}}
`,
});

function fileWithRecords(): MatterFile {
  const file = newMatterFile(matter());
  file.records = [
    recordSchema.parse({ id: 'a', description: 'Order', pages: 3, exhibit: true }),
    recordSchema.parse({ id: 'b', description: 'Memo', status: 'withheld', exhibit: true }),
    recordSchema.parse({ id: 'c', description: 'Slides', pages: 2, status: 'partly-withheld' }),
  ];
  file.exhibitSettings.bates = { enabled: true, prefix: 'X-', start: 10, digits: 3 };
  return file;
}

describe('records in a rendered letter', () => {
  it('reach the template as the produced view, numbered from the Bates settings', () => {
    const doc = renderDocument(set, RECORDS_TEMPLATE('exhibits'), fileWithRecords(), LETTER_DATE);
    expect(blocksToPlainText(doc.children)).toBe(
      '• Order: X-010 – X-012\n• Slides: X-013 – X-014\n\nEnclosed: A',
    );
  });

  it('a new draft encloses every produced exhibit when its template says `exhibits`, none otherwise', () => {
    const file = fileWithRecords();
    const draftOf = (encloses: string) =>
      newDraft({ set, template: RECORDS_TEMPLATE(encloses), file, id: 'd', now: new Date(2025, 2, 14) });
    expect(draftOf('exhibits').letter).toMatchObject({ date: '2025-03-14', exhibitIds: ['a'] });
    expect(draftOf('none').letter.exhibitIds).toEqual([]);
  });
});
