// A small JSON parser that remembers the line where every object and array starts, so an import can say
// "line 7: this entry has no expansion" instead of "entry 5". JSON.parse gives no positions for values, and
// its syntax-error messages differ between V8 and SpiderMonkey.

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly expected: string,
  ) {
    super(`line ${line}, column ${column}: expected ${expected}`);
  }
}

export interface ParsedJson {
  value: unknown;
  /** 1-based line where each object or array of the value begins. */
  lineOf: WeakMap<object, number>;
}

/** Nesting beyond this is not a dictionary: refuse it instead of risking the stack. */
const MAX_DEPTH = 64;

export function parseJsonWithLines(source: string): ParsedJson {
  const text = source.replace(/^\uFEFF/, '');
  const lineOf = new WeakMap<object, number>();
  let pos = 0;
  let line = 1;
  let lineStart = 0;

  const fail = (expected: string): never => {
    throw new JsonSyntaxError(line, pos - lineStart + 1, expected);
  };
  const skipSpace = (): void => {
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === '\n') {
        line++;
        lineStart = pos + 1;
      } else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      pos++;
    }
  };
  const parseString = (): string => {
    // Positioned on the opening quote.
    pos++;
    let out = '';
    while (pos < text.length) {
      const ch = text[pos]!;
      if (ch === '"') {
        pos++;
        return out;
      }
      if (ch === '\n') fail('"');
      if (ch === '\\') {
        const esc = text[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (esc !== undefined && esc in simple) {
          out += simple[esc];
          pos += 2;
          continue;
        }
        if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
          continue;
        }
        pos++;
        fail('a valid escape');
      }
      out += ch;
      pos++;
    }
    return fail('"');
  };
  const parseValue = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('less nesting');
    skipSpace();
    const ch = text[pos];
    if (ch === '{') {
      const obj: Record<string, unknown> = {};
      lineOf.set(obj, line);
      pos++;
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('"');
        const key = parseString();
        skipSpace();
        if (text[pos] !== ':') fail(':');
        pos++;
        const value = parseValue(depth + 1);
        // Own property even for "__proto__": the parsed data never reaches a prototype.
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail('"," or "}"');
      }
    }
    if (ch === '[') {
      const arr: unknown[] = [];
      lineOf.set(arr, line);
      pos++;
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(depth + 1));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail('"," or "]"');
      }
    }
    if (ch === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 40));
    if (literal) {
      pos += literal[0].length;
      return literal[0] === 'true' ? true : literal[0] === 'false' ? false : literal[0] === 'null' ? null : Number(literal[0]);
    }
    return fail('a value');
  };

  const value = parseValue(0);
  skipSpace();
  if (pos < text.length) fail('the end of the file');
  return { value, lineOf };
}
