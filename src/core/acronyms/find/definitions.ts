// Finds where an article defines its own acronyms: "Ủy ban nhân dân (UBND)", "UBND (Ủy ban nhân dân)",
// "(Provincial Competitiveness Index - PCI)", “Năm dân vận chính quyền” (NDVCQ).
// Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation definitions in biomedical
// text") adapted to Vietnamese: letters are matched to syllable initials (see match-letters.ts), and a
// foreign acronym explained in Vietnamese ("Tổ chức Y tế Thế giới (WHO)") is accepted only when the
// built-in dictionary knows that meaning. Work is bounded per parenthesis, so the scan is linear in
// the length of the text.
import { lookupBuiltin } from '../dictionary/lookup';
import { matchShortestLongForm, matchWholeLongForm } from './match-letters';
import { parseShortForm, type ShortForm } from './short-form';
import { foldLower, wordsIn, type Word } from './words';

export interface FoundAcronymDefinition {
  /** The short form as written ("UBND", "LĐ-TB&XH", "UBND tỉnh"). */
  short: string;
  /** The long form as written, without surrounding quotes or punctuation. */
  long: string;
  /** Offsets of the long form in the text given. */
  start?: number;
  end?: number;
}

/** Same shape as the built-in dictionary's lookupBuiltin, so tests can pass their own. */
export type AcronymLookup = (short: string, context?: string) => ReadonlyArray<{ short: string; long: string }>;

/** Confirms nothing: letter-matched definitions only. */
export const NO_ACRONYM_LOOKUP: AcronymLookup = () => [];

// A definition's parenthesis is short; a longer one is an aside, a quotation or a list.
const MAX_PAREN_CHARS = 160;
// How far back from "(" a long form may begin. The longest state names ("Hiệp định Đối tác Toàn diện
// và Tiến bộ xuyên Thái Bình Dương", 13 words) fit easily; the cap keeps each parenthesis O(1).
const MAX_WINDOW_CHARS = 320;
// Words a long form may span per unit of its short form, plus slack for joiners ("và", "of").
const LONG_WORDS_PER_UNIT = 2;
const LONG_WORDS_SLACK = 4;
// Place and level words that follow a long form without being part of it: "Ủy ban nhân dân tỉnh (UBND)",
// "Ngân hàng Nhà nước Việt Nam (NHNN)", "Hội đồng nhân dân các cấp (HĐND)". Up to five of them.
const MAX_TRAILING_WORDS = 5;
const TRAILING_LEVEL_WORDS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị', 'trấn', 'thành', 'phố', 'tp', 'cấp', 'các']);
// A dictionary long form may be quoted without its head ("Xây dựng - Kinh doanh - Chuyển giao (BOT)" for
// "hợp đồng Xây dựng - …"): a tail of at least 3 words and 60 % of the dictionary's words is enough.
// Shorter tails are glosses, not definitions: "khu vực Đông Nam Á (ASEAN)".
const DICTIONARY_TAIL_MIN_WORDS = 3;
const DICTIONARY_TAIL_MIN_SHARE = 0.6;

// Every long form has at least two words; see longSpanOk.
const MIN_LONG_WORDS = 2;
// Prepositions a dictionary tail may start with that belong to the sentence, not the name:
// "theo phương thức đối tác công - tư (PPP)" gives "phương thức đối tác công - tư".
const LEADING_FUNCTION_WORDS = new Set(['theo', 'của', 'về', 'với', 'cho', 'và', 'các', 'những', 'là', 'tại', 'trong']);

