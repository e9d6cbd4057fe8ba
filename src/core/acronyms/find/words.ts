// Word tokens with offsets and the per-word facts the letter matcher needs.
// Kept apart from src/core/text because the matcher wants words split at every non-letter
// ("Lao động - Thương binh", "Public-Private", "TP.HCM" → TP, HCM), while text/ tokens split at spaces only.
import { foldDiacritics, nfc } from '../../text/index';

export interface Word {
  /** The word exactly as written (may be NFD). */
  raw: string;
  /** NFC, lower case: keeps ư/ơ/đ so "ương" can answer to W. */
  lower: string;
  /** Marks removed (Đ kept), lower case: what initials are compared on. */
  folded: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Not a possible Vietnamese syllable: English or another language written in Latin letters. */
  isForeign: boolean;
  /** Two or more letters, all upper case ("UBND", "MTTQ" inside a long form). */
  isAllCaps: boolean;
  isNumber: boolean;
  /** First letter is upper case. */
  isCapitalized: boolean;
  /** Initial consonant cluster of a Vietnamese syllable ("th", "ngh", "qu"), or "". */
  cluster: string;
}

// A run of letters (with combining marks, so NFD input keeps its words whole) or digits.
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

// Vietnamese syllable: optional initial consonant (longest clusters first), one to three vowels,
// optional final consonant. Anything else ("Index", "World", "Bank", "of") is a foreign word, whose
// acronym letters may come from inside the word (COVID = COrona VIrus Disease), as in English.
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$/;
const INITIAL_CLUSTER = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr)/;
// Vietnamese marks (tones, ă â ê ô ơ ư, đ) prove a word is Vietnamese whatever its shape.
const HAS_VIETNAMESE_MARK = /[\u0300-\u036fđ]/u;

export function foldLower(s: string): string {
  return foldDiacritics(s).toLowerCase();
}

type WordFacts = Omit<Word, 'start' | 'end'>;

// Folding and classifying a word costs two Unicode normalisations; news text repeats its syllables
// endlessly, so facts are cached per spelling. The cap bounds memory on huge pages (cleared, not LRU:
// simple, and a refill costs one pass over the next few thousand words).
const FACTS_CACHE_LIMIT = 20_000;
const factsCache = new Map<string, WordFacts>();

export function makeWord(raw: string, start: number): Word {
  let facts = factsCache.get(raw);
  if (facts === undefined) {
    facts = wordFacts(raw);
    if (factsCache.size >= FACTS_CACHE_LIMIT) factsCache.clear();
    factsCache.set(raw, facts);
  }
  // Spelled out rather than spread: the spread was the hottest line of the scan.
  return {
    raw,
    lower: facts.lower,
    folded: facts.folded,
    start,
    end: start + raw.length,
    isForeign: facts.isForeign,
    isAllCaps: facts.isAllCaps,
    isNumber: facts.isNumber,
    isCapitalized: facts.isCapitalized,
    cluster: facts.cluster,
  };
}

function wordFacts(raw: string): WordFacts {
  const composed = nfc(raw);
  const lower = composed.toLowerCase();
  const folded = foldLower(composed);
  const isNumber = /^\p{N}+$/u.test(composed);
  const hasMark = HAS_VIETNAMESE_MARK.test(lower.normalize('NFD'));
  const isForeign = !isNumber && !hasMark && !VIETNAMESE_SYLLABLE.test(folded);
  const letters = composed.replace(/\P{L}/gu, '');
  const isAllCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const first = composed.charAt(0);
  return {
    raw,
    lower,
    folded,
    isForeign,
    isAllCaps,
    isNumber,
    isCapitalized: first !== first.toLowerCase(),
    cluster: isForeign ? '' : (INITIAL_CLUSTER.exec(folded)?.[1] ?? ''),
  };
}

/** Words of text[from, to) with absolute offsets; only the last `maxWords` when given. */
export function wordsIn(text: string, from: number, to: number, maxWords = Infinity): Word[] {
  const slice = text.slice(from, to);
  const found: Array<{ raw: string; at: number }> = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m !== null; m = WORD_RE.exec(slice)) found.push({ raw: m[0], at: from + m.index });
  const kept = found.length > maxWords ? found.slice(found.length - maxWords) : found;
  return kept.map((w) => makeWord(w.raw, w.at));
}
