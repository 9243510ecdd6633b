// Reads the template folder from disk: `<dir>/*.md` are templates, `<dir>/partials/*.md` are partials.
// Parsing and validation happen in core; this only turns files into named source texts.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { TemplateSourceFile } from '../../core/template/template-set';
import { readLimits, readUserText } from './safe-read';

export interface TemplateSources {
  templates: TemplateSourceFile[];
  partials: TemplateSourceFile[];
}

async function readMarkdownFiles(dir: string): Promise<TemplateSourceFile[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (name) => {
      const full = path.join(dir, name);
      return { path: full, text: await readUserText(full, readLimits.template) };
    }),
  );
}

export async function readTemplateSources(dir: string): Promise<TemplateSources> {
  const [templates, partials] = await Promise.all([
    readMarkdownFiles(dir),
    readMarkdownFiles(path.join(dir, 'partials')),
  ]);
  return { templates, partials };
}