// Characters a long form never crosses: clause and sentence ends, other brackets, list bullets.
const HARD_STOP = /[()[\]{};:!?\n\r•|…]/u;
const CLOSING_TO_OPENING: Readonly<Record<string, string>> = { '”': '“', '"': '"', '»': '«', '’': '‘', "'": "'" };
// "(viết tắt là HĐND)", "(sau đây viết tắt là Bộ TN&MT)", "(gọi tắt: …)".
const SHORT_CUE = /^(?:sau\s+đây\s+)?(?:được\s+)?(?:viết|gọi)\s+tắt(?:\s+là)?\s*:?\s*/iu;
// "(Provincial Competitiveness Index - PCI)", "(tiếng Anh là …, viết tắt PAR Index)": the last dash or
// "viết tắt" cue splits the long form from the short one.
const IN_PAREN_SPLIT = /^(.+)(?:\s[-–—]\s|[,;]\s*(?:viết|gọi)\s+tắt(?:\s+là)?\s*:?\s)\s*(\S+(?:\s+\S+){0,2})\s*$/u;
// Lead-ins before a long form inside brackets: "(tiếng Anh: World Health Organization)".
const LONG_CUE = /^(?:tên\s+)?(?:tiếng\s+anh|tiếng\s+việt|viết\s+đầy\s+đủ|tên\s+đầy\s+đủ|viết\s+tắt\s+của|là)(?:\s+là)?\s*:?\s*/iu;
// The token right before "(" in "UBND (Ủy ban nhân dân)".
const TOKEN_BEFORE = /([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.&\-/+]*)\s*$/u;

interface Span {
  start: number;
  end: number;
}

function isSentenceDot(text: string, i: number): boolean {
  // "Nghị định. Sau đó" ends a sentence; "TP.HCM", "1.500" and "TP. HCM" (upper case next) do not.
  if (text.charAt(i) !== '.') return false;
  const next = text.charAt(i + 1);
  if (next !== ' ' && next !== '\n') return false;
  const after = text.charAt(i + 2);
  const before = text.charAt(i - 1);
  // An abbreviation dot ("TP. Hà Nội", "Th.S. Nguyễn") sits after an upper case letter.
  return !(before !== before.toLowerCase() && after !== after.toLowerCase());
}

/** Start of the text a long form ending at `end` may use. */
function windowStart(text: string, end: number): number {
  const limit = Math.max(0, end - MAX_WINDOW_CHARS);
  for (let i = end - 1; i >= limit; i--) {
    const ch = text.charAt(i);
    if (HARD_STOP.test(ch) || isSentenceDot(text, i)) return i + 1;
  }
  return limit;
}

function isTrailingQualifier(word: Word): boolean {
  return TRAILING_LEVEL_WORDS.has(word.lower) || word.isCapitalized || word.isNumber;
}

/** Indexes b (last word of the long form) to try, nearest first, skipping trailing qualifiers. */
function candidateEnds(words: readonly Word[]): number[] {
  const last = words.length - 1;
  const ends: number[] = [];
  if (last < 0) return ends;
  ends.push(last);
  for (let b = last - 1; b >= 0 && last - b <= MAX_TRAILING_WORDS; b--) {
    const dropped = words[b + 1];
    const kept = words[b];
    if (dropped === undefined || kept === undefined || !isTrailingQualifier(dropped)) break;
    // Do not cut a proper name in two ("Hoàng Anh Gia | Lai (HAG)").
    const startsName = dropped.isCapitalized && !TRAILING_LEVEL_WORDS.has(dropped.lower);
    if (startsName && kept.isCapitalized) continue;
    ends.push(b);
  }
  return ends;
}

function longSpanOk(text: string, short: ShortForm, span: Span): boolean {
  const long = text.slice(span.start, span.end);
  // One word is a name, not a definition: "VN (Vinaconex)", "SAB (Sabeco)" read V-N, S-A-B inside it.
  if (wordsIn(long, 0, long.length).length < MIN_LONG_WORDS) return false;
  // A long form needs real words: "Tập đoàn FLC (FLC)" must not define FLC as "FLC".
  if (!/\p{Ll}/u.test(long)) return false;
  return foldLower(long).replace(/[^\p{L}\p{N}]/gu, '') !== foldLower(short.raw).replace(/[^\p{L}\p{N}]/gu, '');
}

