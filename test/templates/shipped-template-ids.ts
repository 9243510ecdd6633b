// The ids of the templates in templates/, read from each file's front matter when a test file is collected:
// the tests that cover every template grow with the folder, so a city that adds its own (as the README
// teaches) keeps a green suite and gets its template checked too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../templates');

export function shippedTemplateIds(dir = TEMPLATES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const id = /^id:\s*["']?([^"'\s]+)/m.exec(readFileSync(path.join(dir, name), 'utf8'))?.[1];
      if (!id) throw new Error(`templates/${name} declares no id in its front matter.`);
      return id;
    });
}
