// Vietnamese normalisation helpers shared by the acronym finder, the summariser and speech.
// Pages mix NFC and NFD (old Windows-1258 tooling emits decomposed tone marks), so every
// comparison goes through NFC first.

/**
 * Combining marks kept with one base character when composing. Unicode's Stream-Safe Text Format (UAX #15) allows
 * 30; real text has two or three. Normalising a base with 50,000 marks reorders them in quadratic time (about 2 s),
 * so a page's longer runs are composed in pieces of this many marks.
 */
export const MAX_MARKS_PER_BASE = 30;

/** A combining mark (the blocks that hold the marks Vietnamese and its bad encodings use, and the others). */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** True when some base character carries more than MAX_MARKS_PER_BASE combining marks. */
function hasLongMarkRun(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (isCombiningMark(s.charCodeAt(i))) {
      if (++run > MAX_MARKS_PER_BASE) return true;
    } else run = 0;
  }
  return false;
}

/**
 * Canonical composition: "a" + U+0301 becomes "á", so equal-looking strings compare equal. Linear in the length of
 * `s`: text with an absurd run of combining marks (a hostile page) is composed in stream-safe pieces.
 */
export function nfc(s: string): string {
  return normalizeStreamSafe(s, 'NFC');
}

/** Canonical decomposition, linear in the length of `s` (see nfc). */
export function nfd(s: string): string {
  return normalizeStreamSafe(s, 'NFD');
}

function normalizeStreamSafe(s: string, form: 'NFC' | 'NFD'): string {
  if (!hasLongMarkRun(s)) return s.normalize(form);
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (isCombiningMark(s.charCodeAt(i))) {
      if (++run > MAX_MARKS_PER_BASE) {
        out += s.slice(from, i).normalize(form);
        from = i;
        run = 1;
      }
    } else run = 0;
  }
  return out + s.slice(from).normalize(form);
}

// Combining marks that NFD splits off Vietnamese letters: the five tones (U+0300 grave, U+0301 acute,
// U+0303 tilde, U+0309 hook above, U+0323 dot below) and the vowel marks (U+0302 circumflex, U+0306 breve,
// U+031B horn). The whole block is removed so stray marks from bad encodings go too.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Removes tone and vowel marks: "Ủy" → "Uy", "ơ" → "o", "ư" → "u", "â" → "a".
 * Đ/đ (U+0110/U+0111) are letters of their own, not D plus a mark, and stay as they are:
 * "ĐT" (điện thoại) and "DT" (diện tích) must not collide.
 */
export function foldDiacritics(s: string): string {
  return nfc(nfd(s).replace(COMBINING_MARKS, ''));
}

// Punctuation and symbols trimmed from both ends of a token. Internal punctuation stays, so
// numbers ("1.500", "19,12"), dates ("28/05/2019") and compact names ("TP.HCM") remain one token.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

export interface TokenSpan {
  /** The token after NFC with edge punctuation removed. */
  text: string;
  /** Offsets of the trimmed token in the ORIGINAL string (before NFC). */
  start: number;
  end: number;
}

/**
 * Whitespace tokens with their offsets, edge punctuation trimmed, empty tokens (a lone "–") dropped.
 * Offsets refer to the string as given; `text` is NFC, so for NFD input `text` may be shorter than end - start.
 */
export function syllableSpans(s: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const re = /\S+/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const raw = m[0];
    const lead = /^[\p{P}\p{S}]*/u.exec(raw)?.[0].length ?? 0;
    const trail = /[\p{P}\p{S}]*$/u.exec(raw)?.[0].length ?? 0;
    if (lead >= raw.length) continue;
    const start = m.index + lead;
    const end = m.index + raw.length - trail;
    spans.push({ text: nfc(s.slice(start, end)), start, end });
  }
  return spans;
}

/**
 * Syllables: whitespace tokens after NFC, with punctuation stripped from their ends.
 * Vietnamese writes one syllable per token, so this is the unit of length and of ROUGE.
 */
export function syllables(s: string): string[] {
  const out: string[] = [];
  for (const raw of nfc(s).split(/\s+/)) {
    if (raw === '') continue;
    // Most tokens start and end with a letter or digit: skip the Unicode-class regex for them (hot path of the
    // summariser on long pages).
    if (isWordChar(raw.charCodeAt(0)) && isWordChar(raw.charCodeAt(raw.length - 1))) {
      out.push(raw);
      continue;
    }
    const token = raw.replace(EDGE_PUNCTUATION, '');
    if (token !== '') out.push(token);
  }
  return out;
}

/**
 * ASCII letters and digits, and the Latin letter blocks Vietnamese uses (U+00C0–U+024F, U+1E00–U+1EFF), minus the
 * two symbols inside them (× U+00D7, ÷ U+00F7). Anything else goes through the exact regex.
 */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}
