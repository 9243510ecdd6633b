// Checks a template body before it is ever rendered: every path resolves to a declared field (inside
// #each/#with, `this`, `../`, `@root` and block params included), every helper and partial exists, and
// each helper gets the arguments it needs. Errors carry the line and column in the template file.
// The `hbs` AST types are global declarations of the handlebars package; this loads them.
import type {} from 'handlebars';
import { normalizePath, pathKind } from '../matter/matter-paths';
import { HELPERS, helperUsage, isHelper } from './helper-names';
import { pathChecker } from './path-check';
import type { Param, Scope, Usage } from './path-check';
import { TemplateError, didYouMean } from './template-error';
import type { FieldDeclaration } from './template-types';

type Node = hbs.AST.Node;

export interface CheckInput {
  file: string;
  bodyLine: number;
  ast: hbs.AST.Program;
  fields: readonly FieldDeclaration[];
  partialNames: ReadonlySet<string>;
  /** "template" or "partial", for messages. */
  kind: string;
}

export function checkTemplateBody(input: CheckInput): { errors: TemplateError[]; partialsUsed: string[] } {
  const declared = new Map(input.fields.map((f) => [normalizePath(f.path), f]));
  const errors: TemplateError[] = [];
  const partialsUsed = new Set<string>();

  const fail = (node: Node, detail: string) => {
    const start = node.loc?.start ?? { line: 1, column: 0 };
    errors.push(new TemplateError(input.file, input.bodyLine + start.line - 1, start.column + 1, detail));
  };

  const checkPath = pathChecker(declared, fail);

  const checkArity = (
    node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression,
    name: string,
  ) => {
    const spec = HELPERS[name]!;
    const count = node.params.length;
    if (count < spec.min || count > spec.max) {
      fail(node, `the helper \`${name}\` takes ${helperUsage(name)}, but is given ${count}`);
    }
  };

  const unknownHelper = (path: hbs.AST.PathExpression) => {
    const hint = didYouMean(path.original, Object.keys(HELPERS));
    fail(
      path,
      `the helper \`${path.original}\` does not exist${hint || `; the helpers are: ${Object.keys(HELPERS).join(', ')}`}`,
    );
  };

  const visitExpression = (expr: hbs.AST.Expression, stack: Scope[], usage: Usage) => {
    if (expr.type === 'SubExpression') visitCall(expr as hbs.AST.SubExpression, stack, usage);
    else if (expr.type === 'PathExpression') checkPath(expr as hbs.AST.PathExpression, stack, usage);
  };

  const visitArgs = (node: { params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }, stack: Scope[]) => {
    for (const param of node.params) visitExpression(param, stack, 'value');
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, stack, 'value');
  };

  const visitCall = (
    node: hbs.AST.MustacheStatement | hbs.AST.SubExpression,
    stack: Scope[],
    usage: Usage,
  ) => {
    if (node.path.type !== 'PathExpression') return;
    const path = node.path as hbs.AST.PathExpression;
    const simple =
      !path.data && path.depth === 0 && path.parts.length === 1 && !/^(this|\.)/.test(path.original);
    const hasArgs = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    if (simple && isHelper(path.original)) {
      if (HELPERS[path.original]!.block) {
        fail(path, `\`${path.original}\` opens a block: write {{#${path.original} …}}…{{/${path.original}}}`);
      } else {
        checkArity(node, path.original);
      }
      visitArgs(node, stack);
    } else if (hasArgs || node.type === 'SubExpression') {
      unknownHelper(path);
      visitArgs(node, stack);
    } else {
      checkPath(path, stack, usage);
    }
  };

  const visitBlock = (node: hbs.AST.BlockStatement, stack: Scope[]) => {
    const path = node.path as hbs.AST.PathExpression;
    const name = path.original;
    const visitBoth = (inner: Scope[]) => {
      if (node.program) visitProgram(node.program, inner);
      if (node.inverse) visitProgram(node.inverse, stack);
    };
    if (!isHelper(name)) {
      if (node.params.length === 0)
        fail(path, `a block must start with #if, #unless, #each or #with (found \`#${name}\`)`);
      else unknownHelper(path);
      return visitBoth(stack);
    }
    if (!HELPERS[name]!.block) {
      fail(path, `the helper \`${name}\` cannot open a block; write it as {{${name} …}}`);
      return visitBoth(stack);
    }
    checkArity(node, name);
    const subject = node.params[0];
    if (name === 'if' || name === 'unless' || !subject) {
      if (subject) visitExpression(subject, stack, 'condition');
      return visitBoth(stack);
    }
    if (subject.type !== 'PathExpression') {
      fail(subject, `{{#${name}}} needs a field of the matter, e.g. {{#${name} inquiry.requests}}`);
      return visitBoth(stack);
    }
    const resolved = checkPath(subject as hbs.AST.PathExpression, stack, 'context');
    if (resolved === undefined) return visitBoth(stack);
    const isList = pathKind(resolved) === 'list' || declared.get(resolved)?.type === 'list';
    if (name === 'each' && !isList) {
      fail(subject, `{{#each}} needs a list, and \`${resolved}\` is not one`);
      return visitBoth(stack);
    }
    const base = name === 'each' ? `${resolved}[]` : resolved;
    const [item, index] = node.program.blockParams ?? [];
    const params = new Map<string, Param>();
    if (item) params.set(item, { base });
    if (index) params.set(index, { data: true });
    visitBoth([...stack, { base, inEach: name === 'each', params }]);
  };

  const visitPartial = (node: hbs.AST.PartialStatement) => {
    if (node.name.type !== 'PathExpression') {
      return fail(node, 'a partial must be named directly, as in {{> letterhead}}');
    }
    const name = (node.name as hbs.AST.PathExpression).original;
    if (!input.partialNames.has(name)) {
      const hint = didYouMean(name, input.partialNames);
      return fail(
        node,
        `the partial \`${name}\` does not exist${hint || `; partials are the files in templates/partials/ (<name>.md)`}`,
      );
    }
    partialsUsed.add(name);
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      fail(node, `the partial \`${name}\` always uses the whole matter; write just {{> ${name}}}`);
    }
  };

  const visitProgram = (program: hbs.AST.Program, stack: Scope[]) => {
    for (const statement of program.body) {
      switch (statement.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'MustacheStatement':
          visitCall(statement as hbs.AST.MustacheStatement, stack, 'output');
          break;
        case 'BlockStatement':
          visitBlock(statement as hbs.AST.BlockStatement, stack);
          break;
        case 'PartialStatement':
          visitPartial(statement as hbs.AST.PartialStatement);
          break;
        default:
          fail(
            statement,
            `\`${statement.type}\` is not supported in ${input.kind}s; use helpers, #if/#each/#with and {{> partial}}`,
          );
      }
    }
  };

  visitProgram(input.ast, [{ base: '', inEach: false, params: new Map() }]);
  return { errors, partialsUsed: [...partialsUsed] };
}
