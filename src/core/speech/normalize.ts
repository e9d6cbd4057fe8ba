// Text as it should be spoken: numbers, dates, times, units, acronyms and abbreviations as Vietnamese words,
// NFC, with a map back to the characters of the source so the highlight falls on the page's own text.
//
// Contract:
// - `speechText(text).text` is NFC; its map tiles it (see speech-text.ts) and every source range is within text.
// - Linear in the length of `text`: one scan into atoms, then rules that each look at a bounded window of atoms
//   (no regular expression runs over the whole text with backtracking).
// - Nothing is lost: a character no rule knows is spoken as it is written.
import { AcronymResolver, tokenizeAcronyms, type AcronymOccurrence } from '../acronyms/index';
import { findAcronymDefinitions } from '../acronyms/index';
import { splitSentences } from '../text/sentences';
import { atomize } from './atoms';
import { speakDigits } from './number-rules';
import { Scan } from './scan';
import { SpeechMap, type SpeechText } from './speech-text';
import { speakLetters, speakMark } from './word-rules';

export interface NormalizeOptions {
  /**
   * Expansions of acronyms (short form → long form), e.g. the article's acronym resolution. They win over the
   * built-in dictionary. When absent, the definitions the text gives itself ("Ủy ban nhân dân (UBND)") and the
   * built-in dictionary are used.
   */
  acronyms?: Readonly<Record<string, string>>;
  /**
   * The article's acronym resolver (page > user > built-in), when the caller has one: used as it is, and
   * `acronyms` is ignored. The same resolution the tooltips use.
   */
  resolver?: AcronymResolver;
}

/** The acronym resolution normalisation uses for `text` given these options (see NormalizeOptions). */
export function acronymResolverFor(text: string, options: NormalizeOptions): AcronymResolver {
  if (options.resolver !== undefined) return options.resolver;
  if (options.acronyms !== undefined) {
    return new AcronymResolver({ page: Object.entries(options.acronyms).map(([short, long]) => ({ short, long })) });
  }
  return new AcronymResolver({ page: findAcronymDefinitions(text) });
}

/**
 * Combining marks kept with one base character when composing. Unicode's Stream-Safe Text Format (UAX #15) allows
 * 30; real text has at most 2 or 3. The cap keeps composition linear: normalising one base with 50,000 marks
 * reorders them in quadratic time (about 2 s measured), so longer runs are composed in pieces of this size.
 */
const MAX_MARKS_PER_BASE = 30;
/** Text is composed in blocks of about this many characters, split where a new base character begins. */
const BLOCK = 256;

/**
 * `text` in NFC, with the offset in `text` of every NFC offset. Pages mix NFC and NFD (old Windows-1258 tools
 * decompose tone marks), and everything downstream (acronym context offsets, syllable checks, engines) wants NFC.
 * Blocks that composition leaves unchanged (nearly all) map one to one; a block that changes is composed piece by
 * piece, a piece being a character and the combining marks after it, so offsets between pieces are exact.
 * Null when nothing changed (the common case: no copy, no table).
 */
function composed(text: string): { text: string; toSource: Int32Array } | null {
  let out = '';
  let toSource: Int32Array | null = null;
  let i = 0;
  while (i < text.length) {
    // End the block where a piece ends: before a base character, never inside a run of marks.
    let end = pieceEnd(text, Math.min(text.length, i + BLOCK) - 1);
    const block = text.slice(i, end);
    const nfc = block.length <= MAX_MARKS_PER_BASE || !hasLongMarkRun(block) ? block.normalize('NFC') : null;
    if (nfc === block) {
      out += block;
      if (toSource !== null) for (let k = i; k < end; k++) toSource[out.length - end + k] = k;
    } else {
      toSource ??= identityUpTo(text.length, out.length);
      let p = i;
      while (p < end) {
        const q = pieceEnd(text, p);
        const piece = text.slice(p, q).normalize('NFC');
        for (let k = 0; k < piece.length; k++) toSource[out.length + k] = p;
        out += piece;
        p = q;
      }
      // The last piece may reach past the block's end (pieces are cut from where they start).
      end = p;
    }
    i = end;
  }
  if (toSource === null) return null;
  toSource[out.length] = text.length;
  return { text: out, toSource: toSource.subarray(0, out.length + 1) };
}

/**
 * A table big enough for the composed text (NFC makes text at most three times longer: U+0344 becomes two marks),
 * filled one to one up to `upTo`.
 */
