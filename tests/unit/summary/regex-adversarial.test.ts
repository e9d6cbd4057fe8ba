// Every regular expression of the summary core (src/core/summary, and the Vietnamese text helpers added for it) is
// listed here and run on adversarial input generated from its own source: each alternative repeated 40 times and
// each character class 50,000 times, followed by a character that makes the match fail. A backtracking or
// quadratic expression takes seconds on that input; a linear one a fraction of a millisecond.
//
// The list is read from the source files (regular expression literals and `new RegExp`), so a new expression
// cannot skip the test: it fails until the expression is added to REVIEWED with a word on why it is linear.
// Times are this process's CPU time, fastest of three runs, against a generous bound: they check the absence of
// blow-up, not a speed target.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SCANNED = ['src/core/summary', 'src/core/text/tone.ts', 'src/core/text/sentence-pieces.ts'];

/** Every expression the scan finds, by file, with why it cannot blow up. */
const REVIEWED: Record<string, string> = {
  'src/core/summary/facts-score.ts /[^\\p{L}\\p{N}%]+/gu': 'one class, one quantifier: each character is read once',
  'src/core/summary/facts-score.ts /^(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong) /u': 'anchored, fixed words',
  'src/core/summary/facts-score.ts /^tỉ$/u': 'anchored literal',
  'src/core/summary/sentence-features.ts /\\d/': 'one character',
  'src/core/summary/sentence-features.ts /^\\p{Lu}/u': 'anchored, one character',
  'src/core/summary/sentence-features.ts /[.!?…:;"”’)]$/u': 'one character before the end',
  'src/core/summary/sentence-features.ts /\\p{L}/u': 'one character',
  'src/core/summary/sentence-features.ts /^["“\'‘]/u': 'anchored, one character',
  'src/core/summary/sentence-features.ts /\\?["”\'’]?$/u': 'two characters before the end',
  'src/core/summary/sentence-features.ts /:$/u': 'one character before the end',
  'src/core/summary/stopwords.ts /\\s+/': 'one class, one quantifier (splits a constant word list)',
  'src/core/summary/token-model.ts /\\d/': 'one character',
};

interface Found {
  file: string;
  source: string;
  flags: string;
  /** `new RegExp(…)`: the pattern is built at run time and cannot be read from the source. */
  isDynamic: boolean;
}

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).flatMap((name) => filesUnder(join(path, name)));
}

/** Keywords after which "/" starts a regular expression, not a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'void', 'in', 'of', 'new', 'delete', 'throw', 'else', 'do', 'yield', 'await']);
const REGEX_AFTER_CHARS = '(,=:[!&|?{};+-*%<>~^';

/**
 * The regular expression literals of a TypeScript source, with a small lexer: strings, template literals (and the
 * code inside their ${…}), comments and divisions are told apart from literals by what comes before the "/".
 */
export function findRegexLiterals(code: string, file: string): Found[] {
  const found: Found[] = [];
  let i = 0;
  let previous = '';
  let previousWord = '';
  // Template literal nesting: a "}" that closes a ${…} returns to the template's text.
  const braces: Array<'code' | 'template'> = [];
  /** Reads template text; after it, code goes on as after an operand, or after "{" when a ${…} opens. */
  const readTemplate = (): string => {
    while (i < code.length) {
      const ch = code[i]!;
      if (ch === '\\') i += 2;
      else if (ch === '`') {
        i++;
        return 'x';
      } else if (ch === '$' && code[i + 1] === '{') {
        i += 2;
        braces.push('template');
        return '{';
      } else i++;
    }
    return 'x';
  };
  while (i < code.length) {
    const ch = code[i]!;
    if (ch === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i++;
      while (i < code.length && code[i] !== ch) i += code[i] === '\\' ? 2 : 1;
      i++;
      previous = 'x';
      previousWord = '';
      continue;
    }
    if (ch === '`') {
      i++;
      previous = readTemplate();
      previousWord = '';
      continue;
    }
    if (ch === '{') braces.push('code');
    if (ch === '}') {
      if (braces.pop() === 'template') {
        i++;
        previous = readTemplate();
        continue;
      }
    }
    if (ch === '/' && (previous === '' || REGEX_AFTER_CHARS.includes(previous) || REGEX_AFTER_WORDS.has(previousWord))) {
      let k = i + 1;
      let inClass = false;
      while (k < code.length && (inClass || code[k] !== '/')) {
        if (code[k] === '\\') k++;
        else if (code[k] === '[') inClass = true;
        else if (code[k] === ']') inClass = false;
        k++;
      }
      const source = code.slice(i + 1, k);
      let end = k + 1;
      while (end < code.length && /[a-z]/u.test(code[end]!)) end++;
      found.push({ file, source, flags: code.slice(k + 1, end), isDynamic: false });
      i = end;
      previous = 'x';
      previousWord = '';
      continue;
    }
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (/[\p{L}\p{N}_$]/u.test(ch)) {
      let k = i;
      while (k < code.length && /[\p{L}\p{N}_$]/u.test(code[k]!)) k++;
      previousWord = code.slice(i, k);
      if (previousWord === 'RegExp' && code.slice(k).trimStart().startsWith('(')) {
        found.push({ file, source: '', flags: '', isDynamic: true });
      }
      previous = 'x';
      i = k;
      continue;
    }
    // A "!" after an operand is TypeScript's non-null assertion ("a[i]! / b"): the operand goes on.
    const isOperandEnd = ch === ')' || ch === ']' || (ch === '!' && (previous === 'x' || previous === ')' || previous === ']'));
    previous = isOperandEnd ? 'x' : ch;
    previousWord = '';
    i++;
  }
  return found;
}

