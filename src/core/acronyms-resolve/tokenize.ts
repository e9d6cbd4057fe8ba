// Finds the occurrences of known acronyms in a piece of text (one text node of the page): "UBND",
// "TP.HCM", "NĐ-CP" inside "58/2026/NĐ-CP", two-word forms such as "UBND tỉnh" or "BCH TW", and the
// all-caps tokens nobody explains yet (the tooltip offers to add them to the user's dictionary).
import type { AcronymResolver, AcronymSource } from './resolver';

export interface AcronymOccurrence {
  /** UTF-16 offsets in the text given. */
  start: number;
  end: number;
  /** The form as written. */
  form: string;
  source: AcronymSource;
}

export interface TokenizeResult {
  known: AcronymOccurrence[];
  /** All-caps tokens that look like acronyms but that no source explains, as written. */
  unknown: Array<{ start: number; end: number; form: string }>;
}

// Letters (with combining marks, for NFD pages), digits, joined by the connectors acronyms use inside:
// "KT-XH", "GD&ĐT", "TP.HCM", "đ/c", "KT–XH" (dashes U+2010–2015 and minus U+2212).
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-&/.\u2010-\u2015\u2212\uFF06][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;
const HAS_LOWER = /\p{Ll}/u;
const ROMAN = /^[IVXLCDM]+$/;
/** Between the words of a two- or three-word form: one space (or a dot and a space, "TP. HCM"). */
const FORM_GAP = /^\.?[ \u00A0]/;
/** Words a form may span: "GD và ĐT", "BCH TW", "UBND tỉnh". */
const MAX_FORM_WORDS = 3;
/** An unknown acronym candidate is short; longer all-caps runs are shouted words. */
const MAX_UNKNOWN_LETTERS = 10;
/** Built-in forms this short are also Vietnamese syllables ("CA", "TA"): not inside all-caps headings. */
const MAX_SYLLABLE_LIKE_LETTERS = 2;

function count(re: RegExp, s: string): number {
  // ASCII tokens ("UBND", "TTg", most of what is counted): a loop over the characters, no regular expression.
  if (re === UPPER || re === LETTER) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) return countWith(re, s);
      if ((c >= 65 && c <= 90) || (re === LETTER && c >= 97 && c <= 122)) n++;
    }
    return n;
  }
  return countWith(re, s);
}

function countWith(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/**
 * Does a token look like an acronym? Two capitals ("UBND", "TTg", "ThS"), a capital after the first letter
 * ("iOS"), or letters joined by a slash ("đ/c", "v/v"). An ordinary capitalised word ("Ban", "Tp") does not.
 */
export function isAcronymShaped(token: string): boolean {
  if (!mayBeShaped(token)) return false;
  const upper = count(UPPER, token);
  if (upper >= 2) return true;
  if (upper === 1 && !/^\p{Lu}/u.test(token)) return true;
  return token.includes('/') && count(LETTER, token) >= 2;
}

/**
 * Cheap pre-check without regular expressions (most tokens are lower-case Vietnamese syllables): a capital
 * after the first character, or a slash. False means the token cannot be acronym-shaped.
 */
function mayBeShaped(token: string): boolean {
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 47 /* / */ || (c >= 65 && c <= 90)) return true;
    if (c > 127) {
      const ch = token[i]!;
      if (ch !== ch.toLowerCase()) return true;
    }
  }
  return false;
}

