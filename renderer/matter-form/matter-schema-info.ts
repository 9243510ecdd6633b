// What the matter schema says about a field, for the form: the choices of an enum and a fresh list item
// with the schema's defaults. Read from core's zod schema, so the form cannot drift from the file format.
import { z } from 'zod';
import { templateContextSchema } from '../../core/pipeline/context-schema';

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let guard = 0; guard < 8; guard++) {
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable
    ) {
      current = current.unwrap() as z.ZodType;
    } else break;
  }
  return current;
}

/** The schema at a declared path (`inquiry.requests[].status`), if the matter schema has one. */
export function schemaAt(declared: string): z.ZodType | undefined {
  let current: z.ZodType = templateContextSchema;
  for (const part of declared.replace(/\[\]/g, '.[]').split('.')) {
    const bare = unwrap(current);
    if (part === '[]') {
      if (!(bare instanceof z.ZodArray)) return undefined;
      current = bare.element as z.ZodType;
    } else if (bare instanceof z.ZodObject) {
      const next = (bare.shape as Record<string, z.ZodType>)[part];
      if (!next) return undefined;
      current = next;
    } else return undefined;
  }
  return current;
}

/** The allowed values of a choice field, or [] when the schema has no fixed list. */
export function choicesOf(declared: string): string[] {
  const schema = schemaAt(declared);
  const bare = schema ? unwrap(schema) : undefined;
  return bare instanceof z.ZodEnum ? (bare.options as string[]) : [];
}

/** A new list item with the schema's defaults; items that need a number get the next one. */
export function newListItem(listPath: string, nextNumber: number): unknown {
  const element = schemaAt(`${listPath}[]`);
  if (!element) return {};
  const blank = element.safeParse({});
  if (blank.success) return blank.data;
  const numbered = element.safeParse({ number: String(nextNumber) });
  return numbered.success ? numbered.data : {};
}
