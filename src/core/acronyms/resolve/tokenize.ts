// Finds the occurrences of known acronyms in a piece of text (one text node of the page): "UBND",
// "TP.HCM", "NĐ-CP" inside "58/2026/NĐ-CP", two-word forms such as "UBND tỉnh" or "BCH TW", and the
// all-caps tokens nobody explains yet (the tooltip offers to add them to the user's dictionary).
import type { AcronymSource, KnownForms } from './types';

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
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ROMAN = /^[IVXLCDM]+$/;
/** Between the words of a two- or three-word form: one space (or a dot and a space, "TP. HCM"). */
const FORM_GAP = /^\.?[ \u00A0]/;
/** Words a form may span: "GD và ĐT", "BCH TW", "UBND tỉnh". */
const MAX_FORM_WORDS = 3;
/** An unknown acronym candidate is short; longer all-caps runs are shouted words. */
const MAX_UNKNOWN_LETTERS = 10;
/** Built-in forms this short are also Vietnamese syllables ("CA", "TA"): not inside all-caps headings. */
const MAX_SYLLABLE_LIKE_LETTERS = 2;

// What each UTF-16 unit is, found once per unit with the regular expressions and then looked up: the tokenizer asks
// it for every character around a hint, and a lookup is many times cheaper than a regular expression per character.
// Units of a surrogate pair are never letters here: the few places that must see an astral letter as one (a token,
// the counts) fall back to the regular expressions when they meet one.
const KNOWN = 0x80;
const WORD = 1;
const LETTER_BIT = 2;
const UPPER_BIT = 4;
const LOWER_BIT = 8;
const UNIT_KIND = new Uint8Array(0x10000);

function kindOf(c: number): number {
  const known = UNIT_KIND[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  let kind = KNOWN;
  if (WORD_CHAR.test(ch)) kind |= WORD;
  if (/\p{L}/u.test(ch)) kind |= LETTER_BIT;
  if (/\p{Lu}/u.test(ch)) kind |= UPPER_BIT;
  if (/\p{Ll}/u.test(ch)) kind |= LOWER_BIT;
  UNIT_KIND[c] = kind;
  return kind;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** How many \p{Lu} (re UPPER) or \p{L} (re LETTER) characters s has, as the global expression counts them. */
function count(re: RegExp, s: string): number {
  if (re === UPPER || re === LETTER) {
    const bit = re === UPPER ? UPPER_BIT : LETTER_BIT;
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isSurrogate(c)) return countWith(re, s);
      if ((kindOf(c) & bit) !== 0) n++;
    }
    return n;
  }
  return countWith(re, s);
}

/** HAS_LOWER.test(s), by lookups. */
function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSurrogate(c)) return HAS_LOWER.test(s);
    if ((kindOf(c) & LOWER_BIT) !== 0) return true;
  }
  return false;
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
  return count(LETTER, token) >= 1 && !hasLower(token) && count(UPPER, token) >= 1;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

// A place where an acronym-shaped token may be: a capital right after a letter, digit or connector ("UBND",
// "TTg", "5G", "KT-XH"), or a slash ("đ/c"). Most of an article's text is lower-case syllables and Titlecase
// names with no such place, so looking only around these hits skips them without even tokenizing them.
// Found by a loop over the characters with a table of what each one is (a capital of the Latin with Vietnamese,
// Greek or Cyrillic blocks; a letter, mark, digit or connector of those scripts that may come before one): one
// lookup per character, four to five times faster than the regular expression
//   /[0-9A-Za-z\u00C0-\u024F\u0300-\u036F\u0370-\u04FF\u1E00-\u1EFF\-&.\/\u2010-\u2015\u2212\uFF06][capitals]|\//g
// it replaces, with exactly its hits (tests/unit/acronyms/resolve/resolve.test.ts compares them).
const IS_CAPITAL = 1;
const IS_BEFORE = 2;
/** What each character below U+2000 is (IS_CAPITAL, IS_BEFORE); above it only connectors matter. */
const CHAR_KIND = charKinds();

