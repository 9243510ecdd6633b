// What a person might type into any text field of a matter, a record or a letter's own facts, and the way to
// read back, for a letter rendered with such values, what was typed where. Shared by the property test (the
// draft and the DOCX's XML) and its LibreOffice read-back (test/e2e/export).
import path from 'node:path';
import fc from 'fast-check';
import type { DocumentModel } from '../../core/document/model';
import { letterFactsSchema, type LetterFacts } from '../../core/letter/letter-facts';
import type { MatterFile } from '../../core/matter-file/matter-file';
import { pathKind, valueAtPath } from '../../core/matter/matter-paths';
import { letterContext } from '../../core/pipeline/letter-context';
import { renderDocument } from '../../core/pipeline/render-draft';
import { stripControlCharacters } from '../../core/template/field-token';
import { buildTemplateSet, type TemplateSet } from '../../core/template/template-set';
import { readTemplateSources } from '../../electron/services/template-files';
import { exampleFile } from '../templates/example-matter-file';

/** What a person types: the matter, the records and the letter's own facts. */
export interface Typed {
  matter: MatterFile['matter'];
  records: MatterFile['records'];
  letter: LetterFacts;
}

/** The text a person types into a record (the rest is chosen from lists or worked out). */
const RECORD_TEXT = [
  'description',
  'documentType',
  'author',
  'recipients',
  'subject',
  'basis',
  'controlNumber',
];

/** Dotted paths (`inquiry.requests.2.text`) of every free-text string in the matter. */
function collectTextPaths(node: unknown, prefix: string, out: string[]): string[] {
  if (typeof node === 'string' && pathKind(prefix) === 'text') out.push(prefix);
  else if (Array.isArray(node))
    node.forEach((item, index) => collectTextPaths(item, `${prefix}.${index}`, out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node))
      collectTextPaths(value, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

function typedTextPaths(typed: Typed): string[] {
  const matter = collectTextPaths(typed.matter, '', []).map((p) => `matter.${p}`);
  const records = typed.records.flatMap((_r, i) => RECORD_TEXT.map((field) => `records.${i}.${field}`));
  const letter = ['letter.deliveryLine', ...typed.letter.enclosures.map((_e, i) => `letter.enclosures.${i}`)];
  return [...matter, ...records, ...letter];
}

/** A field showing what a person typed, not a value worked out from it (a Bates range, a page count). */
function isTyped(fieldPath: string): boolean {
  if (!/^(records|letter\.exhibits)\./.test(fieldPath)) return true;
  return RECORD_TEXT.includes(fieldPath.split('.').at(-1)!);
}

/** What the document shows for a typed value: the value less the characters XML cannot hold. */
export const shown = (value: string): string => stripControlCharacters(value);

/** Paths of typed values the document shows as they are (not through a helper such as `upper`). */
export function plainFieldPaths(model: DocumentModel): Set<string> {
  const paths = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const record = node as { type?: string; path?: string; format?: string; children?: unknown[] };
    if (record.type === 'field' && record.path && !record.format && isTyped(record.path))
      paths.add(record.path);
    record.children?.forEach(visit);
  };
  model.children.forEach(visit);
  return paths;
}

export const NASTY = [
  '**bold** _em_ # heading',
  '{{inquiry.subject}} }} {{> letterhead}}',
  ':::signature-block\n:::',
  '::page-break',
  ':u[under]',
  '<b>bold</b> &amp; &lt; "quotes" \'apostrophe\'',
  '| a | b |\n|---|---|',
  '> quoted\n1. item\n- bullet',
  '[link](http://example.com) `code` \\backslash',
  '\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627',
  '\u{1F600} \u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  'tab\there\nnew line',
  'bell\u0007 null\u0000 vt\u000B',
  '\uE000 0 \uE001',
];

const MARKUP_UNITS = [
  '*',
  '_',
  '#',
  '{',
  '}',
  ':',
  '<',
  '>',
  '&',
  '|',
  '[',
  ']',
  '\\',
  '`',
  '\n',
  '\t',
  ' ',
  'a',
];

export const arbitraryValue = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...MARKUP_UNITS), minLength: 1, maxLength: 30 }),
);

/** The shipped templates and the example matter, with every place a person types text. */
export interface Fixture {
  set: TemplateSet;
  templateIds: string[];
  textPaths: string[];
  withValues(values: readonly string[]): Typed;
  render(id: string, typed: Typed): { model: DocumentModel; typedAt(fieldPath: string): string };
}

export async function loadFixture(root: string): Promise<Fixture> {
  const sources = await readTemplateSources(path.join(root, 'templates'));
  const set = buildTemplateSet(sources.templates, sources.partials);
  const file = exampleFile();
  const letter = letterFactsSchema.parse({
    date: '2025-03-28',
    deliveryLine: 'Via Email',
    enclosures: ['Copy of your letter', 'Log of records withheld or redacted'],
    exhibitIds: file.records.filter((r) => r.exhibit).map((r) => r.id),
  });
  const example: Typed = { matter: file.matter, records: file.records, letter };
  const textPaths = typedTextPaths(example);
  return {
    set,
    templateIds: [...set.templates.keys()],
    textPaths,
    withValues(values) {
      const typed = structuredClone(example);
      textPaths.forEach((dotted, index) => {
        const parts = dotted.split('.');
        const parent = valueAtPath(typed, parts.slice(0, -1).join('.')) as Record<string, unknown>;
        parent[parts.at(-1)!] = values[index % values.length];
      });
      return typed;
    },
    render(id, typed) {
      const matterFile = { ...exampleFile(typed.matter), records: typed.records };
      const model = renderDocument(set, id, matterFile, typed.letter);
      const { context } = letterContext(matterFile, { letter: typed.letter });
      return { model, typedAt: (p) => shown(String(valueAtPath(context, p) ?? '')) };
    },
  };
}

/** Seven values per letter, spread over every text field; a template drawn from those shipped. */
export const arbitraryCase = (templateIds: readonly string[]) =>
  fc.tuple(fc.constantFrom(...templateIds), fc.array(arbitraryValue, { minLength: 7, maxLength: 7 }));

/** Whitespace is layout in a DOCX (tabs, breaks, paragraphs), not text, so it is removed before comparing. */
export const noSpace = (text: string): string => text.replace(/\s+/g, '');