function dictionaryLongForms(lookup: AcronymLookup, short: ShortForm, context: string): string[][] {
  let entries: ReadonlyArray<{ short: string; long: string }>;
  try {
    entries = lookup(short.raw, context);
  } catch {
    return [];
  }
  const forms: string[][] = [];
  for (const entry of entries) {
    for (const alternative of entry.long.split(/\s*\|\s*/)) {
      // Drop bracketed glosses: "đầu tư trực tiếp nước ngoài (Foreign Direct Investment)".
      const bare = alternative.replace(/\([^)]*\)/g, ' ');
      const words = wordsIn(bare, 0, bare.length).map((w) => w.folded);
      if (words.length > 0) forms.push(words);
    }
  }
  return forms;
}

/** How many of words[..last] end with the dictionary form: the whole form, a long enough tail, or 0. */
function dictionaryTailLength(words: readonly Word[], last: number, form: readonly string[]): number {
  let k = 0;
  while (k < form.length && last - k >= 0 && words[last - k]?.folded === form[form.length - 1 - k]) k++;
  if (k === form.length) return k;
  if (k >= DICTIONARY_TAIL_MIN_WORDS && k / form.length >= DICTIONARY_TAIL_MIN_SHARE) return k;
  return 0;
}

/**
 * Does a dictionary match starting at words[i] start where the text's phrase starts? A whole dictionary
 * form does. A tail may have cut a compound in two: "máy bay không người lái (UAV)" against "phương tiện
 * bay không người lái" leaves "bay không người lái". A tail is trusted only after a clause boundary or a
 * preposition, or when it opens with a capital ("hình thức Xây dựng - Kinh doanh - Chuyển giao (BOT)").
 */
function startsCleanly(words: readonly Word[], i: number, isWholeForm: boolean): boolean {
  if (isWholeForm) return true;
  const previous = words[i - 1];
  if (previous === undefined || LEADING_FUNCTION_WORDS.has(previous.lower)) return true;
  return words[i]?.isCapitalized === true;
}

/**
 * A capitalised tail of a dictionary form keeps the capitalised head the text gives it in place of the
 * dictionary's: "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)" against "Liên đoàn Thương mại và Công
 * nghiệp Việt Nam" is the whole name, not "Thương mại …". At most as many words as the dictionary's
 * head had, never across a preposition.
 */
function extendOverNameHead(words: readonly Word[], i: number, headWords: number): number {
  let from = i;
  if (words[i]?.isCapitalized !== true) return from;
  while (i - from < headWords) {
    const previous = words[from - 1];
    if (previous === undefined || !previous.isCapitalized || LEADING_FUNCTION_WORDS.has(previous.lower)) break;
    from--;
  }
  return from;
}

/** A long form in `words` that ends where the short form's parenthesis opens (with trailing qualifiers). */
function findLongBefore(
  text: string,
  words: readonly Word[],
  short: ShortForm,
  lookup: AcronymLookup,
  allowTrailing: boolean,
): Span | undefined {
  if (words.length === 0) return undefined;
  const span = short.units.length * LONG_WORDS_PER_UNIT + LONG_WORDS_SLACK;
  const ends = allowTrailing ? candidateEnds(words) : [words.length - 1];
  for (const b of ends) {
    const a = matchShortestLongForm(short, words, Math.max(0, b - span), b);
    const first = words[a];
    const lastWord = words[b];
    if (a >= 0 && first !== undefined && lastWord !== undefined) {
      const found = { start: first.start, end: lastWord.end };
      if (longSpanOk(text, short, found)) return found;
    }
  }
  // Foreign acronyms explained in Vietnamese only with the dictionary's word for it.
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  if (firstWord === undefined || lastWord === undefined) return undefined;
  const forms = dictionaryLongForms(lookup, short, text.slice(firstWord.start, lastWord.end));
  let best: Span | undefined;
  let bestLength = 0;
  for (const b of ends) {
    for (const form of forms) {
      let k = dictionaryTailLength(words, b, form);
      while (k > 1 && LEADING_FUNCTION_WORDS.has(words[b - k + 1]?.lower ?? '')) k--;
      const first = words[b - k + 1];
      const last = words[b];
      if (k > bestLength && first !== undefined && last !== undefined && startsCleanly(words, b - k + 1, k === form.length)) {
        const from = extendOverNameHead(words, b - k + 1, form.length - k);
        best = { start: words[from]?.start ?? first.start, end: last.end };
        bestLength = k;
      }
    }
    if (best !== undefined) break;
  }
  return best !== undefined && longSpanOk(text, short, best) ? best : undefined;
}