/** Every letter a capital, at least two: "NDVCQ", "QUỐC". */
function isAllCapsWord(token: string): boolean {
  return count(LETTER, token) >= 1 && !HAS_LOWER.test(token) && count(UPPER, token) >= 1;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

// A place where an acronym-shaped token may be: a capital right after a letter, digit or connector ("UBND",
// "TTg", "5G", "KT-XH"), or a slash ("đ/c"). Most of an article's text is lower-case syllables and Titlecase
// names with no such place, so looking only around these hits skips them without even tokenizing them.
// The capitals are listed as ranges (Latin with Vietnamese, Greek, Cyrillic) instead of \p{Lu}: the same hits,
// three times faster on a long article. Before them, any letter, mark, digit or connector of those scripts.
const HINT = new RegExp(
  `[0-9A-Za-z\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u04FF\\u1E00-\\u1EFF\\-&./\\u2010-\\u2015\\u2212\\uFF06][${capitalRanges()}]|\\/`,
  'g',
);
/** HINT without the global flag, for a yes/no test that keeps no state. */
const HINT_ANY = new RegExp(HINT.source);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CONNECTOR = /[-&/.\u2010-\u2015\u2212\uFF06]/;
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** The capital letters of the Latin (with Vietnamese), Greek and Cyrillic blocks, as a character-class body. */
function capitalRanges(): string {
  const ranges: Array<[number, number]> = [];
  const blocks: Array<[number, number]> = [[0x41, 0x5a], [0xc0, 0x24f], [0x370, 0x4ff], [0x1e00, 0x1eff]];
  for (const [from, to] of blocks) {
    for (let c = from; c <= to; c++) {
      if (!/\p{Lu}/u.test(String.fromCharCode(c))) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else ranges.push([c, c]);
    }
  }
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** The token that starts exactly at `start`, or null. */
function tokenStartingAt(text: string, start: number): Token | null {
  TOKEN_AT.lastIndex = start;
  const m = TOKEN_AT.exec(text);
  return m ? { start, end: start + m[0].length, text: m[0] } : null;
}

/** The token that covers `pos`, or null (pos on a space or a lone connector). */
function tokenAround(text: string, pos: number): Token | null {
  if (!isWordChar(text[pos])) return null;
  let start = pos;
  for (;;) {
    if (isWordChar(text[start - 1])) start--;
    else if (CONNECTOR.test(text[start - 1] ?? '') && isWordChar(text[start - 2])) start -= 2;
    else break;
  }
  const token = tokenStartingAt(text, start);
  return token && token.end > pos ? token : null;
}

/** The token that starts after at most `maxGap` non-word characters from `from`, or null. */
function nextTokenWithin(text: string, from: number, maxGap: number): Token | null {
  let i = from;
  while (i < text.length && i - from <= maxGap && !isWordChar(text[i])) i++;
  return i - from <= maxGap && i < text.length ? tokenStartingAt(text, i) : null;
}

/** The token that ends before `before` (skipping what is between). */
function previousToken(text: string, before: number): Token | null {
  let i = before - 1;
  while (i >= 0 && !isWordChar(text[i])) i--;
  return i >= 0 ? tokenAround(text, i) : null;
}

/** A token split at "/" first ("58/2026/NĐ-CP"), then at dashes ("TT-BTC"): the parts with their offsets. */
function splitParts(token: Token, separator: RegExp): Token[] {
  const parts: Token[] = [];
  let offset = 0;
  for (const piece of token.text.split(separator)) {
    if (piece) parts.push({ start: token.start + offset, end: token.start + offset + piece.length, text: piece });
    offset += piece.length + 1;
  }
  return parts;
}

/**
 * False when tokenizeAcronyms(text, resolver) is sure to find nothing, known or unknown: no HINT in the text and
 * no page or user form that starts with an ordinary word. One regular-expression test, no tokenizing: most text
 * nodes of an article are plain prose and are passed over with it.
 */
export function mayHaveAcronyms(text: string, resolver: AcronymResolver): boolean {
  return resolver.hasUnshapedForms || HINT_ANY.test(text);
}

/**
 * The known acronyms of `text` (leftmost-longest, never overlapping) and the unknown all-caps candidates.
 * Pure: the resolver says what is known; nothing here touches the DOM.
 */
export function tokenizeAcronyms(text: string, resolver: AcronymResolver): TokenizeResult {
  const known: AcronymOccurrence[] = [];
  const unknown: TokenizeResult['unknown'] = [];
  // A neighbour in capitals is a shouted word unless it is a known acronym long enough not to be a syllable
  // itself: "TCVN ISO" is two acronyms, "CA SĨ" and "BAN BIÊN TẬP" are words of a headline.
  const isShoutedWord = (t: Token | null): boolean =>
    t !== null &&
    isAllCapsWord(t.text) &&
    (resolver.sourceOf(t.text) === null || count(LETTER, t.text) <= MAX_SYLLABLE_LIKE_LETTERS);
  const SPACES_ONLY = /^[\s\u00A0]{1,3}$/;
  const isInCapsRun = (token: Token): boolean => {
    const before = previousToken(text, token.start);
    if (before && isShoutedWord(before) && SPACES_ONLY.test(text.slice(before.end, token.start))) return true;
    const after = nextTokenWithin(text, token.end, 3);
    return after !== null && isShoutedWord(after) && SPACES_ONLY.test(text.slice(token.end, after.start));
  };

  // Candidates: every token when the page or the user has a form that does not look like an acronym ("Tp");
  // otherwise only the tokens around a HINT.
  const isEveryToken = resolver.hasUnshapedForms;
  const scan = isEveryToken ? TOKEN : HINT;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const token = isEveryToken
      ? { start: m.index, end: m.index + m[0].length, text: m[0] }
      : tokenAround(text, m[0] === '/' ? Math.max(0, m.index - 1) : m.index + 1);
    if (!token) continue;
    scan.lastIndex = Math.max(scan.lastIndex, token.end);
    const isCandidate = isAcronymShaped(token.text) || resolver.startsCustomForm(token.text);
    if (!isCandidate) continue;
    // Longest form first: up to MAX_FORM_WORDS words, each gap a single space (or ". ").
    let match: { end: number; form: string; source: AcronymSource } | null = null;
    const ends: number[] = [token.end];
    for (let w = 1; w < MAX_FORM_WORDS; w++) {
      const last = ends[ends.length - 1]!;
      const next = nextTokenWithin(text, last, 2);
      if (!next || !FORM_GAP.test(text.slice(last, next.start))) break;
      ends.push(next.end);
    }
    for (let k = ends.length - 1; k >= 0 && !match; k--) {
      const form = text.slice(token.start, ends[k]);
      const source = resolver.sourceOf(form);
      if (source) match = { end: ends[k]!, form, source };
    }
    // "TM." and "KT." (signature blocks) are known only with their dot.
    if (!match && text[token.end] === '.') {
      const form = text.slice(token.start, token.end + 1);
      const source = resolver.sourceOf(form);
      if (source && resolver.sourceOf(token.text) === null) match = { end: token.end + 1, form, source };
    }
    if (match) {
      const isOneWord = match.end <= token.end + 1;
      if (match.source === 'builtin' && isOneWord && count(LETTER, match.form) <= MAX_SYLLABLE_LIKE_LETTERS && isInCapsRun(token)) continue;
      known.push({ start: token.start, end: match.end, form: match.form, source: match.source });
      scan.lastIndex = Math.max(scan.lastIndex, match.end);
      continue;
    }
    // "58/2026/NĐ-CP", "TT-BTC", "UBND-HĐND": known parts inside a compound.
    const parts = token.text.includes('/')
      ? splitParts(token, /\//).flatMap((p) => (resolver.sourceOf(p.text) ? [p] : splitParts(p, /[-\u2010-\u2015\u2212]/)))
      : /[-\u2010-\u2015\u2212]/.test(token.text)
        ? splitParts(token, /[-\u2010-\u2015\u2212]/)
        : [];
    let foundPart = false;
    for (const part of parts) {
      if (!isAcronymShaped(part.text) && !resolver.startsCustomForm(part.text)) continue;
      const source = resolver.sourceOf(part.text);
      if (source) {
        known.push({ start: part.start, end: part.end, form: part.text, source });
        foundPart = true;
      }
    }
    if (foundPart) continue;
    const letters = count(LETTER, token.text);
    if (letters >= 2 && letters <= MAX_UNKNOWN_LETTERS && isAllCapsWord(token.text) && !ROMAN.test(token.text) && !isInCapsRun(token)) {
      unknown.push({ start: token.start, end: token.end, form: token.text });
    }
  }
  return { known, unknown };
}
