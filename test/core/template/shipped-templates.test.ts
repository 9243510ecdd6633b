// The templates shipped in templates/ must all pass the static checks and render with the example matter and
// its records, each value linked to its field.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { renderDocument } from '../../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../../core/template/template-set';
import { exampleFile, exampleLetter, exampleMatter } from '../../templates/example-matter-file';

const dir = path.resolve(import.meta.dirname, '../../../templates');
const read = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: path.join(folder, name), text: readFileSync(path.join(folder, name), 'utf8') }));

describe('shipped templates', () => {
  const set = buildTemplateSet(read(dir), read(path.join(dir, 'partials')));

  it('have no template errors', () => {
    expect(set.errors.map((e) => e.located)).toEqual([]);
  });

  it('are all in the set', () => {
    expect(set.templates.size).toBe(read(dir).length);
  });
});

describe('shipped templates with the example matter', () => {
  const set = buildTemplateSet(read(dir), read(path.join(dir, 'partials')));

  it('the example matter is a valid version 2 matter', () => {
    expect(exampleMatter().schemaVersion).toBe(2);
  });

  it.each([...set.templates.keys()])(
    '%s renders to a document with linked fields and no leftover markup',
    (id) => {
      const file = exampleFile();
      const model = renderDocument(set, id, file, exampleLetter());
      const text = blocksToPlainText(model.children);
      expect(text).not.toMatch(/\{\{|:::|\uE000/);
      expect(JSON.stringify(model.children)).toContain('"type":"field"');
      expect(model.title).toContain(file.matter.respondent.city);
    },
  );
});
