// Fixture tests: the mistakes a city's staff make when writing a template are reported at the line to fix
// (file:line:column), in words that say what is wrong and what to write instead.
import { describe, expect, it } from 'vitest';
import { buildTemplateSet } from '../../../core/template/template-set';

const FIELDS = [
  'fields:',
  '  - path: inquiry.requests',
  '    type: list',
  '  - path: inquiry.requests[].text',
  '  - path: response.clarifications',
  '    type: list',
  '  - path: response.clarifications[].topic',
];
/** Front matter of 11 lines: the body's first line is line 12 of the file. */
const FRONT = ['---', 'id: t', 'title: Test letter', ...FIELDS, '---'].join('\n');
const errorsOf = (text: string) =>
  buildTemplateSet([{ path: 'templates/t.md', text }], []).errors.map((e) => e.located);
const withBody = (body: string) => errorsOf(`${FRONT}\n${body}`);
const withFront = (...lines: string[]) => errorsOf(['---', ...lines, '---', 'Text.'].join('\n'));

describe('an unclosed block', () => {
  it.each([
    [
      'Intro.\n{{#each inquiry.requests}}\n- {{text}}\n\nClosing.',
      'templates/t.md:13:1: `{{#each inquiry.requests}}` is never closed; add `{{/each}}` on a line of its own where the repeated text ends',
    ],
    [
      'A{{#if inquiry.requests}} B\n{{!-- {{#each x}} in a comment is not a block --}}\nC',
      'templates/t.md:12:2: `{{#if inquiry.requests}}` is never closed; add `{{/if}}` on a line of its own where the text it keeps or leaves out ends',
    ],
    [
      '{{#each inquiry.requests}}\n{{#if text}}\n- {{text}}\n{{/if}}\n',
      'templates/t.md:12:1: `{{#each inquiry.requests}}` is never closed; add `{{/each}}` on a line of its own where the repeated text ends',
    ],
  ])('is reported at the line that opens it, with the closing tag to add', (body, message) => {
    expect(withBody(body)).toEqual([message]);
  });
});

describe('front matter that is not valid YAML', () => {
  it.each([
    [
      ['id: t', 'title: Letter: first reply'],
      'templates/t.md:3:8: the front matter is not valid YAML: a value holds a second `: ` or runs onto the next line; put the whole value in double quotes, e.g. `title: "Letter: first reply"`',
    ],
    [
      ['id: t', 'fields:', '  - path: inquiry.deadline', '   type: date'],
      'templates/t.md:5:1: the front matter is not valid YAML: this line is indented differently from the lines around it; each field starts with `  - path:` and its other keys (`label:`, `type:`, …) line up under `path:`',
    ],
    [
      ['id: t', 'fields:', '  - path: inquiry.deadline', '    label: "Due date'],
      'templates/t.md:5:21: the front matter is not valid YAML: a quoted value is never closed; add the closing `"` at the end of the value, on the same line',
    ],
    [
      ['id: t', 'fields:', '\t- path: inquiry.deadline'],
      'templates/t.md:4:1: the front matter is not valid YAML: a tab indents this line; indent with spaces only (two per level)',
    ],
    [
      ['id: t', 'title: One', 'title: Two'],
      'templates/t.md:4:1: the front matter is not valid YAML: this key appears twice in the same place; keep one of them',
    ],
  ])('says what is wrong in plain words and how to fix it', (lines, message) => {
    expect(withFront(...lines)).toEqual([message]);
  });
});

describe('an unknown front matter key', () => {
  it('points at its own line and suggests the key meant', () => {
    expect(withFront('id: t', 'title: Test', 'encloses: none', 'descripton: A letter')).toEqual([
      'templates/t.md:5:1: `descripton` is not a front matter key; did you mean `description`?',
    ]);
  });

  it('in a field, names the field and lists the keys when none is close', () => {
    expect(
      withFront('id: t', 'fields:', '  - path: inquiry.deadline', '    type: date', '    tooltip: Due'),
    ).toEqual([
      'templates/t.md:6:5: `tooltip` is not a key of field 1 (`inquiry.deadline`); the keys are: path, label, type, required, help, group',
    ]);
  });

  it('says what a wrong value must be, at its line', () => {
    expect(withFront('id: t', 'fields:', '  - path: inquiry.deadline', '    required: yes please')).toEqual([
      'templates/t.md:5:15: in the front matter, the `required` of field 1 (`inquiry.deadline`) must be `true` or `false`',
    ]);
  });
});

describe('"did you mean" inside {{#each}}', () => {
  it('offers the field of the same list item, even one still to be declared', () => {
    expect(withBody('{{#each inquiry.requests}}\n- {{statu}}\n{{/each}}')).toEqual([
      'templates/t.md:13:5: the field `inquiry.requests[].statu` (written `statu`) is not a matter field; did you mean `inquiry.requests[].status`? (then declare it under `fields:`)',
    ]);
    expect(withBody('{{#each response.clarifications}}\n- {{tpic}}\n{{/each}}')).toEqual([
      'templates/t.md:13:5: the field `response.clarifications[].tpic` (written `tpic`) is not declared in the front matter; did you mean `response.clarifications[].topic`?',
    ]);
  });

  it('asks to declare a real field rather than offering another spelled alike', () => {
    expect(withBody('{{#each inquiry.requests}}\n- {{text}}: {{answer}}\n{{/each}}')).toEqual([
      'templates/t.md:13:15: the field `inquiry.requests[].answer` (written `answer`) is not declared in the front matter; add it under `fields:`',
    ]);
  });

  it('never offers a field of another list, and lists the item fields when none is close', () => {
    expect(withBody('{{#each response.clarifications}}\n- {{text}}\n{{/each}}')).toEqual([
      'templates/t.md:13:5: the field `response.clarifications[].text` (written `text`) is not a field of each `response.clarifications` item; its fields are: topic, question',
    ]);
  });
});
