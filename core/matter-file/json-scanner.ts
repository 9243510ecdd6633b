// Scans text as JSON and reports the first place it breaks, with a reason in our words; json-problem.ts says
// what kind of damage that is. Written by hand because JSON.parse quotes the text in its messages.

export interface Found {
  offset: number;
  reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

class Scanner {
  at = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.at < this.text.length && WHITESPACE.has(this.text[this.at]!)) this.at += 1;
  }

  fail(reason: string, offset = this.at): Found {
    return { offset, reason: offset >= this.text.length ? 'the data ends too early' : reason };
  }

  /** A backslash escape in quoted text: \n, \" and the like, or \u and four hexadecimal digits. */
  private escape(): Found | undefined {
    this.at += 1;
    const ch = this.text[this.at];
    if (ch === 'u') {
      for (let i = 0; i < 4; i++) {
        this.at += 1;
        if (!/^[0-9a-fA-F]$/.test(this.text[this.at] ?? ''))
          return this.fail('a \\u escape without four hexadecimal digits');
      }
    } else if (ch === undefined || !'"\\/bfnrt'.includes(ch)) {
      return this.fail('a backslash in quoted text that starts no known escape');
    }
    this.at += 1;
    return undefined;
  }

  /** A string starting at the quote under `at`; leaves `at` after its closing quote. */
  string(): Found | undefined {
    this.at += 1;
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (ch === '"') {
        this.at += 1;
        return undefined;
      }
      if (ch === '\\') {
        const broken = this.escape();
        if (broken) return broken;
      } else if (ch < ' ') {
        return this.fail('a line break or control character inside quoted text (it must be written as \\n)');
      } else this.at += 1;
    }
    return this.fail('');
  }

  private digits(): Found | undefined {
    if (!isDigit(this.text[this.at])) return this.fail('a digit was expected here, in a number');
    while (isDigit(this.text[this.at])) this.at += 1;
    return undefined;
  }

  /** -?(0|[1-9]digits)(.digits)?([eE][+-]?digits)?, failing where a digit is missing. */
  number(): Found | undefined {
    if (this.text[this.at] === '-') this.at += 1;
    if (this.text[this.at] === '0') this.at += 1;
    else {
      const broken = this.digits();
      if (broken) return broken;
    }
    if (this.text[this.at] === '.') {
      this.at += 1;
      const broken = this.digits();
      if (broken) return broken;
    }
    if (this.text[this.at] === 'e' || this.text[this.at] === 'E') {
      this.at += 1;
      if (this.text[this.at] === '+' || this.text[this.at] === '-') this.at += 1;
      return this.digits();
    }
    return undefined;
  }

  /** A value that is not a list or a group; leaves `at` after it. */
  scalar(): Found | undefined {
    const ch = this.text[this.at];
    if (ch === '"') return this.string();
    if (ch === '-' || isDigit(ch)) return this.number();
    const literal = LITERALS.find((word) => word[0] === ch);
    if (literal) {
      for (const letter of literal) {
        if (this.text[this.at] !== letter) return this.fail(`a misspelt ${literal}`);
        this.at += 1;
      }
      return undefined;
    }
    return this.fail('a value was expected here');
  }
}

type Frame = 'object' | 'array';

/** Scans `text` as JSON with an explicit stack (deep nesting cannot overflow) and returns the first problem. */
export function firstJsonProblem(text: string): Found | undefined {
  const scan = new Scanner(text);
  const stack: Frame[] = [];
  // Each turn reads one value, then the punctuation that follows it in its list or group.
  value: for (;;) {
    scan.skipSpace();
    const ch = text[scan.at];
    if (ch === '{' || ch === '[') {
      scan.at += 1;
      scan.skipSpace();
      // An empty list or group is a whole value at once.
      if (text[scan.at] === (ch === '{' ? '}' : ']')) scan.at += 1;
      else {
        stack.push(ch === '{' ? 'object' : 'array');
        const key = ch === '{' ? objectKey(scan, false) : undefined;
        if (key) return key;
        continue value;
      }
    } else {
      const problem = scan.scalar();
      if (problem) return problem;
    }
    // After a value: close containers, or move to the next entry.
    for (;;) {
      const frame = stack[stack.length - 1];
      scan.skipSpace();
      if (!frame) return scan.at < text.length ? scan.fail('more data after the end of the JSON') : undefined;
      const close = frame === 'object' ? '}' : ']';
      const next = text[scan.at];
      if (next === close) {
        stack.pop();
        scan.at += 1;
        continue;
      }
      if (next !== ',') {
        return scan.fail(
          frame === 'object'
            ? 'a comma (,) or a closing brace (}) was expected here'
            : 'a comma (,) or a closing bracket (]) was expected here',
        );
      }
      scan.at += 1;
      if (frame === 'object') {
        const key = objectKey(scan, true);
        if (key) return key;
      }
      continue value;
    }
  }
}

/** A group's field name and its colon; leaves `at` where the field's value starts. */
function objectKey(scan: Scanner, afterComma: boolean): Found | undefined {
  scan.skipSpace();
  if (scan.text[scan.at] !== '"') {
    return scan.fail(
      afterComma && scan.text[scan.at] === '}'
        ? 'a comma before the closing brace with no field after it'
        : 'a field name in double quotes was expected here',
    );
  }
  const broken = scan.string();
  if (broken) return broken;
  scan.skipSpace();
  if (scan.text[scan.at] !== ':') return scan.fail('a colon (:) was expected after the field name');
  scan.at += 1;
  return undefined;
}
