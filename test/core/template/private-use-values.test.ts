// The template engine marks values with two private-use characters (U+E000, U+E001) internally. A value that
// holds those characters itself (a symbol font's glyph pasted from elsewhere, say) keeps them: in the draft,
// through a format helper and the editor's refresh, in the DOCX, and they never turn into another value.
import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../../core/document/plain-text';
import type { FieldNode } from '../../../core/document/model';
import { buildDocx } from '../../../core/docx/build-docx';
import { newMatter } from '../../../core/matter/new-matter';
import { renderDocument } from '../../../core/pipeline/render-draft';
import { applyFormat } from '../../../core/template/field-format';
import { buildTemplateSet } from '../../../core/template/template-set';
import { docxParts, part, textOf } from '../../support/docx-xml';

const TEMPLATE = `---
id: symbols
title: Symbols
description: Values with private-use characters.
fields:
  - path: custom.first
    label: First
  - path: custom.second
    label: Second
---
Plain {{custom.first}}, upper {{upper custom.first}}, then {{custom.second}}.
`;

const set = buildTemplateSet([{ path: '/t/symbols.md', text: TEMPLATE }], []);
// The second value looks exactly like the token for the first value.
const FIRST = 'a\uE000b \uE001c';
const SECOND = '\uE0000\uE001';

function letter() {
  const matter = newMatter();
  matter.custom = { first: FIRST, second: SECOND };
  return renderDocument(set, 'symbols', matter);
}

const fieldsOf = (node: unknown): FieldNode[] => {
  const record = node as { type?: string; children?: unknown[] };
  if (record.type === 'field') return [node as FieldNode];
  return (record.children ?? []).flatMap(fieldsOf);
};

describe('values holding the field-token characters', () => {
  it('keep them in the draft, each value in its own field', () => {
    const model = letter();
    const fields = model.children.flatMap(fieldsOf);
    expect(fields.map((f) => [f.path, f.value])).toEqual([
      ['custom.first', FIRST],
      ['custom.first', FIRST.toUpperCase()],
      ['custom.second', SECOND],
    ]);
    expect(blocksToPlainText(model.children)).toContain(
      `Plain ${FIRST}, upper A\uE000B \uE001C, then ${SECOND}.`,
    );
  });

  it('keep them when the editor refreshes a field through its format chain', () => {
    expect(applyFormat(undefined, FIRST)).toBe(FIRST);
    expect(applyFormat('upper', FIRST)).toBe('A\uE000B \uE001C');
  });

  it('keep them in the DOCX', async () => {
    const xml = part(await docxParts(buildDocx(letter())), 'word/document.xml');
    expect(textOf(xml)).toContain(`Plain ${FIRST}, upper A\uE000B \uE001C, then ${SECOND}.`);
  });
});
