// Spoken text with a map back to the text it was made from.
//
// Engines speak "hai mươi bảy tháng năm" where the page says "27-5", and report word positions in what they
// spoke; the highlight must fall on the page's own characters. The map is a list of segments that tile the spoken
// text from 0 to its length, in order, each tied to a source range:
// - verbatim segments: the spoken characters ARE the source characters (same length), mapped one to one;
// - replacement segments: any position inside maps to the whole source range ("mười lăm" → "15").
// Source ranges never go backwards, so both directions are monotone and found by binary search.

export interface SpeechSegment {
  /** Offsets in the spoken text, end exclusive. */
  readonly spokenStart: number;
  readonly spokenEnd: number;
  /** Offsets in the source text, end exclusive; empty for a space the normaliser inserted between two words. */
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** True when spoken and source characters are the same string (offsets map one to one). */
  readonly isVerbatim: boolean;
}

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

export class SpeechMap {
  readonly segments: readonly SpeechSegment[];
  /** Length of the spoken text. */
  readonly length: number;

  constructor(segments: readonly SpeechSegment[]) {
    this.segments = segments;
    this.length = segments.length > 0 ? segments[segments.length - 1]!.spokenEnd : 0;
  }

  /** The segment covering spoken offset `i` (clamped to the text), or undefined for empty text. */
  segmentAt(i: number): SpeechSegment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.spokenStart <= i) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo];
  }

  /** Where the character at spoken offset `i` comes from: its own position when verbatim, else its token's start. */
  sourceOffset(i: number): number {
    const seg = this.segmentAt(i);
    if (seg === undefined) return 0;
    if (i >= this.length) return seg.sourceEnd;
    if (seg.isVerbatim) return seg.sourceStart + Math.max(0, i - seg.spokenStart);
    return seg.sourceStart;
  }

  /**
   * The source range that spoken [start, end) was made from, widened to whole replaced tokens: a word inside
   * "hai mươi bảy tháng năm" gives all of "27-5".
   */
  sourceRange(start: number, end: number): SourceRange {
    const first = this.segmentAt(start);
    if (first === undefined) return { start: 0, end: 0 };
    const from = first.isVerbatim ? first.sourceStart + Math.max(0, start - first.spokenStart) : first.sourceStart;
    if (end <= start) return { start: from, end: from };
    const last = this.segmentAt(end - 1)!;
    const to = last.isVerbatim ? last.sourceStart + Math.min(end, last.spokenEnd) - last.spokenStart : last.sourceEnd;
    return { start: Math.min(from, to), end: Math.max(from, to) };
  }

  /**
   * The part of the map for spoken [from, to), with spoken offsets counted from `from` and source offsets moved
   * by `sourceShift`. A replacement segment cut in two keeps its whole source range in both parts.
   */
  slice(from: number, to: number, sourceShift = 0): SpeechMap {
    const out: SpeechSegment[] = [];
    for (const seg of this.segments) {
      if (seg.spokenEnd <= from) continue;
      if (seg.spokenStart >= to) break;
      const start = Math.max(seg.spokenStart, from);
      const end = Math.min(seg.spokenEnd, to);
      const sourceStart = seg.isVerbatim ? seg.sourceStart + (start - seg.spokenStart) : seg.sourceStart;
      const sourceEnd = seg.isVerbatim ? seg.sourceStart + (end - seg.spokenStart) : seg.sourceEnd;
      out.push({
        spokenStart: start - from,
        spokenEnd: end - from,
        sourceStart: sourceStart + sourceShift,
        sourceEnd: sourceEnd + sourceShift,
        isVerbatim: seg.isVerbatim,
      });
    }
    return new SpeechMap(out);
  }

  /** The spoken offset where source offset `i` begins to be spoken (the first segment that reaches past it). */
  spokenOffset(i: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length;
    // First segment that ends after i. Source ends never decrease (segments are in order and do not overlap), and
    // an inserted space at i (empty source range) counts as before i.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.sourceEnd <= i) lo = mid + 1;
      else hi = mid;
    }
    const seg = segs[lo];
    if (seg === undefined) return this.length;
    if (seg.isVerbatim && i > seg.sourceStart) return seg.spokenStart + (i - seg.sourceStart);
    return seg.spokenStart;
  }
}

export interface SpeechText {
  /** What the engine speaks: NFC, words separated by single spaces. */
  readonly text: string;
  readonly map: SpeechMap;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CLOSING_PUNCTUATION = ',.;:!?)';

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(ch);
}

/**
 * Builds spoken text from left to right. Source ranges must be appended in order and may not overlap. Adjacent
 * words are kept apart: a space (mapped to nothing) is inserted between a piece ending in a letter or digit and
 * one starting with one, so "27-5" followed by "," gives "… tháng năm," but "5" + "%" gives "năm phần trăm".
 */
