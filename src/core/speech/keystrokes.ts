// Words whose marks were typed as keystrokes that the input method did not turn into marks: VNI digits
// ("bi3e63u" for "biểu", "Vie65t" for "Việt") and Telex letters ("vieejt" for "việt"). Read aloud as written they
// are noise ("bi ba e sáu ba u"); rebuilt, the listener hears the word the writer meant.
//
// Conservative on purpose: a word is rebuilt only when it is NOT a Vietnamese syllable as written, the keystrokes
// follow the input method's pattern, and the result IS one syllable. Codes and names such as "H5N1", "A4", "CO2",
// "Facebook" stay as they are.
import { isVietnameseSyllable, withTone, MAX_SYLLABLE_LENGTH, type Tone } from '../text/syllable';

const CIRCUMFLEX: Readonly<Record<string, string>> = { a: 'â', e: 'ê', o: 'ô', A: 'Â', E: 'Ê', O: 'Ô' };
const HORN: Readonly<Record<string, string>> = { o: 'ơ', u: 'ư', O: 'Ơ', U: 'Ư' };
const BREVE: Readonly<Record<string, string>> = { a: 'ă', A: 'Ă' };
const STROKE: Readonly<Record<string, string>> = { d: 'đ', D: 'Đ' };

/** Applies a vowel or consonant mark to the nearest letter before the keystroke that takes it. */
function markNearest(letters: string[], table: Readonly<Record<string, string>>): boolean {
  for (let i = letters.length - 1; i >= 0; i--) {
    const marked = table[letters[i]!];
    if (marked !== undefined) {
      letters[i] = marked;
      // "uo7" is ươ: the horn goes on both vowels of the pair.
      if (table === HORN && (letters[i] === 'ơ' || letters[i] === 'Ơ') && i > 0) {
        const before = HORN[letters[i - 1]!];
        if (before !== undefined && (letters[i - 1] === 'u' || letters[i - 1] === 'U')) letters[i - 1] = before;
      }
      return true;
    }
  }
  return false;
}

function finish(letters: string[], tone: Tone, original: string): string | null {
  const word = withTone(letters.join(''), tone);
  if (word === null || word === original || !isVietnameseSyllable(word)) return null;
  return word;
}

/** A word with the case of an ordinary word: all lower case, or a capital first letter. */
function isWordCase(letters: string): boolean {
  return letters.slice(1) === letters.slice(1).toLowerCase();
}

/**
 * The syllable meant by a word typed with VNI digits left in it, or null. The digits 1–5 are tones (sắc, huyền,
 * hỏi, ngã, nặng; the last one wins), 6 a circumflex, 7 a horn, 8 a breve, 9 đ. At least one digit must sit
 * between letters, or there must be two digits, so "co2", "A4" and "B52" are never taken for words.
 */
export function repairVni(word: string): string | null {
  if (word.length > MAX_SYLLABLE_LENGTH || isVietnameseSyllable(word)) return null;
  const letters: string[] = [];
  let tone: Tone = 0;
  let digitCount = 0;
  let isInterior = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch < '0' || ch > '9') {
      letters.push(ch);
      continue;
    }
    if (letters.length === 0 || ch === '0') return null;
    digitCount++;
    if (i + 1 < word.length && (word[i + 1]! < '0' || word[i + 1]! > '9')) isInterior = true;
    const d = ch.charCodeAt(0) - 0x30;
    if (d <= 5) tone = d as Tone;
    else if (!markNearest(letters, d === 6 ? CIRCUMFLEX : d === 7 ? HORN : d === 8 ? BREVE : STROKE)) return null;
  }
  if (digitCount === 0 || (!isInterior && digitCount < 2)) return null;
  const joined = letters.join('');
  if (!isWordCase(joined)) return null;
  return finish(letters, tone, word);
}

const TELEX_TONES: Readonly<Record<string, Tone>> = { s: 1, f: 2, r: 3, x: 4, j: 5 };
/** A Telex word shows at least one of these (doubled vowel, dd, or w after a vowel); tone letters alone are too common in foreign words. */
const TELEX_SIGNS = ['aa', 'ee', 'oo', 'dd', 'aw', 'ow', 'uw'];

/**
 * The syllable meant by a word typed with Telex keys left in it ("vieejt" → "việt", "ddaay" → "đây"), or null.
 * aa/ee/oo are circumflexes, aw a breve, ow/uw horns, dd is đ; s f r x j are tones when they come after the vowel.
 */
export function repairTelex(word: string): string | null {
  if (word.length > MAX_SYLLABLE_LENGTH || isVietnameseSyllable(word) || !isWordCase(word)) return null;
  const lower = word.toLowerCase();
  if (!TELEX_SIGNS.some((sign) => lower.includes(sign))) return null;
  if (!/^[a-z]+$/.test(lower)) return null;
  const letters: string[] = [];
  let tone: Tone = 0;
  let hasVowel = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const low = lower[i]!;
    const previous = letters[letters.length - 1];
    const previousLow = previous?.toLowerCase();
    if (previous !== undefined && low === previousLow && CIRCUMFLEX[previous] !== undefined) {
      letters[letters.length - 1] = CIRCUMFLEX[previous]!;
    } else if (previous !== undefined && low === 'd' && previousLow === 'd') {
      letters[letters.length - 1] = STROKE[previous]!;
    } else if (low === 'w' && hasVowel) {
      if (!markNearest(letters, previousLow === 'a' ? BREVE : HORN)) return null;
    } else if (hasVowel && TELEX_TONES[low] !== undefined && i > 0) {
      tone = TELEX_TONES[low]!;
    } else {
      letters.push(ch);
      if ('aeiouy'.includes(low)) hasVowel = true;
    }
  }
  return finish(letters, tone, word);
}
