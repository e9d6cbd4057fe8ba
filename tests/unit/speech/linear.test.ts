// Page text is untrusted: speech processing must stay linear in it. Two kinds of test, no timing assertions (the
// test timeout catches a blow-up; speed itself is measured by scripts/speech/bench.ts):
// 1. every regular expression in the speech modules, found by reading their source, runs on adversarial input
//    (repeats ×40 and classes ×50,000 with a failing tail); a new regex that is not listed here fails the test;
// 2. the normaliser and chunker run on 50,000-character inputs of each kind they parse.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { chunkForSpeech, speechText } from '../../../src/core/speech/index';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = [
  ...readdirSync(join(ROOT, 'src/core/speech'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `src/core/speech/${f}`),
  'src/core/text/syllable.ts',
  ...readdirSync(join(ROOT, 'tools/voice-data'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `tools/voice-data/${f}`),
];

/** Every regular expression written in `file`: literals, and `RegExp(…)` calls with a literal pattern. */
function regexesIn(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) found.push(node.text);
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      found.push(`RegExp(${node.arguments?.map((a) => a.getText(source)).join(', ') ?? ''})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every regex of the speech code, by file. Each is compiled from its literal and run on the adversarial inputs
 * below; the comment says why it cannot backtrack.
 */
const INVENTORY: Record<string, string[]> = {
  // One character at a time (a class, or an alternation of single characters).
  'src/core/speech/atoms.ts': ['/[\\p{L}\\p{M}]/u', '/\\s|\\u200b|\\u200c|\\u200d|\\ufeff/u'],
  'src/core/speech/speech-text.ts': ['/[\\p{L}\\p{M}\\p{N}]/u'],
  'src/core/speech/normalize.ts': ['/\\p{M}/u'],
  'src/core/speech/word-rules.ts': ['/[\\p{L}\\p{N}]/u'],
  // A single class, unanchored: one pass.
  'src/core/speech/number-rules.ts': ['/\\p{Lu}/u'],
  // Anchored single class with one quantifier over a word of at most 16 characters.
  'src/core/speech/keystrokes.ts': ['/^[a-z]+$/'],
};

function compile(literal: string): RegExp {
  const end = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/** Samples of every class of character the normaliser distinguishes. */
const CLASSES = ['a', 'A', 'Đ', 'ế', 'e\u0301', '1', ' ', '\u00a0', '.', ',', '-', '/', ':', '(', '%', '\u0301', '😀', '\u200b', 'V'];
const TAILS = ['!', '\u0000', '9', 'x'];

function adversarialInputs(): string[] {
  const inputs: string[] = [];
  for (const c of CLASSES) {
    for (const tail of TAILS) {
      inputs.push(c.repeat(40) + tail);
      inputs.push(c.repeat(Math.ceil(50_000 / c.length)) + tail);
    }
    inputs.push(`${c}a`.repeat(25_000) + '!');
    inputs.push(`${c} `.repeat(25_000) + '!');
  }
  return inputs;
}

describe('every regular expression of the speech code', { timeout: 10_000 }, () => {
  const found = Object.fromEntries(SOURCES.map((file) => [file, regexesIn(file)]).filter(([, list]) => list!.length > 0));

  it('is listed in the inventory (so none skips the adversarial run)', () => {
    expect(found).toEqual(INVENTORY);
  });

  const inputs = adversarialInputs();
  it.each(Object.entries(INVENTORY).flatMap(([file, list]) => list.map((literal) => [relative('.', file), literal])))(
    '%s %s runs on repeats ×40 and classes ×50,000 with a failing tail',
    (_file, literal) => {
      const re = compile(literal);
      for (const input of inputs) {
        re.lastIndex = 0;
        re.test(input);
        input.replace(new RegExp(re.source, `${re.flags.replace('g', '')}g`), '');
      }
    },
  );
});

// A linear pass over 50,000 characters takes under 2 s even on a loaded machine; the quadratic ones found while
// writing this (a string read while being built, splitSentences on one long line) took 12–36 s. The timeout is what
// tells them apart; nothing here asserts a speed.
describe('the normaliser on adversarial text (50,000 characters each)', { timeout: 10_000 }, () => {
  const N = 50_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const cases: Array<[string, string]> = [
    ['digits and dots', `${fill('1.')}x`],
    ['thousands groups', `${fill('1.000')}.00`],
    ['decimal commas', `${fill('1,5')},`],
    ['date-like slashes', `${fill('1/')}2/`],
    ['date-like dashes', `${fill('1-')}-`],
    ['times', `${fill('08:')}:`],
    ['spaced dashes between numbers', `${fill('1 - ')}1`],
    ['dotted capitals', `${fill('A.')}B`],
    ['abbreviation dots', `${fill('v.')}v`],
    ['brackets', `${fill('(')})`],
    ['definitions', `${fill('Ủy ban nhân dân (UBND) ')}(`],
    ['ambiguous acronyms', `${fill('BCT ')}họp`],
    ['unknown acronyms', `${fill('XYZQ ')}!`],
    ['document numbers', `${fill('15/2020/NĐ-CP ')}/`],
    ['roman numerals after cues', `${fill('khóa XIII ')}X`],
    ['VNI keystrokes', `${fill('bi3e63u ')}9`],
    ['one long letter run', `${fill('a')}3`],
    ['one long digit run', `${fill('9')}a`],
    ['decomposed marks', `${fill('e\u0301\u0323')}x`],
    ['marks without base', `${fill('\u0301\u0323')}x`],
    ['surrogate pairs', `${fill('😀')}a`],
    ['units after numbers', `${fill('5 km ')}/`],
    ['per-unit slashes', `${fill('5 đồng/')}kg`],
    ['ellipses', `${fill('…')}.`],
    ['percent signs', `${fill('%')}1`],
  ];

  it.each(cases)('%s', (_name, input) => {
    const speech = speechText(input);
    expect(speech.map.length).toBe(speech.text.length);
    if (speech.map.segments.length > 0) expect(speech.map.segments.at(-1)!.sourceEnd).toBeLessThanOrEqual(input.length);
  });

  it('chunks a long text with no sentence punctuation', () => {
    const input = fill('cán bộ công chức ');
    const chunks = chunkForSpeech(input);
    expect(chunks.length).toBeGreaterThan(100);
  });
});
