// How long spoken Vietnamese takes, for cutting chunks and for estimating word times when an engine reports no
// word boundaries (Linux speech-dispatcher voices, Google's network voices).
//
// Measured on the built-in voice (espeak-ng 0.3.5, Vietnamese, default 175 words a minute = rate 1.0), over the
// first 60 body paragraphs of tests/fixtures/pages after normalisation: 11,921 spoken characters in 616.9 s of
// audio (19.3 characters a second); a least-squares fit over paragraphs gives 0.208 s a syllable, 0.289 s more
// for a comma-like pause and 0.436 s for a full stop.
import type { SpeechText } from './speech-text';

/**
 * Characters a second assumed when cutting chunks: 16, RECIPES' figure for espeak-ng on Debian, below what the
 * built-in voice does (19.3), so browser voices that speak more slowly still stay under the limit.
 */
export const SPOKEN_CHARS_PER_SECOND = 16;
/** Chrome's network voices stop after about 15 s without an end event: chunks stay under 12 s. */
export const MAX_CHUNK_SECONDS = 12;

export const SECONDS_PER_SYLLABLE = 0.208;
export const SECONDS_PER_PAUSE = 0.289;
export const SECONDS_PER_STOP = 0.436;

const PAUSE_MARKS = ',;:–—(';
const STOP_MARKS = '.!?…';

/** Seconds `spoken` takes at `rate` (1 = normal), estimated from its length: for cutting chunks. */
export function estimateSecondsFromLength(spoken: string, rate = 1): number {
  return spoken.length / (SPOKEN_CHARS_PER_SECOND * clampRate(rate));
}

export function clampRate(rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) return 1;
  return Math.min(Math.max(rate, 0.1), 10);
}

export interface SpokenWord {
  /** Offsets in the spoken text. */
  readonly start: number;
  readonly end: number;
}

/** Words of spoken text: runs of characters between spaces (punctuation stays with its word). */
export function spokenWords(spoken: string): SpokenWord[] {
  const words: SpokenWord[] = [];
  let start = -1;
  for (let i = 0; i <= spoken.length; i++) {
    const isSpace = i === spoken.length || spoken[i] === ' ' || spoken[i] === '\n' || spoken[i] === '\t';
    if (isSpace && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    } else if (!isSpace && start < 0) {
      start = i;
    }
  }
  return words;
}

function hasLetterOrDigit(word: string): boolean {
  for (const ch of word) if (ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9')) return true;
  return false;
}

/** The syllable and pause weights of one spoken word, in seconds at rate 1. */
function weightOf(word: string): { speech: number; pause: number } {
  // Vietnamese writes one syllable per word; what the normaliser emits is Vietnamese words too.
  const speech = hasLetterOrDigit(word) ? SECONDS_PER_SYLLABLE : 0;
  const last = word[word.length - 1] ?? '';
  const pause = STOP_MARKS.includes(last) ? SECONDS_PER_STOP : PAUSE_MARKS.includes(last) ? SECONDS_PER_PAUSE : 0;
  return { speech, pause };
}

export interface EstimatedWord extends SpokenWord {
  /** Seconds from the start of the audio. */
  readonly time: number;
}

/**
 * When each word of `spoken` starts, estimated from syllables and pauses. With `durationSeconds` (known once the
 * engine has finished, or from the audio length) the estimate is stretched to fit it exactly; without, it
 * assumes the built-in voice's pace at `rate`.
 */
export function estimateWordTimes(spoken: string, options: { rate?: number; durationSeconds?: number } = {}): EstimatedWord[] {
  const words = spokenWords(spoken);
  const weights = words.map((w) => weightOf(spoken.slice(w.start, w.end)));
  const natural = weights.reduce((sum, w) => sum + w.speech + w.pause, 0);
  const scale =
    options.durationSeconds !== undefined && natural > 0 ? options.durationSeconds / natural : 1 / clampRate(options.rate ?? 1);
  const out: EstimatedWord[] = [];
  let time = 0;
  words.forEach((word, k) => {
    out.push({ ...word, time });
    time += (weights[k]!.speech + weights[k]!.pause) * scale;
  });
  return out;
}

export interface EstimatedSourceWord extends EstimatedWord {
  /** Offsets in the source text (the speech map applied). */
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/**
 * estimateWordTimes with each word placed in the source: for highlighting words when the engine reports none.
 * Words of one replaced token ("hai mươi bảy tháng năm" for "27-5") all highlight that token.
 */
export function estimateSourceWords(
  speech: SpeechText,
  options: { rate?: number; durationSeconds?: number } = {},
): EstimatedSourceWord[] {
  return estimateWordTimes(speech.text, options).map((word) => {
    const range = speech.map.sourceRange(word.start, word.end);
    return { ...word, sourceStart: range.start, sourceEnd: range.end };
  });
}
