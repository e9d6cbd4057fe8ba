// Recognises a short form ("UBND", "LĐ-TB&XH", "TTg", "COVID-19", "UBND tỉnh", "TN & MT") and turns it
// into the units the letter matcher consumes.
import { foldLower } from './words';

/** One thing the long form has to account for. */
export interface Unit {
  kind: 'letter' | 'digits' | 'literal';
  /** Folded lower case letter, digit run, or folded literal word. */
  value: string;
  /** The letter was written in upper case (initials are; "g" in TTg, "h" in ThS are not). */
  isUpper: boolean;
  /** First unit of its whitespace token: a token never continues the previous token's word. */
  isTokenStart: boolean;
  /** Index into ShortForm.tokens. */
  token: number;
}

export interface ShortToken {
  /** Folded lower case token without connectors, for matching a long-form word literally ("INDEX" ~ "Index"). */
  folded: string;
  isAcronym: boolean;
  /** Units [firstUnit, endUnit) belong to this token. */
  firstUnit: number;
  endUnit: number;
}

export interface ShortForm {
  raw: string;
  units: Unit[];
  tokens: ShortToken[];
}

// Limits on what can be a short form. Government acronyms run from 2 letters (HN, TW) to about 12
// (TDĐKXDĐSVH is 10); longer runs are codes or shouting, not abbreviations.
const MIN_LETTERS = 2;
const MAX_UNITS = 16;
const MAX_RAW_LENGTH = 24;
// "UBND tỉnh", "CTMTQG GNBV", "TP Thủ Đức", "Bộ TN&MT": at most three tokens, at most two plain words.
const MAX_TOKENS = 3;
const MAX_LITERAL_TOKENS = 2;

// Letters, digits and the connectors acronyms are written with: KT-XH, GD&ĐT, TP.HCM, NQ/TW, GMT+7.
const ACRONYM_TOKEN = /^\p{Lu}[\p{L}\p{M}\p{N}.&\-/+]*$/u;
const LITERAL_TOKEN = /^[\p{L}\p{M}]+$/u;
// Roman numerals in section and term numbers: (II), (XV), (khóa XIV). Only I, V, X, L: the letters
// C, D, M also build real acronyms (CDC, MC) and government text never numbers a section CD.
const ROMAN_NUMERAL = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$/;

function countUpper(s: string): number {
  let n = 0;
  for (const ch of s) if (ch !== ch.toLowerCase()) n++;
  return n;
}

/** Parses `raw` as a short form, or returns undefined when it cannot be one. */
export function parseShortForm(raw: string): ShortForm | undefined {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_RAW_LENGTH) return undefined;
  // "TN & MT": a free-standing & joins its neighbours into one token.
  const parts = trimmed.replace(/\s*&\s*/g, '&').split(/\s+/);
  if (parts.length > MAX_TOKENS) return undefined;
  if (parts.length === 1 && ROMAN_NUMERAL.test(trimmed)) return undefined;

  const units: Unit[] = [];
  const tokens: ShortToken[] = [];
  let acronyms = 0;
  let literals = 0;
  let upper = 0;
  for (const part of parts) {
    const tokenIndex = tokens.length;
    const firstUnit = units.length;
    if (ACRONYM_TOKEN.test(part) && countUpper(part) >= 2) {
      acronyms++;
      upper += countUpper(part);
      let first = true;
      // Split into letters and digit runs; connectors only separate.
      for (const m of part.normalize('NFC').matchAll(/\p{N}+|\p{L}\p{M}*/gu)) {
        const piece = m[0];
        if (/^\p{N}/u.test(piece)) {
          units.push({ kind: 'digits', value: piece, isUpper: false, isTokenStart: first, token: tokenIndex });
        } else {
          units.push({
            kind: 'letter',
            value: foldLower(piece),
            isUpper: piece !== piece.toLowerCase(),
            isTokenStart: first,
            token: tokenIndex,
          });
        }
        first = false;
      }
    } else if (LITERAL_TOKEN.test(part)) {
      literals++;
      units.push({ kind: 'literal', value: foldLower(part), isUpper: false, isTokenStart: true, token: tokenIndex });
    } else {
      return undefined;
    }
    tokens.push({
      folded: foldLower(part.replace(/[.&\-/+]/g, '')),
      isAcronym: units[firstUnit]?.kind !== 'literal',
      firstUnit,
      endUnit: units.length,
    });
  }
  if (acronyms === 0 || literals > MAX_LITERAL_TOKENS || upper < MIN_LETTERS) return undefined;
  if (units.length > MAX_UNITS) return undefined;
  const letters = units.filter((u) => u.kind === 'letter').length;
  if (letters < MIN_LETTERS) return undefined;
  return { raw: trimmed, units, tokens };
}
