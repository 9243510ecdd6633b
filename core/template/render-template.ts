// Fills a parsed template with a matter. Values come out as field tokens in the markup plus a FieldValue
// list (path, label, required, formatted value, format chain), so values are data and never markup.
import type { Matter } from '../matter/schema';
import { fieldLabel } from '../matter/field-labels';
import { normalizePath } from '../matter/matter-paths';
import { fieldToken } from './field-token';
import { itemKey } from './item-key';
import type { FieldValue } from './field-token';
import { MatterValue, wrapMatter } from './matter-value';
import { COMPILE_OPTIONS, templateEnvironment } from './template-environment';
import { TemplateError } from './template-error';
import type { FieldDeclaration, ParsedPartial, ParsedTemplate } from './template-types';

export interface RenderedMarkup {
  markup: string;
  fields: FieldValue[];
}

type Compiled = (context: unknown, options?: Record<string, unknown>) => string;
const compiledCache = new WeakMap<ParsedTemplate | ParsedPartial, Compiled>();

function compiled(source: ParsedTemplate | ParsedPartial): Compiled {
  let fn = compiledCache.get(source);
  if (!fn) {
    fn = templateEnvironment().compile(source.ast, COMPILE_OPTIONS) as Compiled;
    compiledCache.set(source, fn);
  }
  return fn;
}

/** Custom fields a template declares exist in the render even when the matter (or letter) has none yet. */
function withDeclaredCustomFields(matter: Matter, fields: readonly FieldDeclaration[]): Matter {
  const declared = (prefix: string, present: Record<string, string> | undefined) =>
    fields
      .map((f) => new RegExp(`^${prefix}custom\\.(.+)$`).exec(f.path)?.[1])
      .filter((name): name is string => name !== undefined && !(name in (present ?? {})));
  const letter = (matter as { letter?: { custom?: Record<string, string> } }).letter;
  const missing = declared('', matter.custom);
  const missingLetter = letter ? declared('letter\\.', letter.custom) : [];
  if (missing.length === 0 && missingLetter.length === 0) return matter;
  const blank = (names: string[]) => Object.fromEntries(names.map((name) => [name, '']));
  return {
    ...matter,
    custom: { ...blank(missing), ...matter.custom },
    ...(letter ? { letter: { ...letter, custom: { ...blank(missingLetter), ...letter.custom } } } : {}),
  };
}

export function renderTemplate(
  template: ParsedTemplate,
  matter: Matter,
  partials: ReadonlyMap<string, ParsedPartial>,
): RenderedMarkup {
  const declared = new Map(template.fields.map((f) => [normalizePath(f.path), f]));
  const fields: FieldValue[] = [];
  const keyOf = (path: string) => {
    const key = itemKey(matter, path);
    return key === undefined ? {} : { itemKey: key };
  };
  const sink = {
    emit(value: MatterValue): string {
      const declaration = declared.get(normalizePath(value.path));
      fields.push({
        path: value.path,
        label: declaration?.label ?? fieldLabel(value.path),
        value: value.display,
        ...(value.format ? { format: value.format } : {}),
        required: declaration?.required ?? false,
        ...keyOf(value.path),
      });
      return fieldToken(fields.length - 1);
    },
  };
  const context = wrapMatter(withDeclaredCustomFields(matter, template.fields), '', sink);
  const partialFns = Object.fromEntries([...partials].map(([name, partial]) => [name, compiled(partial)]));
  try {
    const markup = compiled(template)(context, { partials: partialFns });
    return { markup, fields };
  } catch (error) {
    const { lineNumber, column, message } = error as {
      lineNumber?: number;
      column?: number;
      message?: string;
    };
    const reason = (message ?? String(error)).replace(/ - \d+:\d+$/, '').replace(/ in \[object Object\]/, '');
    throw new TemplateError(
      template.file,
      template.bodyLine + (lineNumber ?? 1) - 1,
      (column ?? 0) + 1,
      `the template could not be filled in with this matter: ${reason}. Check the field named there.`,
    );
  }
}
