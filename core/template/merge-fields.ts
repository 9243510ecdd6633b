// The fields a template uses: its own declarations, then those of every partial it uses (found before any
// checking, so fields can be merged first); the first declaration of a path wins.
import type {} from 'handlebars';
import type { FieldDeclaration } from './template-types';

/** What merging needs of a read template or partial. */
interface Declares {
  ownFields: FieldDeclaration[];
  ast: hbs.AST.Program;
}

/** Partial names a body uses, found without any checking (needed before fields can be merged). */
function partialNamesIn(program: hbs.AST.Program, into = new Set<string>()): Set<string> {
  for (const node of program.body) {
    if (node.type === 'PartialStatement') {
      const name = (node as hbs.AST.PartialStatement).name;
      if (name.type === 'PathExpression') into.add((name as hbs.AST.PathExpression).original);
    } else if (node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      if (block.program) partialNamesIn(block.program, into);
      if (block.inverse) partialNamesIn(block.inverse, into);
    }
  }
  return into;
}

/** Own fields first, then those of each partial used (recursively); the first declaration of a path wins. */
export function mergeFields(
  own: FieldDeclaration[],
  ast: hbs.AST.Program,
  partials: ReadonlyMap<string, Declares>,
  seen = new Set<string>(),
): FieldDeclaration[] {
  const merged = [...own];
  const paths = new Set(own.map((f) => f.path));
  for (const name of partialNamesIn(ast)) {
    const partial = partials.get(name);
    if (!partial || seen.has(name)) continue;
    seen.add(name);
    for (const field of mergeFields(partial.ownFields, partial.ast, partials, seen)) {
      if (!paths.has(field.path)) {
        paths.add(field.path);
        merged.push(field);
      }
    }
  }
  return merged;
}
