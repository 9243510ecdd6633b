// Fixture tests: a broken template is reported at the exact file:line:column, in words its author understands.
import { describe, expect, it } from 'vitest';
import { buildTemplateSet } from '../../../core/template/template-set';

const FRONT = [
  '---',
  'id: t',
  'title: Test letter',
  'fields:',
  '  - path: inquiry.deadline',
  '    type: date',
  '  - path: inquiry.requests',
  '    type: list',
  '  - path: inquiry.requests[].text',
  '---',
].join('\n');
/** The body's first line is line 11 of the file. */
const template = (body: string) => ({ path: 'templates/t.md', text: `${FRONT}\n${body}` });
const partial = { path: 'templates/partials/letterhead.md', text: 'CITY OF DALLAS' };
const errorsOf = (...files: { path: string; text: string }[]) =>
  buildTemplateSet(files, [partial]).errors.map((e) => e.located);

describe('template validation', () => {
  it.each([
    [
      'Due {{inquiry.deadlin}}.',
      'templates/t.md:11:7: the field `inquiry.deadlin` is not declared in the front matter; did you mean `inquiry.deadline`?',
    ],
    [
      'Re: {{inquiry.subject}}',
      'templates/t.md:11:7: the field `inquiry.subject` is not declared in the front matter; add it under `fields:`',
    ],
    [
      '{{#each inquiry.requests}}\n- {{number}}\n{{/each}}',
      'templates/t.md:12:5: the field `inquiry.requests[].number` (written `number`) is not declared in the front matter; add it under `fields:`',
    ],
    [
      'By {{legaldate inquiry.deadline}}',
      'templates/t.md:11:6: the helper `legaldate` does not exist; did you mean `legalDate`?',
    ],
    [
      'By {{businessDaysAfter inquiry.deadline}}',
      'templates/t.md:11:4: the helper `businessDaysAfter` takes 2 arguments, but is given 1',
    ],
    [
      '\n\n{{> letterhed}}',
      'templates/t.md:13:1: the partial `letterhed` does not exist; did you mean `letterhead`?',
    ],
    [
      'Ok.\n  {{inquiry.deadline}',
      'templates/t.md:12:21: a {{…}} is not closed properly (found a stray character); check the braces, e.g. {{inquiry.deadline}}',
    ],
    [
      '{{#if inquiry.deadline}}\nx\n{{/each}}',
      'templates/t.md:11:4: {{#if}} is closed by {{/each}}; close each block with its own name',
    ],
    [
      'x\n:::address-block\nName',
      'templates/t.md:12:1: `:::address-block` is never closed; add a line with just `:::` after its last line',
    ],
    [
      'x\n:::\n',
      'templates/t.md:12:1: this `:::` closes a letter part that was never opened; remove it or add the opening line, e.g. `:::address-block`',
    ],
    [
      ':::adress-block\n:::',
      'templates/t.md:11:1: `:::adress-block` is not a letter part; did you mean `address-block`?',
    ],
    [
      '::pagebreak',
      'templates/t.md:11:1: `::pagebreak` is not a directive Counsel Desk knows; did you mean `page-break`?',
    ],
    [
      '{{inquiry.requests}}',
      'templates/t.md:11:3: `inquiry.requests` is a list; show it with {{#each inquiry.requests}}…{{/each}} or {{joinList inquiry.requests}}',
    ],
    [
      '{{#each inquiry.deadline}}x{{/each}}',
      'templates/t.md:11:9: {{#each}} needs a list, and `inquiry.deadline` is not one',
    ],
    [
      '{{#each inquiry.requests}}{{@indx}}{{/each}}',
      'templates/t.md:11:29: `@indx` is not something a template can use; write @index, @first, @last or @root.<field>',
    ],
    [
      '{{../inquiry.deadline}}',
      'templates/t.md:11:3: `../inquiry.deadline` goes above the whole matter; remove one `../`',
    ],
  ])('%j', (body, expected) => {
    expect(errorsOf(template(body))).toEqual([expected]);
  });

  it('resolves this, ../, @root, @index and block params inside #each and #with', () => {
    const body = [
      '{{#each inquiry.requests}}',
      '{{@index}} {{this.text}} {{text}} {{../inquiry.deadline}} {{@root.inquiry.deadline}}',
      '{{#if @first}}first{{else if @last}}last{{/if}}',
      '{{/each}}',
      '{{#each inquiry.requests as |request i|}}{{request.text}} {{i}}{{/each}}',
      '{{#with inquiry}}{{legalDate deadline}}{{/with}}',
      '{{#if (and inquiry.deadline (not (eq inquiry.deadline "")))}}{{upper (legalDate inquiry.deadline)}}{{/if}}',
      '{{> letterhead}} {{today}} {{plural inquiry.requests "request" "requests"}} {{inquiry.requests.length}}',
    ].join('\n');
    expect(errorsOf(template(body))).toEqual([]);
  });

  it('reports bad YAML and undeclared schema paths in the front matter at their line', () => {
    const badYaml = { path: 'templates/y.md', text: '---\nid: y\nfields: [\n---\nBody' };
    expect(errorsOf(badYaml)[0]).toMatch(/^templates\/y\.md:3:10: the front matter is not valid YAML/);
    const badPath = {
      path: 'templates/p.md',
      text: '---\nid: p\nfields:\n  - path: inquiry.deadlin\n---\nx',
    };
    expect(errorsOf(badPath)).toEqual([
      'templates/p.md:4:11: the field `inquiry.deadlin` is not part of a matter; did you mean `inquiry.deadline`?',
    ]);
    const badType = { path: 'templates/q.md', text: '---\nid: q\nfields:\n  - path: recipients\n---\nx' };
    expect(errorsOf(badType)).toEqual([
      'templates/q.md:4:11: the field `recipients` is a list; declare it with `type: list`',
    ]);
  });

  it('accepts custom fields and requires front matter on a template', () => {
    const custom = {
      path: 'templates/c.md',
      text: '---\nid: c\nfields:\n  - path: custom.boardDate\n---\n{{custom.boardDate}}',
    };
    expect(errorsOf(custom)).toEqual([]);
    expect(errorsOf({ path: 'templates/n.md', text: 'Hello' })[0]).toMatch(
      /^templates\/n\.md:1:1: the file must start with front matter/,
    );
  });

  it('leaves a broken template out of the set and reports duplicate ids', () => {
    const set = buildTemplateSet(
      [template('{{inquiry.deadlin}}'), template('ok'), template('ok')],
      [partial],
    );
    expect([...set.templates.keys()]).toEqual(['t']);
    expect(set.errors.map((e) => e.message)).toContain(
      'the id `t` is already used by templates/t.md; give each template its own id',
    );
  });

  it('checks a partial against its own front matter and merges its fields into templates using it', () => {
    const sig = {
      path: 'templates/partials/sig.md',
      text: '---\nfields:\n  - path: signatory.name\n    required: true\n---\n{{signatory.name}} {{counsel.name}}',
    };
    const set = buildTemplateSet([template('{{> sig}} {{signatory.name}}')], [sig]);
    expect(set.errors.map((e) => e.located)).toEqual([
      'templates/partials/sig.md:6:22: the field `counsel.name` is not declared in the front matter; add it under `fields:`',
    ]);
    expect(set.templates.get('t')?.fields.map((f) => f.path)).toContain('signatory.name');
  });
});
