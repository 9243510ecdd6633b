// The templates shipped in templates/ must all pass the static checks and render with the example matter.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../../core/document/plain-text';
import { validateMatter } from '../../../core/matter/validate-matter';
import { renderDocument } from '../../../core/pipeline/render-draft';
import { buildTemplateSet } from '../../../core/template/template-set';

const dir = path.resolve(__dirname, '../../../templates');
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
  const example = validateMatter(
    JSON.parse(readFileSync(path.resolve(dir, '../examples/dallas-ag-inquiry.json'), 'utf8')),
  );

  it('the example matter is valid', () => {
    expect(example.problems).toEqual([]);
  });

  it.each([...set.templates.keys()])(
    '%s renders to a document with linked fields and no leftover markup',
    (id) => {
      const model = renderDocument(set, id, example.matter!);
      const text = blocksToPlainText(model.children);
      expect(text).not.toMatch(/\{\{|:::|\uE000/);
      expect(JSON.stringify(model.children)).toContain('"type":"field"');
      expect(model.title).toContain(example.matter!.respondent.city);
    },
  );
});