export class SpeechBuilder {
  // The text is kept as parts joined once at the end: reading the last character of a string built with += makes
  // V8 flatten it each time, which is quadratic over a page.
  private readonly parts: string[] = [];
  private length = 0;
  private last = '';
  private readonly segments: SpeechSegment[] = [];
  private sourceAt = 0;

  /** Appends source text spoken as it is. */
  verbatim(sourceStart: number, source: string): void {
    this.append(sourceStart, sourceStart + source.length, source, true);
  }

  /** Appends `spoken` for source [sourceStart, sourceEnd). Empty `spoken` drops the source range. */
  replace(sourceStart: number, sourceEnd: number, spoken: string): void {
    // A separator said as a word gap ("và/hoặc") is a space like any other: never two in a row.
    if (spoken !== '' && spoken.trim() === '') this.space(sourceStart, sourceEnd);
    else this.append(sourceStart, sourceEnd, spoken, false);
  }

  /** A pause or word gap for source [sourceStart, sourceEnd): one space, never two in a row, none at the start. */
  space(sourceStart: number, sourceEnd: number): void {
    if (this.last === '' || this.last === ' ') {
      this.extendLast(sourceEnd);
      return;
    }
    this.append(sourceStart, sourceEnd, ' ', false);
  }

  private extendLast(sourceEnd: number): void {
    // Nothing is spoken for this source: let the previous segment own it, so positions stay covered.
    const last = this.segments[this.segments.length - 1];
    if (last !== undefined && !last.isVerbatim && sourceEnd > last.sourceEnd) {
      this.segments[this.segments.length - 1] = { ...last, sourceEnd };
    }
    this.sourceAt = Math.max(this.sourceAt, sourceEnd);
  }

  private append(sourceStart: number, sourceEnd: number, spoken: string, isVerbatim: boolean): void {
    if (sourceStart < this.sourceAt) throw new RangeError(`source ${sourceStart} appended after ${this.sourceAt}`);
    if (spoken === '') {
      this.extendLast(sourceEnd);
      return;
    }
    if (isWordChar(this.last) && isWordChar(spoken[0]) && !isVerbatimJoin(this.segments, sourceStart, isVerbatim)) {
      this.push(sourceStart, sourceStart, ' ', false);
    }
    let from = sourceStart;
    // A pause said for a separator ("08:34 | 28/05" → "…, …") follows the word directly, not after a space.
    const gap = this.segments[this.segments.length - 1];
    if (!isVerbatim && CLOSING_PUNCTUATION.includes(spoken[0]!) && gap !== undefined && !gap.isVerbatim && this.last === ' ' && gap.spokenEnd - gap.spokenStart === 1) {
      this.popSpace();
      from = gap.sourceStart;
    }
    this.push(from, sourceEnd, spoken, isVerbatim);
    this.sourceAt = sourceEnd;
  }

  /** Removes the last segment, a lone space (its part is the last part). */
  private popSpace(): void {
    this.segments.pop();
    this.parts.pop();
    this.length -= 1;
    const part = this.parts[this.parts.length - 1];
    this.last = part === undefined ? '' : part[part.length - 1]!;
  }

  private push(sourceStart: number, sourceEnd: number, spoken: string, isVerbatim: boolean): void {
    const spokenStart = this.length;
    this.parts.push(spoken);
    this.length += spoken.length;
    this.last = spoken[spoken.length - 1]!;
    const last = this.segments[this.segments.length - 1];
    // Merge touching verbatim pieces: fewer segments, same mapping.
    if (isVerbatim && last?.isVerbatim && last.sourceEnd === sourceStart && last.spokenEnd === spokenStart) {
      this.segments[this.segments.length - 1] = { ...last, spokenEnd: this.length, sourceEnd };
      return;
    }
    this.segments.push({ spokenStart, spokenEnd: this.length, sourceStart, sourceEnd, isVerbatim });
  }

  /** The spoken text, without a trailing space. */
  build(): SpeechText {
    // Whitespace only ever comes from space(), which never doubles it: at most one trailing space segment.
    const last = this.segments[this.segments.length - 1];
    if (this.last === ' ' && last !== undefined && !last.isVerbatim && last.spokenEnd - last.spokenStart === 1) this.popSpace();
    return { text: this.parts.join(''), map: new SpeechMap(this.segments) };
  }
}

/** Source text that continues source text ("Hà" + "Nội" never split; they are one verbatim run). */
function isVerbatimJoin(segments: readonly SpeechSegment[], sourceStart: number, isVerbatim: boolean): boolean {
  const last = segments[segments.length - 1];
  return isVerbatim && last !== undefined && last.isVerbatim && last.sourceEnd === sourceStart;
}
