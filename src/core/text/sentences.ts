// Sentence splitting for Vietnamese news text.
//
// Contract: every returned `text` equals `original.slice(start, end)`, and is trimmed: it neither starts nor
// ends with whitespace (including NBSP and zero-width spaces). The whitespace between sentences belongs to
// no sentence. Line breaks always end a sentence, so no sentence contains a newline. Empty lines yield nothing.
//
// A sentence ends at a run of ".", "!", "?", "…" (plus any closing quotes or brackets right after it) when
// what follows looks like the start of a new sentence. The rules below exist because state news is full of
// dotted abbreviations (TP. HCM, PGS.TS.), initials (Nguyễn V. A.), numbers with dot separators (1.500) and
// quoted slogans (“Kỷ cương, liêm chính, … hiệu quả.”).

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const TERMINATORS = '.!?…';
// Closing marks that stay with the sentence they follow: “…hiệu quả.” keeps its ”.
const CLOSERS = '”"\'’)]»›';
// Opening marks skipped when looking at the first letter of the next sentence.
const OPENERS = '“"\'‘([«‹-–—•*';
// Non-breaking and zero-width spaces appear in CMS output between sentences.
// An alternation, not a class: a zero-width joiner inside a class reads as a joined character sequence.
const SPACE = /\s|\u200b|\u200c|\u200d|\ufeff/u;
const LINE_BREAK_SOURCE = '\\r\\n|[\\n\\r\\u2028\\u2029\\u0085]';

// Abbreviations that take a final period but do not end a sentence: the next word is usually a capitalised
// name ("TP. Hồ Chí Minh", "ThS. Nguyễn …", "St. Petersburg"), so the capital-letter test alone would split.
const ABBREVIATIONS = new Set([
  // Places: thành phố, thị xã, thị trấn, quận, phường.
  'TP', 'Tp', 'tp', 'TX', 'Tx', 'TT', 'Q', 'P',
  // Academic and professional titles.
  'GS', 'PGS', 'TS', 'TSKH', 'ThS', 'Ths', 'THS', 'BS', 'BSCKI', 'BSCKII', 'KS', 'CN', 'DS', 'LS', 'KTS', 'NSND',
  'NSƯT', 'NGND', 'NGƯT', 'Th.S', 'PGS.TS', 'GS.TS', 'GS.TSKH', 'ThS.BS', 'BS.CKI', 'BS.CKII',
  // Foreign forms seen in Vietnamese news.
  'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Jr', 'Sr', 'Co', 'Ltd', 'Inc', 'Corp', 'No', 'Ph.D', 'vs',
  // Page and document references: trang, số.
  'tr', 'Tr', 'Nxb', 'NXB',
]);

// Parts of chained titles such as "PGS.TS", "GS.TSKH", "ThS.BS.CKII": a dotted word made only of these is a title
// and is followed by a name. "TP.HCM" is deliberately not one: it often ends a sentence.
const TITLE_PARTS = new Set([
  'GS', 'PGS', 'TS', 'TSKH', 'ThS', 'Ths', 'Th', 'S', 'BS', 'CK', 'CKI', 'CKII', 'BSCKI', 'BSCKII', 'KS', 'CN', 'DS',
  'LS', 'KTS', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'Ph', 'D',
]);

const DASHES = '-–—';
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
// A piece with no letter or digit (a stray '".' after "thiết kế... ") is not a sentence of its own.
const HAS_CONTENT = /[\p{L}\p{N}]/u;

// A list marker such as "1." or "II." or "a)" that is the whole sentence so far: "1. Nội dung …" stays one sentence.
const ENUMERATOR = /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])$/u;

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // Printable ASCII other than the space is never whitespace: skip the regex for it (the common case).
  if (c > 0x20 && c < 0x7f) return false;
  return SPACE.test(ch);
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Ll}/u.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

/** Ranges [open, close] of quotes and brackets closed on the same line; breaks inside them are suppressed. */
function findProtectedRanges(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const curly: number[] = [];
  const round: number[] = [];
  const straight: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '“') curly.push(i);
    else if (ch === '”') {
      const open = curly.pop();
      if (open !== undefined) ranges.push([open, i]);
    } else if (ch === '(') round.push(i);
    else if (ch === ')') {
      const open = round.pop();
      if (open !== undefined) ranges.push([open, i]);
    } else if (ch === '"') straight.push(i);
  }
  // Straight quotes carry no direction: pair them left to right, only when they balance.
  if (straight.length % 2 === 0) {
    for (let i = 0; i + 1 < straight.length; i += 2) ranges.push([straight[i]!, straight[i + 1]!]);
  }
  return ranges;
}

/**
 * How far back the word before a full stop is looked for. Abbreviations and title chains ("PGS.TS.BS", "TP.HCM")
 * are far shorter; without a bound, a line with no space ("A.A.A.…") made every full stop scan back to the line's
 * start: quadratic.
 */