function identityUpTo(size: number, upTo: number): Int32Array {
  const table = new Int32Array(size * 3 + 1);
  for (let k = 0; k < upTo; k++) table[k] = k;
  return table;
}

/** Where the piece that starts at `i` ends: one character (a surrogate pair is one) and at most 30 marks after it. */
function pieceEnd(text: string, i: number): number {
  let end = i + 1;
  const c = text.charCodeAt(i);
  if (end < text.length && c >= 0xd800 && c <= 0xdbff) end++;
  let marks = 0;
  while (end < text.length && marks < MAX_MARKS_PER_BASE && isCombiningMark(text.charCodeAt(end))) {
    end++;
    marks++;
  }
  return end;
}

function hasLongMarkRun(block: string): boolean {
  let run = 0;
  for (let k = 0; k < block.length; k++) {
    run = isCombiningMark(block.charCodeAt(k)) ? run + 1 : 0;
    if (run >= MAX_MARKS_PER_BASE) return true;
  }
  return false;
}

/** Combining marks (and Hangul vowel/final jamo, which compose with what precedes them): part of the piece before. */
function isCombiningMark(c: number): boolean {
  if (c < 0x300) return false;
  if (c >= 0x1160 && c <= 0x11ff) return true;
  let known = MARK_CACHE[c]!;
  if (known === 0) {
    known = COMBINING.test(String.fromCharCode(c)) ? 1 : 2;
    MARK_CACHE[c] = known;
  }
  return known === 1;
}

const COMBINING = /\p{M}/u;
/** 0 unknown, 1 mark, 2 not a mark: a lookup instead of a regular expression per character. */
const MARK_CACHE = new Uint8Array(0x10000);

/** Moves a map made on the NFC text back onto the original text. */
function onSource(speech: SpeechText, source: string, toSource: Int32Array): SpeechText {
  const segments = speech.map.segments.map((seg) => {
    const sourceStart = toSource[seg.sourceStart]!;
    const sourceEnd = toSource[seg.sourceEnd]!;
    // A verbatim piece stays verbatim only where composing changed nothing.
    const isVerbatim = seg.isVerbatim && source.slice(sourceStart, sourceEnd) === speech.text.slice(seg.spokenStart, seg.spokenEnd);
    return { ...seg, sourceStart, sourceEnd, isVerbatim };
  });
  return { text: speech.text, map: new SpeechMap(segments) };
}

/** The spoken text and its map back to `text`. */
export function speechText(text: string, options: NormalizeOptions = {}): SpeechText {
  const nfc = composed(text);
  if (nfc === null) return speechTextOfNfc(text, options);
  return onSource(speechTextOfNfc(nfc.text, options), text, nfc.toSource);
}

function speechTextOfNfc(text: string, options: NormalizeOptions): SpeechText {
  const atoms = atomize(text);
  const resolver = acronymResolverFor(text, options);
  const { known, unknown } = tokenizeAcronyms(text, resolver);
  const knownByStart = new Map<number, AcronymOccurrence>(known.map((o) => [o.start, o]));
  const unknownByStart = new Map<number, number>(unknown.map((o) => [o.start, o.end]));
  const sentenceEnds = new Set(splitSentences(text).map((s) => s.end));
  const scan = new Scan(text, atoms, sentenceEnds, knownByStart, unknownByStart, resolver);
  let i = 0;
  while (i < atoms.length) {
    const atom = atoms[i]!;
    let next: number;
    if (atom.kind === 'space') {
      scan.builder.space(atom.start, atom.end);
      if (atom.text.includes('\n')) scan.forgetWords();
      next = i + 1;
    } else if (atom.kind === 'digits') {
      next = speakDigits(scan, i);
    } else if (atom.kind === 'letters') {
      next = speakLetters(scan, i);
    } else {
      next = speakMark(scan, i);
    }
    if (next <= i) {
      // No rule took it: say it as written.
      scan.builder.verbatim(atom.start, atom.text);
      next = i + 1;
    }
    i = next;
  }
  return scan.builder.build();
}

/**
 * Text as it should be spoken (see speechText). `options.acronyms` maps acronyms to expansions; without it the
 * text's own definitions and the built-in dictionary are used, and an acronym with several meanings that its
 * context does not decide is spelt out.
 */
export function normalizeForSpeech(text: string, options?: NormalizeOptions): string {
  return speechText(text, options).text;
}