/** The whole of words[] as the long form: letters first, then the dictionary's wording (or a long enough tail of it). */
function matchWhole(text: string, words: readonly Word[], short: ShortForm, lookup: AcronymLookup): Span | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const span = { start: first.start, end: last.end };
  if (!longSpanOk(text, short, span)) return undefined;
  if (matchWholeLongForm(short, words, 0, words.length - 1)) return span;
  // The dictionary's wording, or a long enough tail of it ("BT (xây dựng - chuyển giao)").
  for (const form of dictionaryLongForms(lookup, short, text.slice(span.start, span.end))) {
    if (form.length >= words.length && dictionaryTailLength(words, words.length - 1, form) === words.length) return span;
  }
  return undefined;
}

/** “Quoted long form” (SHORT): the quotes give the boundary. Returns the quoted words, if any. */
function quotedWords(text: string, windowFrom: number, open: number): Word[] | undefined {
  let close = open - 1;
  while (close >= windowFrom && /\s/u.test(text.charAt(close))) close--;
  const opening = CLOSING_TO_OPENING[text.charAt(close)];
  if (opening === undefined) return undefined;
  // Search only the window: an unmatched quote must not make every bracket rescan the text.
  const offset = text.slice(windowFrom, close).lastIndexOf(opening);
  if (offset < 0) return undefined;
  return wordsIn(text, windowFrom + offset + 1, close);
}

function defineLongFirst(text: string, open: number, short: ShortForm, lookup: AcronymLookup): Span | undefined {
  const from = windowStart(text, open);
  const quoted = quotedWords(text, from, open);
  if (quoted !== undefined && quoted.length > 0) {
    const whole = matchWhole(text, quoted, short, lookup);
    if (whole !== undefined) return whole;
    const inside = findLongBefore(text, quoted, short, lookup, false);
    if (inside !== undefined) return inside;
  }
  const maxWords = short.units.length * LONG_WORDS_PER_UNIT + LONG_WORDS_SLACK + MAX_TRAILING_WORDS;
  return findLongBefore(text, wordsIn(text, from, open, maxWords), short, lookup, true);
}

function trimmedRange(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

function defineInsideParen(
  text: string,
  contentStart: number,
  content: string,
  lookup: AcronymLookup,
): { short: ShortForm; span: Span } | undefined {
  const m = IN_PAREN_SPLIT.exec(content);
  const head = m?.[1];
  const tail = m?.[2];
  if (head === undefined || tail === undefined) return undefined;
  const short = parseShortForm(tail);
  if (short === undefined) return undefined;
  const cue = LONG_CUE.exec(head);
  const headStart = contentStart + (cue?.[0].length ?? 0);
  const words = wordsIn(text, headStart, contentStart + head.length);
  const span = findLongBefore(text, words, short, lookup, true);
  return span === undefined ? undefined : { short, span };
}

function defineShortFirst(
  text: string,
  open: number,
  contentStart: number,
  content: string,
  lookup: AcronymLookup,
): { shortRaw: string; span: Span } | undefined {
  const before = TOKEN_BEFORE.exec(text.slice(Math.max(0, open - 40), open));
  const token = before?.[1];
  if (token === undefined) return undefined;
  const short = parseShortForm(token);
  if (short === undefined || short.tokens.length !== 1) return undefined;
  const cue = LONG_CUE.exec(content);
  const words = wordsIn(text, contentStart + (cue?.[0].length ?? 0), contentStart + content.length);
  const span = matchWhole(text, words, short, lookup);
  return span === undefined ? undefined : { shortRaw: token, span };
}

/** Are there two capitals (as parseShortForm counts them: a character unlike its lower case) in text[from, to)? */
function hasTwoCapitals(text: string, from: number, to = text.length): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ASCII: only A–Z; other characters (whole code points) compared with their lower case, as parseShortForm does.
    let isCapital: boolean;
    if (c < 128) isCapital = c >= 65 && c <= 90;
    else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      isCapital = ch !== ch.toLowerCase();
      if (ch.length === 2) i++;
    }
    if (isCapital && ++n >= 2) return true;
  }
  return false;
}

