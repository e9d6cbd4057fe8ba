// Text normalisation for dictionary keys and for context matching. Self-contained on purpose: the dictionary
// must not depend on how other core modules tokenise, and both functions here have contracts the matcher relies on.

/**
 * Latin capital/small eth (U+00D0/U+00F0) look identical to Đ/đ (U+0110/U+0111) and turn up in pages typed with
 * old Windows-1258 keyboards and some PDF exports; treat them as Đ/đ so "ÐBQH" still resolves.
 */
const ETH_TO_D: Readonly<Record<string, string>> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

/** Space-like characters that CMS editors leave between "TP" and "HCM" or around dashes. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Dash-like characters used for the hyphen in "KT–XH", "QP‑AN". */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The key an acronym is stored and looked up under: NFC, Đ unified, dashes as "-", no spaces around "&", "-" or
 * "/", no space after an inner dot ("TP. HCM" = "TP.HCM"), runs of spaces collapsed. Case is kept: "CA" is an
 * acronym, "ca" is a Vietnamese word (ca sĩ, ca trực).
 */
export function shortFormKey(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u00D0\u00F0]/g, (c) => ETH_TO_D[c] ?? c)
    .replace(SPACES, ' ')
    .replace(DASHES, '-')
    .replace(/\uFF06/g, '&')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*([&\-/])\s*/g, '$1')
    .replace(/\.\s+(?=\S)/g, '.');
}

// Old-style tone placement puts the mark on the second vowel of open syllables oa/oe/uy ("hoà", "khoẻ", "uỷ");
// state documents use the new style ("hòa", "khỏe", "ủy"). Pages mix both, so cues and context are folded to the
// new style. Only open syllables change: in "hoàn", "toàn" the mark belongs on the a in both styles.
const OLD_STYLE_OA_OE = /([oO])([àáảãạèéẻẽẹ])(?![\p{L}\p{M}])/gu;
// "quý", "quỹ": after q the u is part of the consonant, so the mark on y is correct in both styles.
const OLD_STYLE_UY = /(?<![qQ])([uU])([ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

/** Moves the tone mark from `second` to `first` ("o"+"à" -> "ò"+"a"); two UTF-16 units in, two out. */
function moveTone(first: string, second: string): string {
  const decomposed = second.normalize('NFD');
  const base = decomposed.charAt(0);
  const tone = decomposed.slice(1);
  return (first + tone).normalize('NFC') + base;
}

/**
 * Folds text for cue matching: NFC, Đ unified, lower case, spaces unified, tone marks in the new style.
 * Diacritics are kept, because without them "tỉnh" (province) and "tính" (to count) collide.
 *
 * Contract: for NFC input the result has exactly the same UTF-16 length, so an offset found in the original
 * text points at the same place in the folded text. Vietnamese letters are all single BMP code units in NFC;
 * any character whose lower case would change length is left as it is.
 */
export function foldForMatch(text: string): string {
  return lowerKeepingLength(text)
    .replace(SPACES, ' ')
    .replace(OLD_STYLE_OA_OE, (_m, o: string, v: string) => moveTone(o, v))
    .replace(OLD_STYLE_UY, (_m, u: string, y: string) => moveTone(u, y));
}

/**
 * Each character in lower case when that keeps its length (else as it is), eth as Đ. The whole string at once
 * when that is the same thing, i.e. nothing changed length and nothing depends on its neighbours (no eth, no
 * capital sigma, whose lower case depends on the letters around it); else character by character.
 */
export function lowerKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  // No character's lower case is shorter than itself, so an equal length means no character grew.
  if (lower.length === text.length && !/[\u00D0\u00F0\u03A3]/.test(text)) return lower;
  let out = '';
  for (const ch of text) {
    const unified = ETH_TO_D[ch] ?? ch;
    const folded = unified.toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}
