// Resolves a path in a template against the blocks around it (#each/#with, `this`, `../`, `@root` and block
// params) and checks that it names a declared field, used the way the field's type allows.
// The `hbs` AST types are global declarations of the handlebars package; this loads them.
import type {} from 'handlebars';
import { normalizePath, pathKind } from '../matter/matter-paths';
import { unknownFieldDetail } from './field-suggestion';
import type { FieldDeclaration } from './template-types';

/** A block param (`as |item index|`): a path into the matter, or a data value such as the index. */
export interface Param {
  base?: string;
  data?: boolean;
}
/** One level of context: the matter path `this` stands for, opened by #each or #with (or the top level). */
export interface Scope {
  base: string;
  inEach: boolean;
  params: Map<string, Param>;
}
/** Where the path stands: printed, passed to a helper, opening a #each/#with, or tested by #if/#unless. */
export type Usage = 'output' | 'value' | 'context' | 'condition';
export type Fail = (node: hbs.AST.Node, detail: string) => void;

const DATA_VARIABLES = new Set(['index', 'first', 'last', 'key']);

/**
 * A checker for the template's declared fields: it returns the matter path a template path stands for, or
 * undefined after reporting through `fail` why the path cannot be used there.
 */
export function pathChecker(declared: ReadonlyMap<string, FieldDeclaration>, fail: Fail) {
  const containsDeclared = (path: string) =>
    path === '' || [...declared.keys()].some((d) => d.startsWith(`${path}.`) || d.startsWith(`${path}[]`));

  const resolve = (path: hbs.AST.PathExpression, stack: Scope[]): string | undefined => {
    if (path.data) {
      const [first, ...rest] = path.parts;
      if (first === 'root') return normalizePath(rest.join('.'));
      if (first && DATA_VARIABLES.has(first) && rest.length === 0) {
        if (!stack.some((s) => s.inEach))
          fail(path, `\`@${first}\` only has a value inside {{#each}}…{{/each}}`);
      } else {
        fail(
          path,
          `\`${path.original}\` is not something a template can use; write @index, @first, @last or @root.<field>`,
        );
      }
      return undefined;
    }
    const at = stack.length - 1 - path.depth;
    const scope = stack[at];
    if (!scope) {
      fail(path, `\`${path.original}\` goes above the whole matter; remove one \`../\``);
      return undefined;
    }
    let base = scope.base;
    let parts = path.parts;
    const param =
      path.depth === 0 && parts[0]
        ? [...stack]
            .reverse()
            .find((s) => s.params.has(parts[0]!))
            ?.params.get(parts[0])
        : undefined;
    if (param) {
      if (param.data) return undefined;
      base = param.base ?? '';
      parts = parts.slice(1);
    }
    const joined = [base, ...parts].filter((p) => p !== '').join('.');
    return normalizePath(joined.replace(/\.\[\]/g, '[]'));
  };

  const checkPath = (path: hbs.AST.PathExpression, stack: Scope[], usage: Usage): string | undefined => {
    const resolved = resolve(path, stack);
    if (resolved === undefined) return undefined;
    const written = path.original === resolved ? '' : ` (written \`${path.original}\`)`;
    const decl = declared.get(resolved);
    const listOk = (p: string) =>
      declared.get(p)?.type === 'list' || (pathKind(p) === 'list' && containsDeclared(p));
    if (usage === 'context' || usage === 'condition') {
      if (decl || containsDeclared(resolved)) return resolved;
    }
    if (decl) {
      if (decl.type === 'list' && usage === 'output') {
        fail(
          path,
          `\`${resolved}\`${written} is a list; show it with {{#each ${path.original}}}…{{/each}} or {{joinList ${path.original}}}`,
        );
      }
      return resolved;
    }
    if (resolved.endsWith('.length') && listOk(resolved.slice(0, -'.length'.length))) return resolved;
    if (resolved === '') {
      fail(path, `\`${path.original}\` here is the whole matter; name one of its fields`);
      return undefined;
    }
    const kind = pathKind(resolved);
    if (kind === 'group' || kind === 'record') {
      fail(path, `\`${resolved}\`${written} is a group of fields, not a value; name one of its fields`);
    } else if (kind) {
      // A real field, only not declared: suggesting another field spelled alike (`answer` -> `number`) misleads.
      fail(
        path,
        `the field \`${resolved}\`${written} is not declared in the front matter; add it under \`fields:\``,
      );
    } else {
      fail(path, `the field \`${resolved}\`${written} ${unknownFieldDetail(resolved, declared.keys())}`);
    }
    return undefined;
  };

  return checkPath;
}
