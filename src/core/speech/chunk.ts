// Text cut into the pieces an engine speaks at once: sentences, and long sentences cut at punctuation, then at
// word gaps, so that no piece passes about MAX_CHUNK_SECONDS of speech. Each chunk keeps where it came from.
//
// Contract: chunks are in text order; `text === source.slice(start, end)`; `speech.map` maps spoken offsets to
// offsets in the WHOLE text given (not the chunk), so a highlight can be placed directly. Chunks do not overlap,
// except the pieces of one spoken token longer than a whole chunk (a 200-digit number), which share its range.
import { splitSentences } from '../text/sentences';
import { acronymResolverFor, speechText, type NormalizeOptions } from './normalize';
import type { SpeechText } from './speech-text';
import { MAX_CHUNK_SECONDS, SPOKEN_CHARS_PER_SECOND, clampRate, estimateSecondsFromLength } from './timing';

export interface SpeechChunk {
  /** Index of the sentence (in the text given) this chunk belongs to. */
  readonly sentence: number;
  /** Source offsets in the text given, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The source text of the chunk. */
  readonly text: string;
  /** What the engine speaks, mapped back to offsets in the text given. */
  readonly speech: SpeechText;
  /** Estimated seconds at the rate the chunks were cut for. */
  readonly estimatedSeconds: number;
}

export interface ChunkOptions extends NormalizeOptions {
  /** Speaking rate (1 = normal, 0.5–2): slower speech gets shorter chunks. */
  rate?: number;
  /** Longest chunk, in seconds of speech. */
  maxSeconds?: number;
}

// Where a long sentence may be cut: after these marks (the pause is already there).
const CUT_AFTER = ',;:)”"»…';
// Or before these (a dash or an opening bracket starts a new phrase).
const CUT_BEFORE = '–—(“«';

/** Spoken offsets where a cut leaves the pieces on both sides whole: after a space that is a segment of its own. */
function isCleanGap(speech: SpeechText, at: number): boolean {
  if (speech.text[at - 1] !== ' ') return false;
  // A space inside a replacement ("hai mươi bảy") belongs to one source token; cutting there shares it.
  const seg = speech.map.segmentAt(at - 1);
  return seg === undefined || seg.isVerbatim || seg.spokenEnd - seg.spokenStart === 1;
}

/** Phrase cut points of a spoken sentence (spoken offsets where a new piece may begin), in order. */
function phraseCuts(speech: SpeechText): number[] {
  const cuts: number[] = [];
  const t = speech.text;
  for (let i = 1; i < t.length; i++) {
    if (t[i] !== ' ') continue;
    const before = t[i - 1]!;
    const after = t[i + 1] ?? '';
    if ((CUT_AFTER.includes(before) || CUT_BEFORE.includes(after) || after === '-') && isCleanGap(speech, i + 1)) cuts.push(i + 1);
  }
  return cuts;
}

/** Word-gap cut points between `from` and `to`. */
function wordCuts(speech: SpeechText, from: number, to: number, cleanOnly: boolean): number[] {
  const cuts: number[] = [];
  for (let i = from + 1; i < to; i++) {
    if (speech.text[i - 1] === ' ' && (!cleanOnly || isCleanGap(speech, i))) cuts.push(i);
  }
  return cuts;
}

/**
 * Greedy cut of [from, to) at the given points so that each piece has at most `limit` characters where possible:
 * the piece grows to the last point that keeps it under the limit.
 */
function cutAt(points: readonly number[], from: number, to: number, limit: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = from;
  let k = 0;
  while (to - start > limit) {
    let best = -1;
    while (k < points.length && points[k]! <= start) k++;
    for (let j = k; j < points.length && points[j]! - start <= limit; j++) best = points[j]!;
    if (best < 0) break;
    pieces.push([start, best]);
    start = best;
  }
  pieces.push([start, to]);
  return pieces;
}

/** Splits one spoken sentence into pieces of at most `limit` characters: punctuation, then word gaps, then hard. */
function splitSpoken(speech: SpeechText, limit: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of cutAt(phraseCuts(speech), 0, speech.text.length, limit)) {
    if (b - a <= limit) {
      out.push([a, b]);
      continue;
    }
    for (const [c, d] of cutAt(wordCuts(speech, a, b, true), a, b, limit)) {
      if (d - c <= limit) {
        out.push([c, d]);
        continue;
      }
      for (const [e, f] of cutAt(wordCuts(speech, c, d, false), c, d, limit)) {
        // A single "word" longer than the limit (a long code or URL): cut it in equal parts.
        for (let g = e; g < f; g += limit) out.push([g, Math.min(f, g + limit)]);
      }
    }
  }
  return out;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && text[a] === ' ') a++;
  while (b > a && text[b - 1] === ' ') b--;
  return [a, b];
}

/**
 * The chunks of `text` (a block of the article, or a selection): every sentence normalised for speech (acronyms
 * resolved once for the whole text, against its own definitions unless the caller passes the article's), and
 * sentences longer than `maxSeconds` cut into phrases.
 */
export function chunkForSpeech(text: string, options: ChunkOptions = {}): SpeechChunk[] {
  const rate = clampRate(options.rate ?? 1);
  const limit = Math.max(1, Math.floor((options.maxSeconds ?? MAX_CHUNK_SECONDS) * SPOKEN_CHARS_PER_SECOND * rate));
  const resolver = acronymResolverFor(text, options);
  const chunks: SpeechChunk[] = [];
  splitSentences(text).forEach((sentence, index) => {
    const speech = speechText(sentence.text, { resolver });
    for (const [from, to] of splitSpoken(speech, limit)) {
      const [a, b] = trimmed(speech.text, from, to);
      if (b <= a) continue;
      const map = speech.map.slice(a, b, sentence.start);
      const range = map.sourceRange(0, b - a);
      const piece: SpeechText = { text: speech.text.slice(a, b), map };
      chunks.push({
        sentence: index,
        start: range.start,
        end: range.end,
        text: text.slice(range.start, range.end),
        speech: piece,
        estimatedSeconds: estimateSecondsFromLength(piece.text, rate),
      });
    }
  });
  return chunks;
}
