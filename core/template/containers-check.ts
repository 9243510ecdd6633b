// Checks the letter-part containers (`:::address-block` … `:::`) and leaf directives (`::page-break`) line by
// line, so an unclosed or misspelt part is reported where it starts instead of silently swallowing the letter.
import { LETTER_PART_TYPES } from '../document/model';
import { TemplateError, didYouMean } from './template-error';

export const CONTAINER_NAMES: readonly string[] = [...LETTER_PART_TYPES, 'center', 'right', 'justify'];
export const LEAF_DIRECTIVES: readonly string[] = ['page-break'];

const CONTAINER = /^\s*:{3,}\s*([^\s{[]*)/;
const LEAF = /^\s*::(?!:)([A-Za-z][\w-]*)/;

export function checkContainers(file: string, body: string, bodyLine: number): TemplateError[] {
  const errors: TemplateError[] = [];
  const open: { name: string; line: number; column: number }[] = [];
  body.split('\n').forEach((text, index) => {
    const line = bodyLine + index;
    const column = text.length - text.trimStart().length + 1;
    const container = CONTAINER.exec(text);
    if (container) {
      const name = container[1] ?? '';
      if (name === '') {
        if (!open.pop())
          errors.push(
            new TemplateError(
              file,
              line,
              column,
              'this `:::` closes a letter part that was never opened; remove it or add the opening line, e.g. `:::address-block`',
            ),
          );
      } else {
        if (!CONTAINER_NAMES.includes(name)) {
          const hint = didYouMean(name, CONTAINER_NAMES);
          errors.push(
            new TemplateError(
              file,
              line,
              column,
              `\`:::${name}\` is not a letter part${hint || `; use one of: ${CONTAINER_NAMES.join(', ')}`}`,
            ),
          );
        }
        open.push({ name, line, column });
      }
      return;
    }
    const leaf = LEAF.exec(text);
    if (leaf && !LEAF_DIRECTIVES.includes(leaf[1]!)) {
      const hint = didYouMean(leaf[1]!, LEAF_DIRECTIVES);
      errors.push(
        new TemplateError(
          file,
          line,
          column,
          `\`::${leaf[1]}\` is not a directive Counsel Desk knows${hint || '; the only one is `::page-break`'}`,
        ),
      );
    }
  });
  for (const part of open) {
    errors.push(
      new TemplateError(
        file,
        part.line,
        part.column,
        `\`:::${part.name}\` is never closed; add a line with just \`:::\` after its last line`,
      ),
    );
  }
  return errors;
}
