// The token scanner every fact extractor reads: one pass over a window of text, no regular expression.
//
// A word is a run of letters, combining marks and digits, with ".", "/", "-", "&" (and "," or "–" between digits)
// kept inside it when a letter or digit follows: "TP.HCM", "GD-ĐT", "46/2025/NQ-HĐND", "1.200", "61,3", "15-25",
// "đồng/lượng" are one token each, so a document number is never read as a date plus a body. Every other
// character that is not a space is a token of its own (",", "(", "%", "“" …), so extractors see clause
// boundaries. Offsets are those of the text given.
import { foldDiacritics, normalizeVietnamese } from '../../text/index';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** normalizeVietnamese(text): lowercase, new-style tone placement. */
  norm: string;
  kind: TokenKind;
  /** Starts with an uppercase letter: "Giang", "UBND", "TP.HCM". */
  isCapitalised: boolean;
  /** Two or more letters, all uppercase (digits and joiners allowed): "UBND", "GD-ĐT", "CK2". */
  isAcronym: boolean;
  /** No space between this token and the one before it. */
  isGlued: boolean;
}

function isMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Letters outside the Latin blocks, by code unit, remembered: a page has few distinct ones. */
const otherLetters = new Map<number, boolean>();

/** A letter (of a script with case: Latin with every Vietnamese letter, Greek, Cyrillic …), by its code unit. */
function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // Latin-1 and Latin Extended (Đ, đ, Ư, ơ …) and Latin Extended Additional (ạ, ế, ỹ …), minus × and ÷.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  let known = otherLetters.get(c);
  if (known === undefined) {
    const ch = String.fromCharCode(c);
    known = ch.toLowerCase() !== ch.toUpperCase();
    if (otherLetters.size < 4096) otherLetters.set(c, known);
  }
  return known;
}

export function isLetter(ch: string): boolean {
  return ch.length > 0 && isLetterCode(ch.charCodeAt(0));
}

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isDigitCode(c) || isMark(c) || isLetterCode(c);
}

/** Spaces, including the non-breaking and zero-width ones CMS output puts between words. */
export function isSpaceChar(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0));
}

function isSpaceCode(c: number): boolean {
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0) return true;
  if (c < 0x2000 || c > 0xfeff) return c === 0x0b || c === 0x0c || c === 0x85 || c === 0x1680;
  return (c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the joiner at `i` stays inside the word: a word character on both sides (digits for "," and "–"). */
function joinsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const isJoiner = c === 0x2e || c === 0x2f || c === 0x2d || c === 0x26;
  const isDigitJoiner = c === 0x2c || c === 0x2013;
  if (!isJoiner && !isDigitJoiner) return false;
  if (!isWordChar(text, i - 1) || !isWordChar(text, i + 1)) return false;
  return isJoiner || (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)));
}

/** Distinct token texts remembered by normOf: an article has a few thousand distinct words. */
const NORM_CACHE_SIZE = 20000;
const normCache = new Map<string, string>();
const foldCache = new Map<string, string>();

/** normalizeVietnamese, remembered per distinct string (cleared rather than grown beyond a bound). */
export function normOf(text: string): string {
  let norm = normCache.get(text);
  if (norm === undefined) {
    if (normCache.size >= NORM_CACHE_SIZE) normCache.clear();
    norm = normalizeVietnamese(text);
    normCache.set(text, norm);
  }
  return norm;
}

/** Folded lowercase (foldDiacritics), remembered like normOf: "Khánh Hoà" and "Khanh Hoa" compare equal. */
export function foldOf(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    if (foldCache.size >= NORM_CACHE_SIZE) foldCache.clear();
    folded = foldDiacritics(text).toLowerCase();
    foldCache.set(text, folded);
  }
  return folded;
}

function isAcronymText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (!isLetter(ch)) continue;
    if (ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, isGlued: boolean): Token {
  const first = text[0] ?? '';
  const isWord = kind === 'word';
  return {
    text,
    start,
    end,
    norm: kind === 'punct' ? text : normOf(text),
    kind,
    isCapitalised: isWord && isLetter(first) && first !== first.toLowerCase(),
    isAcronym: isWord && isAcronymText(text),
    isGlued,
  };
}

/** The tokens of `text` (one window: a sentence or a bounded piece of one). Linear in its length. */
export function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lastEnd = -1;
  while (i < text.length) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(text, i)) {
      i++;
      while (i < text.length && (isWordChar(text, i) || joinsWord(text, i))) i++;
      const word = text.slice(start, i);
      const kind: TokenKind = isDigitCode(word.charCodeAt(0)) ? 'number' : 'word';
      tokens.push(makeToken(word, start, i, kind, start === lastEnd));
    } else {
      i++;
      tokens.push(makeToken(text[start]!, start, i, 'punct', start === lastEnd));
    }
    lastEnd = i;
  }
  return tokens;
}

/**
 * Phrases of one or more words, looked up at a token position: the longest phrase that the tokens there spell
 * (compared by norm). Each lookup compares at most the few phrases that start with the same word.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) this.add(phrase);
  }

  add(phrase: string): void {
    const words = scanTokens(phrase).map((t) => t.norm);
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((w) => w.length === words.length && w.every((x, k) => x === words[k]))) return;
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    this.byFirst.set(first, list);
  }

  /** Number of tokens of the longest phrase starting at tokens[i], or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const list = this.byFirst.get(tokens[i]?.norm ?? '');
    if (list === undefined) return 0;
    for (const words of list) if (words.every((w, k) => tokens[i + k]?.norm === w)) return words.length;
    return 0;
  }

  /** Whether the whole of `tokens[from..to)` is one phrase. */
  isPhrase(tokens: readonly Token[], from: number, to: number): boolean {
    const list = this.byFirst.get(tokens[from]?.norm ?? '');
    return list?.some((words) => words.length === to - from && words.every((w, k) => tokens[from + k]?.norm === w)) ?? false;
  }

  /** Number of tokens of the longest phrase that ends right before tokens[end], or 0. */
  matchBefore(tokens: readonly Token[], end: number, longest = 4): number {
    for (let n = Math.min(longest, end); n >= 1; n--) if (this.isPhrase(tokens, end - n, end)) return n;
    return 0;
  }
}

/** A set of single words compared by norm. */
export function wordSet(words: Iterable<string>): ReadonlySet<string> {
  return new Set([...words].map(normOf));
}

/** The text from the start of tokens[from] to the end of tokens[to - 1], as written. */
export function sliceTokens(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first === undefined || last === undefined || to <= from ? '' : text.slice(first.start, last.end);
}
