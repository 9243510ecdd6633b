// Rendering: every matter value becomes a field token with its path, label, required flag, formatted value
// and format chain; block helpers see through values; values are data and never change the markup.
import { describe, expect, it } from 'vitest';
import { markupToBlocks } from '../../../core/document/from-markup';
import { newMatter } from '../../../core/matter/new-matter';
import type { Matter } from '../../../core/matter/schema';
import { fieldToken, replaceFieldTokens } from '../../../core/template/field-token';
import { renderTemplate } from '../../../core/template/render-template';
import { buildTemplateSet } from '../../../core/template/template-set';

const FIELDS = `fields:
  - path: inquiry.letterDate
    required: true
  - path: inquiry.deadline
  - path: inquiry.requests
    type: list
  - path: inquiry.requests[].number
  - path: inquiry.requests[].text
    label: What was asked
    required: true
  - path: recipients
    type: list
  - path: recipients[].name
  - path: respondent.city
  - path: options.reservationOfRights
    type: boolean
  - path: custom.boardDate`;

function render(body: string, matter: Matter, partials: { path: string; text: string }[] = []) {
  const set = buildTemplateSet(
    [{ path: 'templates/t.md', text: `---\nid: t\n${FIELDS}\n---\n${body}` }],
    partials,
  );
  expect(set.errors.map((e) => e.located)).toEqual([]);
  return renderTemplate(set.templates.get('t')!, matter, set.partials);
}

function sample(): Matter {
  const matter = newMatter();
  matter.inquiry.letterDate = '2025-03-07';
  matter.inquiry.requests = [
    { ...matter.inquiry.requests[0]!, number: '1', text: 'All policies' },
    { ...matter.inquiry.requests[0]!, number: '2', text: '' },
  ];
  matter.recipients = [
    { name: 'Ana', title: '', organization: '', address: '', email: '' },
    { name: 'Ben', title: '', organization: '', address: '', email: '' },
  ];
  matter.respondent.city = 'Dallas';
  return matter;
}

/** The markup with each token written as [path=value] for readable assertions. */
const readable = (r: { markup: string; fields: { path: string; value: string }[] }) =>
  replaceFieldTokens(r.markup, (i) => `[${r.fields[i]!.path}=${r.fields[i]!.value}]`);