function findClose(text: string, open: number): number {
  const limit = Math.min(text.length, open + 1 + MAX_PAREN_CHARS);
  for (let i = open + 1; i < limit; i++) {
    const ch = text.charAt(i);
    if (ch === ')') return i;
    if (ch === '(' || ch === '\n') return -1;
  }
  return -1;
}

/**
 * A long form that starts before an opening quote and ends inside the quotation ("phong trào “Dân vận
 * khéo” (PTDVK)") takes the closing quote too, so it never shows half a pair.
 */
function balanceQuotes(text: string, span: Span): Span {
  const long = text.slice(span.start, span.end);
  const next = text.charAt(span.end);
  const opens = (long.match(/“/g) ?? []).length - (long.match(/”/g) ?? []).length;
  if (opens > 0 && next === '”') return { start: span.start, end: span.end + 1 };
  if ((long.match(/"/g) ?? []).length % 2 === 1 && next === '"') return { start: span.start, end: span.end + 1 };
  const guillemets = (long.match(/«/g) ?? []).length - (long.match(/»/g) ?? []).length;
  if (guillemets > 0 && next === '»') return { start: span.start, end: span.end + 1 };
  return span;
}

function definition(text: string, short: string, span: Span): FoundAcronymDefinition {
  const balanced = balanceQuotes(text, span);
  return { short, long: text.slice(balanced.start, balanced.end), start: balanced.start, end: balanced.end };
}

/**
 * Acronym definitions written in `text`, in text order. `short` and `long` are exactly as written;
 * start/end are the long form's offsets in `text`. `lookup` confirms foreign acronyms (index.ts passes
 * the built-in dictionary).
 */
export function findDefinitionsWith(text: string, lookup: AcronymLookup): FoundAcronymDefinition[] {
  const found: FoundAcronymDefinition[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = findClose(text, open);
    if (close < 0) continue;
    // Every way of defining needs a short form with two capitals, inside the brackets or right before them: a
    // bracket with neither ("(năm 2025)", "(huyện Tịnh Biên)") is passed over before any parsing.
    if (!hasTwoCapitals(text, open + 1, close) && !hasTwoCapitals(TOKEN_BEFORE.exec(text.slice(Math.max(0, open - 40), open))?.[1] ?? '', 0)) {
      continue;
    }
    const inner = trimmedRange(text, open + 1, close);
    const content = text.slice(inner.start, inner.end);
    if (content.length === 0) continue;

    const cue = SHORT_CUE.exec(content);
    const shortRaw = cue === null ? content : content.slice(cue[0].length);
    const short = parseShortForm(shortRaw);
    if (short !== undefined) {
      const span = defineLongFirst(text, open, short, lookup);
      if (span !== undefined) found.push(definition(text, short.raw, span));
      continue;
    }
    const inside = defineInsideParen(text, inner.start, content, lookup);
    if (inside !== undefined) {
      found.push(definition(text, inside.short.raw, inside.span));
      continue;
    }
    const reverse = defineShortFirst(text, open, inner.start, content, lookup);
    if (reverse !== undefined) {
      found.push(definition(text, reverse.shortRaw, reverse.span));
    }
  }
  return found;
}

export interface FindAcronymDefinitionsOptions {
  /** Confirms foreign acronyms explained in Vietnamese; defaults to the built-in dictionary. */
  lookup?: AcronymLookup;
}

/**
 * Definitions the text gives for its acronyms, in text order: `short` and `long` exactly as written,
 * start/end the long form's offsets. Both "long (SHORT)" and "SHORT (long)"; foreign acronyms with a
 * Vietnamese long form only where the built-in dictionary confirms them.
 */
export function findAcronymDefinitions(text: string, options: FindAcronymDefinitionsOptions = {}): FoundAcronymDefinition[] {
  return findDefinitionsWith(text, options.lookup ?? lookupBuiltin);
}
