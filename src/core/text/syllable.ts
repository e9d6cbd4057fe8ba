// The shape of one Vietnamese syllable: onset consonant, vowel nucleus, final consonant, one tone.
//
// Used to tell a Vietnamese word from a Latin acronym or a foreign word ("QUỐC" is a syllable in capitals, "UBND"
// is not), and to rebuild a syllable whose marks were typed as stray keystrokes ("bi3e63u" → "biểu"). Tone placement
// follows the new style of state documents ("hòa", "khỏe", "ủy"), like the acronym dictionary.
//
// Everything here looks at one word of at most MAX_SYLLABLE_LENGTH characters: longer input is not a syllable, so
// the work per call is bounded whatever the page contains.

/** The longest Vietnamese syllable ("nghiêng", "khuỷu") has 7 letters; marks may come decomposed. */
export const MAX_SYLLABLE_LENGTH = 16;

/** Tones: 0 ngang (no mark), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng (the order VNI keyboards number them). */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_MARKS: readonly string[] = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

// Longest first, so "ngh" is tried before "ng" and "nh" before "n".
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

// Vowel nuclei with their glides, written without tone ("oai", "ươi", "uyê"). After "qu" and "gi" the u and i
// belong to the onset, so "quyết" is qu + yê + t and "giữa" is gi + ưa.
const NUCLEI = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
]);

const CODAS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't', ''];

const VOWELS = 'aăâeêioôơuưy';
/** Vowels that carry a quality mark; a tone goes on them first ("tiếng", "người"). */
const MARKED_VOWELS = 'ăâêôơư';

export interface SyllableParts {
  /** Lower case, NFC, without tone: "ngh", "qu", "" … */
  readonly onset: string;
  readonly nucleus: string;
  readonly coda: string;
  readonly tone: Tone;
}

/** Splits NFD text into base letters (NFC, tone removed) and the tone; null when there are two tones. */
function splitTone(word: string): { letters: string; tone: Tone } | null {
  let tone: Tone = 0;
  let letters = '';
  for (const ch of word.normalize('NFD')) {
    const t = TONE_MARKS.indexOf(ch);
    if (t > 0) {
      if (tone !== 0) return null;
      tone = t as Tone;
    } else {
      letters += ch;
    }
  }
  return { letters: letters.normalize('NFC'), tone };
}

function parseLetters(letters: string, tone: Tone): SyllableParts | null {
  for (const onset of ONSETS) {
    if (!letters.startsWith(onset)) continue;
    const rest = letters.slice(onset.length);
    // "gi" and "qu" are onsets only before another vowel: "gì" is g + i, "gìn" is g + i + n.
    if ((onset === 'gi' || onset === 'qu') && (rest === '' || !VOWELS.includes(rest[0]!))) continue;
    for (const coda of CODAS) {
      if (!rest.endsWith(coda)) continue;
      const nucleus = rest.slice(0, rest.length - coda.length);
      if (NUCLEI.has(nucleus)) return { onset, nucleus, coda, tone };
    }
  }
  return null;
}

/** The parts of `word` as one Vietnamese syllable (any case, NFC or NFD), or null when it is not one. */
export function parseSyllable(word: string): SyllableParts | null {
  if (word.length === 0 || word.length > MAX_SYLLABLE_LENGTH) return null;
  const split = splitTone(word.toLowerCase());
  if (split === null) return null;
  return parseLetters(split.letters, split.tone);
}

/** True when `word` is one Vietnamese syllable: "quốc", "NGHIÊNG", "gì", "Đọc"; not "UBND", "Iran", "tulip". */
export function isVietnameseSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

/** Index (in the nucleus) of the vowel that carries the tone, new style. */
function toneIndex(nucleus: string, hasCoda: boolean): number {
  for (let i = nucleus.length - 1; i >= 0; i--) {
    if (MARKED_VOWELS.includes(nucleus[i]!)) return i;
  }
  if (hasCoda) return nucleus.length - 1;
  if (nucleus.length === 3) return 1;
  return 0;
}

/**
 * The syllable `letters` (base letters with vowel marks, no tone) carrying `tone`, marked on the vowel the new
 * style puts it on: ("tiêng", 1) → "tiếng"; ("hoa", 2) → "hòa"; ("quy", 3) → "quỷ"; ("biêu", 3) → "biểu".
 * The case of each letter is kept. Null when `letters` is not a syllable or already carries a tone.
 */
export function withTone(letters: string, tone: Tone): string | null {
  const lower = letters.toLowerCase().normalize('NFC');
  const split = splitTone(lower);
  if (split === null || split.tone !== 0) return null;
  const parts = parseLetters(split.letters, 0);
  if (parts === null) return null;
  const nfc = letters.normalize('NFC');
  if (tone === 0) return nfc;
  const at = parts.onset.length + toneIndex(parts.nucleus, parts.coda !== '');
  const target = nfc[at]!;
  return nfc.slice(0, at) + (target.normalize('NFD') + TONE_MARKS[tone]).normalize('NFC') + nfc.slice(at + 1);
}