function scanAll(): Found[] {
  return SCANNED.flatMap(filesUnder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .flatMap((f) => findRegexLiterals(readFileSync(f, 'utf8'), relative(ROOT, f)));
}

/** Characters tried against each character class of an expression. */
const SAMPLES = ['a', 'Z', 'đ', 'Ủ', 'ệ', '0', '9', ' ', '\t', '\u00a0', '.', ',', '-', '%', '"', '“', '”', "'", '’', '?', ':', ';', '(', ')', '!', '…', '/', '_', '😀'];
/** Tails that end a long run without matching what came before. */
const TAILS = ['\u0001', '!', 'a', ' '];

/** The character classes of a source: [...] groups and escapes such as \d, \s, \p{L}. */
function classesOf(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\' && source[i + 1] !== undefined) {
      const kind = source[i + 1]!;
      if ((kind === 'p' || kind === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        out.push(source.slice(i, end + 1));
        i = end;
      } else {
        out.push(source.slice(i, i + 2));
        i++;
      }
    } else if (source[i] === '[') {
      let k = i + 1;
      while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
      out.push(source.slice(i, k + 1));
      i = k;
    } else if (source[i] === '.') out.push('.');
  }
  return out;
}

/** The literal words of each alternative: "(?:tinh|thanh pho|tp)" gives "tinh", "thanh pho", "tp". */
function alternativesOf(source: string): string[] {
  return source
    .split(/[|()]/u)
    .map((part) => part.replace(/\\[pP]\{[^}]*\}|\\.|\[[^\]]*\]|\?:|[\^$*+?{}]/gu, ''))
    .filter((part) => part.trim() !== '');
}

function adversarialInputs(found: Found): string[] {
  const flags = found.flags.includes('u') ? 'u' : '';
  const inputs: string[] = [];
  for (const cls of classesOf(found.source)) {
    const probe = new RegExp(`^${cls}$`, flags);
    const matching = SAMPLES.filter((c) => probe.test(c));
    for (const c of matching.slice(0, 3)) for (const tail of TAILS) inputs.push(c.repeat(50000) + tail);
  }
  const alternatives = alternativesOf(found.source);
  for (const alt of alternatives) for (const tail of TAILS) inputs.push(`${alt} `.repeat(40) + tail);
  if (alternatives.length > 1) inputs.push(`${alternatives.join(' ')} `.repeat(40) + '\u0001');
  return inputs;
}

function cpuMs(fn: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Fastest of three runs; linear expressions take well under a millisecond on these inputs. */
const BOUND_MS = 50;

describe('regular expressions of the summary core', () => {
  const found = scanAll();

  it('are all listed and reviewed, and none is built at run time', () => {
    expect(found.filter((f) => f.isDynamic).map((f) => f.file)).toEqual([]);
    expect(found.map((f) => `${f.file} /${f.source}/${f.flags}`).sort()).toEqual(Object.keys(REVIEWED).sort());
  });

  it('the scan finds literals and leaves strings, comments and divisions alone', () => {
    const code = "const a = /x+/g; const b = 'no /re/'; // no /re/\nconst c = d / 2 / e; const f = `t ${/y/u.source}`; return /z/;";
    expect(findRegexLiterals(code, 'f').map((x) => `/${x.source}/${x.flags}`)).toEqual(['/x+/g', '/y/u', '/z/']);
  });

  it('generates the input that exposed the old measure-word expression (minutes for 190 characters)', () => {
    const old = { file: 'old', source: '(?:\\s+(?:đạt|ở mức|tại mức|mức|ở|tại))+$', flags: 'iu', isDynamic: false };
    const inputs = adversarialInputs(old);
    expect(inputs).toContain(`${'ở mức '.repeat(40)}\u0001`);
    expect(inputs.some((x) => x.length > 50000 && x.startsWith(' '.repeat(100)))).toBe(true);
  });

  it.each(found.filter((f) => !f.isDynamic).map((f) => [`${f.file} /${f.source}/${f.flags}`, f] as const))(
    '%s finishes fast on adversarial input',
    (_, f) => {
      const inputs = adversarialInputs(f);
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of inputs) {
        const re = new RegExp(f.source, f.flags);
        const ms = cpuMs(() => (f.flags.includes('g') ? [...input.matchAll(re)].length : re.test(input)));
        expect(ms, `${JSON.stringify(input.slice(0, 12))}… (${input.length} characters)`).toBeLessThan(BOUND_MS);
      }
    },
  );
});
