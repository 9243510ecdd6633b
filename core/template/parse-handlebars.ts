// Parses a Handlebars body and turns a syntax error into a TemplateError at the right line and column.
import Handlebars from 'handlebars';
import { TemplateError } from './template-error';
import { findUnclosedBlock, unclosedBlockMessage } from './unclosed-block';

interface ParserHash {
  text?: string;
  token?: string | null;
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  expected?: string[];
}

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly hash: ParserHash,
  ) {
    super(message);
  }
}

const parser = (
  Handlebars as unknown as { Parser: { parseError?: (message: string, hash: ParserHash) => never } }
).Parser;

const TOKEN_WORDS: Record<string, string> = {
  CLOSE: '`}}`',
  CLOSE_UNESCAPED: '`}}}`',
  INVALID: 'a stray character',
  EOF: 'the end of the file',
};

function explain(hash: ParserHash, fallback: string): string {
  const got = hash.token
    ? (TOKEN_WORDS[hash.token] ?? `\`${hash.text ?? hash.token}\``)
    : 'the end of the text';
  if (hash.expected?.some((e) => e.includes("'CLOSE'"))) {
    return `a {{…}} is not closed properly (found ${got}); check the braces, e.g. {{inquiry.deadline}}`;
  }
  if (hash.expected?.some((e) => e.includes("'ID'")))
    return `something is missing inside {{…}} before ${got}`;
  return `Handlebars cannot read this: ${fallback.split('\n').pop() ?? fallback}`;
}

/** Parses, or throws a TemplateError located in the file (bodyLine is the file line of the body's line 1). */
export function parseHandlebars(file: string, body: string, bodyLine: number): hbs.AST.Program {
  // The parser reports positions only to parseError; catch them while we parse (synchronously) and restore.
  const hadOwn = Object.prototype.hasOwnProperty.call(parser, 'parseError');
  const previous = parser.parseError;
  parser.parseError = (message, hash) => {
    throw new SyntaxFailure(message, hash);
  };
  try {
    // Whitespace control (standalone lines) is left to compile, which applies it anyway: applied here as
    // well, its scan of the text beside every {{…}} ran twice, a fifth of a large template's render.
    return Handlebars.parseWithoutProcessing(body);
  } catch (error) {
    if (error instanceof SyntaxFailure) {
      // A block left open is noticed only at the end of the file; point at the line that opens it.
      const unclosed = error.hash.token === 'EOF' ? findUnclosedBlock(body) : undefined;
      if (unclosed)
        return fail(file, bodyLine + unclosed.line - 1, unclosed.column, unclosedBlockMessage(unclosed));
      // The parser reports the last token it understood; the problem starts right after it.
      const line = error.hash.loc?.last_line ?? (error.hash.line ?? 0) + 1;
      const column = (error.hash.loc?.last_column ?? 0) + 1;
      return fail(file, bodyLine + line - 1, column, explain(error.hash, error.message));
    }
    const { lineNumber, column } = error as { lineNumber?: number; column?: number };
    const reason = (error as Error).message.replace(/ - \d+:\d+$/, '');
    const doesNotMatch = /^(\S+) doesn't match (\S+)$/.exec(reason);
    const detail = doesNotMatch
      ? `{{#${doesNotMatch[1]}}} is closed by {{/${doesNotMatch[2]}}}; close each block with its own name`
      : `Handlebars cannot read this: ${reason}`;
    return fail(file, bodyLine + (lineNumber ?? 1) - 1, (column ?? 0) + 1, detail);
  } finally {
    if (hadOwn) parser.parseError = previous;
    else delete parser.parseError;
  }
}

function fail(file: string, line: number, column: number, detail: string): never {
  throw new TemplateError(file, line, column, detail);
}