const MAX_WORD_BEFORE = 64;

/** The word that ends right before `at`, without opening quotes or brackets. */
function wordBefore(text: string, lineStart: number, at: number): { word: string; start: number } {
  let s = at;
  const limit = Math.max(lineStart, at - MAX_WORD_BEFORE);
  while (s > limit && !isSpace(text[s - 1])) s--;
  while (s < at && OPENERS.includes(text[s]!)) s++;
  return { word: text.slice(s, at), start: s };
}

function isTitleChain(word: string): boolean {
  if (!word.includes('.')) return false;
  return word.split('.').every((part) => TITLE_PARTS.has(part));
}

function isBoundary(
  text: string,
  lineStart: number,
  lineEnd: number,
  segmentStart: number,
  runStart: number,
  runEnd: number,
  afterClosers: number,
): boolean {
  if (afterClosers >= lineEnd) return true;
  const run = text.slice(runStart, runEnd);
  const { word, start: wordStart } = wordBefore(text, lineStart, runStart);
  const next = text[afterClosers];

  if (!isSpace(next)) {
    // "1.500", "3.5", "TP.HCM", "Th.S", "v.v": no space, no break. Only a glued sentence such as
    // "xã hội.Tuy nhiên" is split: a lowercase word, then a capitalised word.
    const following = text[afterClosers + 1];
    return (
      afterClosers === runEnd &&
      word.length >= 2 &&
      isLower(word[word.length - 1]) &&
      !ABBREVIATIONS.has(word) &&
      isUpper(next) &&
      isLower(following)
    );
  }

  let n = afterClosers;
  while (n < lineEnd && isSpace(text[n])) n++;
  // A dash after a quotation introduces its attribution: "“… hậu kiểm…” - Thủ tướng gợi ý." stays whole.
  if (DASHES.includes(text[n] ?? '')) return false;
  while (n < lineEnd && OPENERS.includes(text[n]!)) n++;
  const first = text[n];
  if (first === undefined) return true;
  // An ellipsis or period followed by a lowercase word continues the sentence: "được mở rộng... và".
  if (isLower(first)) return false;
  // A comma or other mid-sentence mark after the period means the period belonged to an abbreviation.
  if (',;:)]'.includes(first)) return false;

  if (run === '.') {
    if (ABBREVIATIONS.has(word) || isTitleChain(word)) return false;
    // Dotted initials: "công ty TNHH I.V. C", "Ông T.M. T., giám đốc".
    if (DOTTED_INITIALS.test(word)) return false;
    // Initials: "Nguyễn V. A." — one capital letter before the period.
    if ([...word].length === 1 && isUpper(word)) return false;
    // A list marker that is all of the sentence so far.
    if (wordStart === segmentStart && ENUMERATOR.test(word)) return false;
  }
  return true;
}

/** Adds the trimmed piece; a piece without letters or digits joins the previous sentence of the same line. */
function pushTrimmed(text: string, lineStart: number, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e <= s) return;
  const previous = out[out.length - 1];
  if (!HAS_CONTENT.test(text.slice(s, e)) && previous !== undefined && previous.start >= lineStart) {
    previous.end = e;
    previous.text = text.slice(previous.start, e);
    return;
  }
  out.push({ text: text.slice(s, e), start: s, end: e });
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: SentenceSpan[]): void {
  const ranges = findProtectedRanges(text, lineStart, lineEnd);
  let segmentStart = lineStart;
  while (segmentStart < lineEnd && isSpace(text[segmentStart])) segmentStart++;
  let i = segmentStart;
  while (i < lineEnd) {
    if (!TERMINATORS.includes(text[i]!)) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < lineEnd && TERMINATORS.includes(text[runEnd]!)) runEnd++;
    let afterClosers = runEnd;
    while (afterClosers < lineEnd && CLOSERS.includes(text[afterClosers]!)) afterClosers++;
    const runStart = i;
    const insideQuote = ranges.some(([open, close]) => open < runStart && close >= afterClosers);
    if (!insideQuote && isBoundary(text, lineStart, lineEnd, segmentStart, runStart, runEnd, afterClosers)) {
      pushTrimmed(text, lineStart, segmentStart, afterClosers, out);
      segmentStart = afterClosers;
      while (segmentStart < lineEnd && isSpace(text[segmentStart])) segmentStart++;
    }
    i = afterClosers;
  }
  pushTrimmed(text, lineStart, segmentStart, lineEnd, out);
}

/** Splits text into sentences with offsets into the original string (see the contract at the top). */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  // A fresh regex per call: a shared global one would carry lastIndex between calls.
  const lineBreak = new RegExp(LINE_BREAK_SOURCE, 'g');
  for (let m = lineBreak.exec(text); m !== null; m = lineBreak.exec(text)) {
    splitLine(text, lineStart, m.index, out);
    lineStart = m.index + m[0].length;
  }
  splitLine(text, lineStart, text.length, out);
  return out;
}
