// Whatever a person types into a matter field, a record or a letter's own facts comes out as that text:
// rendering never throws, the value (less characters XML cannot hold) is in the draft and, verbatim, in the
// saved DOCX's XML. test/e2e/export/arbitrary-values-libreoffice.test.ts reads a sample back through LibreOffice.
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { buildDocx } from '../../../core/docx/build-docx';
import {
  arbitraryCase,
  loadFixture,
  NASTY,
  noSpace,
  plainFieldPaths,
  type Fixture,
} from '../../support/arbitrary-values';
import { docxParts, textOf } from '../../support/docx-xml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let fixture: Fixture;

beforeAll(async () => {
  fixture = await loadFixture(ROOT);
});

const XML_ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};

/** The text of the DOCX's body and headers (the letterhead), as Word reads it. */
async function docxText(id: string, values: readonly string[]) {
  const { model, typedAt } = fixture.render(id, fixture.withValues(values));
  const parts = await docxParts(buildDocx(model));
  const names = Object.keys(parts).filter((name) => /^word\/(document|header\d+)\.xml$/.test(name));
  const xml = names.map((name) => parts[name]!).join('');
  const text = textOf(xml).replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]!);
  return { model, typedAt, text };
}

describe('arbitrary values in every text field', () => {
  it('finds the matter\u2019s text fields', () => {
    expect(fixture.textPaths.length).toBeGreaterThan(60);
    expect(fixture.textPaths).toContain('matter.inquiry.requests.0.text');
    expect(fixture.textPaths).toContain('records.3.basis');
    expect(fixture.textPaths).toContain('letter.enclosures.1');
  });

  it('renders every template without throwing, each value showing literally in the draft', () => {
    fc.assert(
      fc.property(arbitraryCase(fixture.templateIds), ([id, values]) => {
        const { model, typedAt } = fixture.render(id, fixture.withValues(values));
        const text = blocksToPlainText(model.children);
        for (const fieldPath of plainFieldPaths(model)) {
          const value = typedAt(fieldPath);
          if (value.trim() === '') continue;
          expect(text, `${id}: ${fieldPath}`).toContain(value);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('saves each value verbatim in the DOCX (every hand-picked troublemaker, and a sample)', async () => {
    let checked = 0;
    const check = async (id: string, values: readonly string[]) => {
      const { model, typedAt, text } = await docxText(id, values);
      const saved = noSpace(text);
      for (const fieldPath of plainFieldPaths(model)) {
        const value = noSpace(typedAt(fieldPath));
        if (value === '') continue;
        expect(saved, `${id}: ${fieldPath} = ${JSON.stringify(value)}`).toContain(value);
        checked += 1;
      }
    };
    await check('substantive-response', NASTY);
    await fc.assert(
      fc.asyncProperty(arbitraryCase(fixture.templateIds), ([id, values]) => check(id, values)),
      { numRuns: 25 },
    );
    // Every letter shows many matter values; a handful would mean the check lost its teeth.
    expect(checked).toBeGreaterThan(250);
  });
});
