// Vietnamese normalisation helpers shared by the acronym finder, the summariser and speech.
// Pages mix NFC and NFD (old Windows-1258 tooling emits decomposed tone marks), so every
// comparison goes through NFC first.

/** Canonical composition: "a" + U+0301 becomes "á", so equal-looking strings compare equal. */
export function nfc(s: string): string {
  return s.normalize('NFC');
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
  return s.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
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
