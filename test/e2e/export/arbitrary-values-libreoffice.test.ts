// A sample of letters filled with arbitrary values, saved as DOCX and read back by LibreOffice: each value
// comes back verbatim. The read-back is LibreOffice's plain-text export, not a PDF's text, so the outcome does
// not depend on which fonts the machine has (a fallback font drops or reorders glyphs in a PDF's text layer)
// nor on where a value wraps in a narrow table column.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import { writeDocxAtomically } from '../../../electron/services/docx-file';
import { arbitraryCase, loadFixture, NASTY, noSpace, plainFieldPaths } from '../../support/arbitrary-values';
import { TEST_OUTPUT } from '../../support/export-to-pdf';
import { docxTexts } from '../../support/libreoffice';

const ROOT = path.resolve(import.meta.dirname, '../../..');

it('LibreOffice reads back each value verbatim', async () => {
  const fixture = await loadFixture(ROOT);
  const sampled = fc.sample(arbitraryCase(fixture.templateIds), { numRuns: 20, seed: 752053 });
  // Plus one fixed case that holds every hand-picked troublemaker (right-to-left, emoji, markup, controls).
  const cases: [string, string[]][] = [['substantive-response', NASTY], ...sampled];
  const dir = path.join(TEST_OUTPUT, 'export', 'arbitrary-values');
  await fs.mkdir(dir, { recursive: true });
  const letters = await Promise.all(
    cases.map(async ([id, values], index) => {
      const letter = fixture.render(id, fixture.withValues(values));
      const docxPath = path.join(dir, `case-${index}-${id}.docx`);
      await writeDocxAtomically(buildDocx(letter.model), docxPath);
      return { ...letter, id, docxPath };
    }),
  );
  const texts = await docxTexts(
    letters.map((letter) => letter.docxPath),
    dir,
  );
  let checked = 0;
  letters.forEach(({ id, model, typedAt }, index) => {
    const read = noSpace(texts[index]!);
    for (const fieldPath of plainFieldPaths(model)) {
      const value = noSpace(typedAt(fieldPath));
      if (value === '') continue;
      expect(read, `case ${index} (${id}): ${fieldPath} = ${JSON.stringify(value)}`).toContain(value);
      checked += 1;
    }
  });
  // Every sampled letter shows many matter values; a handful would mean the check lost its teeth.
  expect(checked).toBeGreaterThan(80);
});