function charKinds(): Uint8Array {
  const kinds = new Uint8Array(0x2000);
  const capitalBlocks: Array<[number, number]> = [[0x41, 0x5a], [0xc0, 0x24f], [0x370, 0x4ff], [0x1e00, 0x1eff]];
  for (const [from, to] of capitalBlocks) {
    for (let c = from; c <= to; c++) if (/\p{Lu}/u.test(String.fromCharCode(c))) kinds[c]! |= IS_CAPITAL;
  }
  const beforeRanges: Array<[number, number]> = [
    [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x300, 0x36f], [0x370, 0x4ff], [0x1e00, 0x1eff],
  ];
  for (const [from, to] of beforeRanges) for (let c = from; c <= to; c++) kinds[c]! |= IS_BEFORE;
  for (const ch of '-&./') kinds[ch.charCodeAt(0)]! |= IS_BEFORE;
  return kinds;
}

function isBeforeCapital(c: number): boolean {
  return c < 0x2000 ? (CHAR_KIND[c]! & IS_BEFORE) !== 0 : (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xff06;
}

/** Where the last hint found by nextHint ends (the scan goes on from there). */
let hintEnd = 0;

/** The end of the last hint nextHint found (for its test). */
export function lastHintEnd(): number {
  return hintEnd;
}

/**
 * The next hint at or after `from`: the position to look for a token around (the capital, or the character
 * before a slash), or -1. Sets hintEnd. A capital counts only when the character before it is at or after `from`.
 */
export function nextHint(text: string, from: number): number {
  const n = text.length;
  for (let p = from; p < n; p++) {
    const c = text.charCodeAt(p);
    // Most characters are lower-case letters and spaces: one lookup says the next one is no capital.
    if (p + 1 < n) {
      const d = text.charCodeAt(p + 1);
      if (d < 0x2000 && (CHAR_KIND[d]! & IS_CAPITAL) !== 0 && isBeforeCapital(c)) {
        hintEnd = p + 2;
        return p + 1;
      }
    }
    if (c === 47 /* / */) {
      hintEnd = p + 1;
      return Math.max(0, p - 1);
    }
  }
  return -1;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (kindOf(ch.charCodeAt(0)) & WORD) !== 0;
}

function isConnector(c: number): boolean {
  return c === 45 /* - */ || c === 38 /* & */ || c === 47 /* / */ || c === 46 /* . */ || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xff06;
}

/** The UTF-16 units of the word character (letter, mark, digit) at i: 0 when there is none, 2 for an astral one. */
function wordUnitsAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return (kindOf(c) & WORD) !== 0 ? 1 : 0;
}

/**
 * Where the token (TOKEN) that starts exactly at `start` ends, or `start` when none does: word characters joined
 * by single connectors, as the sticky expression /TOKEN/uy matches it, by lookups.
 */
export function tokenEndAt(text: string, start: number): number {
  let i = start;
  let units = wordUnitsAt(text, i);
  if (units === 0) return start;
  for (;;) {
    while (units > 0) {
      i += units;
      units = wordUnitsAt(text, i);
    }
    if (i < text.length && isConnector(text.charCodeAt(i))) {
      units = wordUnitsAt(text, i + 1);
      if (units > 0) {
        i += 1;
        continue;
      }
    }
    return i;
  }
}

/** The token that starts exactly at `start`, or null. */
function tokenStartingAt(text: string, start: number): Token | null {
  const end = tokenEndAt(text, start);
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** The token that covers `pos`, or null (pos on a space or a lone connector). */
function tokenAround(text: string, pos: number): Token | null {
  if (!isWordChar(text[pos])) return null;
  let start = pos;
  for (;;) {
    if (isWordChar(text[start - 1])) start--;
    else if (start >= 2 && isConnector(text.charCodeAt(start - 1)) && isWordChar(text[start - 2])) start -= 2;
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
export function mayHaveAcronyms(text: string, resolver: KnownForms): boolean {
  return resolver.hasUnshapedForms || nextHint(text, 0) >= 0;
}

/**
 * The known acronyms of `text` (leftmost-longest, never overlapping) and the unknown all-caps candidates.
 * Pure: the resolver says what is known; nothing here touches the DOM.
 */
export function tokenizeAcronyms(text: string, resolver: KnownForms): TokenizeResult {
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
  let from = 0;
  for (;;) {
    let token: Token | null;
    if (isEveryToken) {
      TOKEN.lastIndex = from;
      const m = TOKEN.exec(text);
      if (!m) break;
      token = { start: m.index, end: m.index + m[0].length, text: m[0] };
      from = token.end;
    } else {
      const at = nextHint(text, from);
      if (at < 0) break;
      from = hintEnd;
      token = tokenAround(text, at);
    }
    if (!token) continue;
    from = Math.max(from, token.end);
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
      from = Math.max(from, match.end);
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
