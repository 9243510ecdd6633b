// `render --out letter.md` writes the filled template as Markdown. Read back with the app's own Markdown reader,
// it must be the letter the draft shows: each value the same text in the same place, never a directive, a
// link, a list, a heading or a new paragraph made out of what a person typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markupToBlocks } from '../../../core/document/from-markup';
import { isolateValue } from '../../../core/document/isolate-value';
import { parseMarkup } from '../../../core/document/markup/parse-markup';
import type { BlockNode, InlineNode } from '../../../core/document/model';
import { newMatter } from '../../../core/matter/new-matter';
import type { Matter } from '../../../core/matter/schema';
import { renderFilledMarkdown } from '../../../core/pipeline/render-draft';
import { renderTemplate } from '../../../core/template/render-template';
import { buildTemplateSet } from '../../../core/template/template-set';

// The value in every kind of place a template puts one.
const TEMPLATE = `---
id: places
title: Places
description: A value in every kind of place.
fields:
  - path: custom.v
    label: Value
---
# Heading {{custom.v}} end

Before {{custom.v}} after.

{{custom.v}} starts a line.

Ends a line {{custom.v}}
and the sentence goes on.

**Bold {{custom.v}} bold** and _{{custom.v}}_.

- item {{custom.v}} more
- {{custom.v}}

1. {{custom.v}}

> Quoted {{custom.v}} quote.

| A | B |
|---|---|
| {{custom.v}} | x {{custom.v}} |

:::signature-block
{{custom.v}}
Title
:::
`;

const set = buildTemplateSet([{ path: '/t/places.md', text: TEMPLATE }], []);

const matterWith = (value: string): Matter => {
  const matter = newMatter();
  matter.custom = { v: value };
  return matter;
};

type Marks = { bold?: boolean; italic?: boolean; underline?: boolean };
const marksOf = (node: Marks): string =>
  `${node.bold ? 'b' : ''}${node.italic ? 'i' : ''}${node.underline ? 'u' : ''}`;

/** A block's text as a reader sees it: fields as their values, neighbours formatted alike joined. */
function inlines(children: readonly InlineNode[]): { text: string; marks: string }[] {
  const out: { text: string; marks: string }[] = [];
  for (const child of children) {
    const text =
      'text' in child
        ? child.text
        : child.type === 'field'
          ? child.value
          : child.type === 'exhibit-ref'
            ? `Exhibit ${child.label}`
            : '';
    const marks = marksOf(child as Marks);
    const last = out[out.length - 1];
    if (last && last.marks === marks) last.text += text;
    else if (text !== '') out.push({ text, marks });
  }
  return out;
}

function readable(blocks: readonly BlockNode[]): unknown {
  return blocks.map(function visit(node: unknown): unknown {
    const record = node as { type?: string; children?: unknown[] };
    const children = record.children ?? [];
    const inline =
      children.length > 0 &&
      children.every(
        (c) => 'text' in (c as object) || ['field', 'exhibit-ref'].includes((c as { type: string }).type),
      );
    return { type: record.type, children: inline ? inlines(children as InlineNode[]) : children.map(visit) };
  });
}

/** The letter as the draft shows it, and as the .md output reads back. */
function bothWays(value: string) {
  const matter = matterWith(value);
  const { markup, fields } = renderTemplate(set.templates.get('places')!, matter, set.partials);
  const draft = readable(markupToBlocks(markup, fields));
  const markdown = renderFilledMarkdown(set, 'places', matter);
  return { draft, readBack: readable(markupToBlocks(markdown, [])), markdown };
}

describe('values in the .md output', () => {
  it.each([
    ['a word after a colon, which Markdown directives would take', 'Re:Subject'],
    ['a time and a colon pair', '10:30 Re:Dallas::x'],
    ['blank lines, which would split the paragraph', 'first\n\nsecond\n\n\nthird'],
    ['a line break', 'one\ntwo'],
    ['a web address without a scheme', 'see www.example.com/a_b and http://x.org/y'],
    ['an email address', 'write to records@dallas.example'],
    ['an at sign before a bare www.', '@.www.'],
    ['list and heading markers on later lines', 'x\n- bullet\n1. numbered\n# heading\n> quote\n---\n==='],
    ['indented lines', 'x\n    code?\n\tand a tab'],
    ['markup characters', '**bold** _em_ `code` ~~del~~ <b>html</b> &amp; [link](u) \\ | {{x}}'],
    ['a directive', ':::signature-block\n:u[under] ::page-break'],
    ['spaces at the edges', '  padded  '],
    ['the private-use characters the template engine uses', '\uE000 0 \uE001 and \uE0003\uE001'],
  ])('%s reads back as the same text', (_what, value) => {
    const { draft, readBack, markdown } = bothWays(value);
    expect(readBack, markdown).toEqual(draft);
  });

  it.each([
    ['a right-to-left override', '\u202Eevil'],
    ['Hebrew and a number', '\u05E9\u05DC\u05D5\u05DD 12'],
  ])('isolates a value with %s, as the DOCX does', (_what, value) => {
    const { readBack, markdown } = bothWays(value);
    expect(markdown).toContain(`Before ${isolateValue(value)} after.`);
    expect(readBack).toEqual(bothWays(isolateValue(value)).draft);
  });

  it('never makes a directive out of a value, for any Markdown reader with directives', () => {
    const { markdown } = bothWays('Re:Subject, 10:30, xmpp:a@b.c, :u[x] and ::page-break');
    const directives: string[] = [];
    const visit = (node: { type: string; name?: string; children?: unknown[] }): void => {
      if (node.type.endsWith('Directive')) directives.push(node.name ?? '');
      node.children?.forEach((child) => visit(child as typeof node));
    };
    visit(parseMarkup(markdown));
    expect(directives).toEqual(['signature-block']);
  });

  it('keeps the text of any value', () => {
    const piece = fc.constantFrom(
      ...'*_#{}:<>&|[]\\`~!-+=.)0123456789 \n\tawwh@/'.split(''),
      'www.',
      'http://',
      'Re:',
      '\uE000',
      '\uE001',
      '&#32;',
      '<br>',
      ':::',
      '\u202E',
      '\u2069',
      '\u05D0',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (pieces) => {
        const value = pieces.join('');
        fc.pre(value.trim() !== '');
        const { readBack, markdown } = bothWays(value);
        // The same letter, each value isolated as the DOCX isolates it (a left-to-right value is unchanged).
        const { draft } = bothWays(isolateValue(value));
        expect(readBack, `${JSON.stringify(value)}\n${markdown}`).toEqual(draft);
      }),
      { numRuns: 400 },
    );
  });
});