describe('renderTemplate', () => {
  it('turns values into tokens carrying path, label, required flag and format chain', () => {
    const result = render(
      'Dated {{legalDate inquiry.letterDate}}; due {{businessDaysAfter inquiry.letterDate 10}}.',
      sample(),
    );
    expect(result.markup).toBe(`Dated ${fieldToken(0)}; due ${fieldToken(1)}.`);
    expect(result.fields).toEqual([
      {
        path: 'inquiry.letterDate',
        label: 'Date of the letter',
        value: 'March 7, 2025',
        format: 'legalDate',
        required: true,
      },
      {
        path: 'inquiry.letterDate',
        label: 'Date of the letter',
        value: 'March 21, 2025',
        format: 'businessDaysAfter 10',
        required: true,
      },
    ]);
  });

  it('gives list items absolute indexed paths, declared labels and @index/@first/@last', () => {
    const body =
      '{{#each inquiry.requests}}{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}:{{number}}={{text}};{{/each}}';
    const result = render(body, sample());
    expect(readable(result)).toBe(
      '0F:[inquiry.requests.0.number=1]=[inquiry.requests.0.text=All policies];1L:[inquiry.requests.1.number=2]=[inquiry.requests.1.text=];',
    );
    expect(result.fields[3]).toEqual({
      path: 'inquiry.requests.1.text',
      label: 'What was asked',
      value: '',
      required: true,
      // The request named by its number, so a passage stays with it when the list changes.
      itemKey: 'inquiry.requests#2.text',
    });
  });

  it.each([
    ['{{#if inquiry.deadline}}yes{{else}}no{{/if}}', 'no'],
    ['{{#unless inquiry.deadline}}empty{{/unless}}', 'empty'],
    ['{{#if inquiry.letterDate}}yes{{/if}}', 'yes'],
    ['{{#if options.reservationOfRights}}reserved{{/if}}', 'reserved'],
    ['{{#if (eq respondent.city "Dallas")}}D{{/if}}{{#if (ne respondent.city "Dallas")}}X{{/if}}', 'D'],
    ['{{#if (and respondent.city inquiry.deadline)}}both{{else}}not both{{/if}}', 'not both'],
    ['{{#if (not inquiry.deadline)}}none{{/if}}', 'none'],
    [
      '{{#each recipients}}{{#if @last}} and {{/if}}{{name}}{{/each}}',
      '[recipients.0.name=Ana] and [recipients.1.name=Ben]',
    ],
    ['{{#with respondent}}{{upper city}}{{/with}}', '[respondent.city=DALLAS]'],
    ['{{joinList recipients "or" "name"}}', '[recipients=Ana or Ben]'],
    ['{{plural inquiry.requests "request" "requests"}}', '[inquiry.requests=2 requests]'],
    ['{{default inquiry.deadline "[deadline]"}}', '[inquiry.deadline=[deadline]]'],
    ['{{or inquiry.deadline respondent.city}}', '[respondent.city=Dallas]'],
    ['{{upper (legalDate inquiry.letterDate)}}', '[inquiry.letterDate=MARCH 7, 2025]'],
    ['{{custom.boardDate}}!', '[custom.boardDate=]!'],
    ['{{ordinal 3}} {{cite "752.053" "752.055"}}', '3rd §§\u00A0752.053, 752.055'],
    [
      '{{#each inquiry.requests as |r i|}}{{i}}{{r.number}}{{/each}}',
      '0[inquiry.requests.0.number=1]1[inquiry.requests.1.number=2]',
    ],
  ])('%s -> %s', (body, expected) => {
    expect(readable(render(body, sample()))).toBe(expected);
  });

  it('records chained formats so they can be applied again', () => {
    const result = render('{{upper (legalDate inquiry.letterDate)}}', sample());
    expect(result.fields[0]?.format).toBe('legalDate | upper');
  });

  it('treats custom fields named like object internals as ordinary values', () => {
    const matter = sample();
    matter.custom = JSON.parse('{"__proto__": "p", "boardDate": "2025-04-01"}') as Record<string, string>;
    expect(readable(render('{{custom.boardDate}}', matter))).toBe('[custom.boardDate=2025-04-01]');
  });

  it('renders partials with the whole matter', () => {
    const partial = {
      path: 'templates/partials/city.md',
      text: '---\nfields:\n  - path: respondent.city\n---\nCity of {{respondent.city}}',
    };
    expect(readable(render('{{> city}}', sample(), [partial]))).toBe('City of [respondent.city=Dallas]');
  });
});

describe('values are data, never markup', () => {
  const hostile =
    '*bold* _it_ # head <b>x</b> & {{inquiry.deadline}} "q" \'s\'\nline2\ttab 👩‍⚖️ مرحبا\u0000\u0007\u001B end';
  const expected = '*bold* _it_ # head <b>x</b> & {{inquiry.deadline}} "q" \'s\'\nline2\ttab 👩‍⚖️ مرحبا end';
  const body =
    '# Requests\n\n{{#each inquiry.requests}}\n1. {{text}}\n{{/each}}\n\n:::address-block\n{{respondent.city}}\n:::\n';

  it('comes out literally in the field value, control characters dropped', () => {
    const matter = sample();
    matter.inquiry.requests[0]!.text = hostile;
    matter.respondent.city = hostile;
    const result = render(body, matter);
    expect(result.fields.map((f) => f.value)).toEqual([expected, '', expected]);
    expect(result.markup).not.toContain('*bold*');
  });

  it('leaves the document structure exactly as with a plain value', () => {
    const plain = sample();
    plain.inquiry.requests[0]!.text = 'plain';
    plain.respondent.city = 'plain';
    const evil = sample();
    evil.inquiry.requests[0]!.text = hostile;
    evil.respondent.city = hostile;
    const shape = (m: Matter) => {
      const r = render(body, m);
      return JSON.stringify(markupToBlocks(r.markup, r.fields), (key, value: unknown) =>
        key === 'value' ? '' : value,
      );
    };
    expect(shape(evil)).toBe(shape(plain));
  });
});
