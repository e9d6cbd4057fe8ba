// Comparing Vietnamese words as a reader does: "Uỷ ban" and "Ủy ban", "Khánh Hoà" and "Khánh Hòa" are the same
// words written with the old and the new placement of the tone mark. Keys for comparison live here, next to
// nfc and foldDiacritics, so that every module compares words the same way.
//
// Tone placement: in the open syllables "oa", "oe" and "uy" (nothing after the second vowel) the new style puts the
// tone on the first vowel ("hòa", "khỏe", "thủy"), the old style on the second ("hoà", "khoẻ", "thuỷ"). The
// government's spelling (and the built-in dictionary) uses the new style. A closed syllable keeps its mark where it
// is in both styles ("hoàn", "khuỷu"), and "qu" is a consonant, so "quý" is left alone.
// Every function here is a single pass over its input: no regular expression.
import { foldDiacritics } from './normalize';

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** "à" → { base: "a", tone: 0 } for the vowels whose mark may move (a, e, y in both cases). */
const MOVABLE = new Map<string, { base: string; tone: number }>();
/** "o" + tone 1 → "ó" for the vowels that take the mark (o, u in both cases). */
const TAKES_TONE = new Map<string, string>();

for (const base of ['a', 'e', 'y', 'A', 'E', 'Y']) {
  TONES.forEach((mark, tone) => MOVABLE.set((base + mark).normalize('NFC'), { base, tone }));
}
for (const base of ['o', 'u', 'O', 'U']) {
  TONES.forEach((mark, tone) => TAKES_TONE.set(`${base}${tone}`, (base + mark).normalize('NFC')));
}

/** Second vowels each first vowel pairs with in a movable syllable: oa, oe, uy. */
const PAIRS: Readonly<Record<string, string>> = { o: 'ae', u: 'y' };

function isLetterOrMark(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 0x300 && c <= 0x36f) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * NFC with the new-style tone placement: "Uỷ ban" → "Ủy ban", "Khánh Hoà" → "Khánh Hòa", "khoẻ" → "khỏe";
 * "hoàn", "quý" and "khuỷu" are unchanged. Case is kept.
 */
export function normalizeTonePlacement(s: string): string {
  const text = s.normalize('NFC');
  let out = '';
  let copied = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const first = text[i]!;
    const pair = PAIRS[first.toLowerCase()];
    if (pair === undefined) continue;
    const second = MOVABLE.get(text[i + 1]!);
    if (second === undefined || !pair.includes(second.base.toLowerCase())) continue;
    // "qu" + "ý" is the consonant qu and the vowel y: the mark is already on the only vowel.
    if (first.toLowerCase() === 'u' && text[i - 1]?.toLowerCase() === 'q') continue;
    // A letter after the pair closes the syllable: "hoàn", "khuỷu" keep their mark.
    if (isLetterOrMark(text[i + 2])) continue;
    out += text.slice(copied, i) + TAKES_TONE.get(`${first}${second.tone}`)! + second.base;
    copied = i + 2;
    i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isSpace(ch: string): boolean {
  return ch.trim() === '';
}

/** Runs of whitespace as one space, none at either end. */
function collapseSpaces(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (const ch of s) {
    if (isSpace(ch)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  return out;
}

/**
 * Lowercase, NFC, new-style tone placement, whitespace collapsed: the key under which two spellings of the same
 * Vietnamese words are equal ("Uỷ  ban" and "ủy ban"). Diacritics are kept, so "tỉnh" and "tính" differ.
 */
export function normalizeVietnamese(s: string): string {
  return collapseSpaces(normalizeTonePlacement(s).toLowerCase());
}

/**
 * A looser key for names whose diacritics a page may drop or misplace: folded (see foldDiacritics), lowercase,
 * whitespace collapsed and a dash spaced as " - ": "Khánh Hoà", "Khanh Hoa" and "Khánh Hòa" give one key.
 */
export function foldKey(s: string): string {
  const folded = foldDiacritics(s).toLowerCase();
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch === '-') {
      out = `${out.trimEnd()} - `;
      continue;
    }
    out += ch;
  }
  return collapseSpaces(out);
}
