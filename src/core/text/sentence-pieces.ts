// Sentences in bounded pieces, for work that must stay in short steps whatever a page sends: the article's lines
// (a line longer than MAX_LINE_CHARS is cut at a clause boundary or a space), the sentences of each line
// (splitSentences), and a sentence longer than a given size cut into pieces at clause boundaries. Line breaks end
// sentences anyway (see sentences.ts), so splitting lines first changes no sentence of a real article; only lines
// and sentences far longer than any real one are cut. Single passes, no regular expression.
import { splitSentences, type SentenceSpan } from './sentences';

/** A line longer than this is cut before sentence splitting: real paragraphs are far shorter. */
export const MAX_LINE_CHARS = 20000;
/** How far back from a limit a clause boundary or a space is looked for. */
const CUT_LOOKBACK = 300;

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

/**
 * Where to end a piece of text[start, …) that must stop by `limit`: after the last ";" or "," followed by a space,
 * else after the last space, within CUT_LOOKBACK characters; else at the limit itself (not inside a surrogate pair).
 */
export function cutBefore(text: string, start: number, limit: number): number {
  const floor = Math.max(start + 1, limit - CUT_LOOKBACK);
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x3b || c === 0x2c) && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  for (let i = limit - 1; i >= floor; i--) if (isSpace(text.charCodeAt(i))) return i + 1;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** The article's lines in order, each at most MAX_LINE_CHARS long: [start, end) offsets. */
export function* lineRanges(text: string): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    let end = start;
    const limit = Math.min(text.length, start + MAX_LINE_CHARS);
    while (end < limit && !isLineBreak(text.charCodeAt(end))) end++;
    if (end === limit && end < text.length && !isLineBreak(text.charCodeAt(end))) end = cutBefore(text, start, limit);
    yield [start, end];
    start = end;
    while (start < text.length && isLineBreak(text.charCodeAt(start))) start++;
  }
}

/** The sentences of text[start, end), with offsets in the whole text. */
export function sentencesIn(text: string, start: number, end: number): SentenceSpan[] {
  return splitSentences(text.slice(start, end)).map((s) => ({ text: s.text, start: s.start + start, end: s.end + start }));
}

/**
 * A sentence as pieces of at most `maxChars`, cut at clause boundaries (the sentence itself when it is short
 * enough). Offsets are those of the sentence's text.
 */
export function* sentencePieces(sentence: SentenceSpan, maxChars: number): Generator<SentenceSpan> {
  const text = sentence.text;
  let from = 0;
  while (from < text.length) {
    let to = text.length - from <= maxChars ? text.length : cutBefore(text, from, from + maxChars);
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    // A piece keeps splitSentences' contract: no whitespace at either end.
    const trimmed = piece.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.length > lead) yield { text: trimmed.slice(lead), start: sentence.start + from + lead, end: sentence.start + from + trimmed.length };
    to = Math.max(to, from + 1);
    from = to;
  }
}
