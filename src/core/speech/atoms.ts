// The first pass of the speech normaliser: text cut into atoms, runs of one kind of character, in one linear scan.
//
// "15/2020/NĐ-CP" is digits "15", mark "/", digits "2020", mark "/", letters "NĐ", mark "-", letters "CP".
// Every later rule looks at a bounded number of atoms around a position, so the whole normaliser stays linear in
// the length of the page text, whatever it contains.

export type AtomKind = 'letters' | 'digits' | 'space' | 'mark';

export interface Atom {
  readonly kind: AtomKind;
  /** UTF-16 offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The atom's text as written (not normalised). */
  readonly text: string;
}

// What each UTF-16 unit is, found once per unit with a regular expression and then looked up in a table: the
// scanner asks for every character of the page, and a lookup is many times cheaper than a regex per character.
const KIND_UNKNOWN = 0;
const KIND_LETTER = 1;
const KIND_DIGIT = 2;
const KIND_SPACE = 3;
const KIND_MARK = 4;
const UNIT_KIND = new Uint8Array(0x10000);

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
// Non-breaking and zero-width spaces come between words in CMS output. An alternation, not a class: a zero-width
// joiner inside a class reads as a joined character sequence.
const SPACE = /\s|\u200b|\u200c|\u200d|\ufeff/u;

function kindOf(c: number): number {
  const known = UNIT_KIND[c]!;
  if (known !== KIND_UNKNOWN) return known;
  let kind = KIND_MARK;
  if (c >= 0x30 && c <= 0x39) kind = KIND_DIGIT;
  else if (c >= 0xd800 && c <= 0xdfff) kind = KIND_MARK; // halves of astral characters: passed through as they are
  else {
    const ch = String.fromCharCode(c);
    if (LETTER_OR_MARK.test(ch)) kind = KIND_LETTER;
    else if (SPACE.test(ch)) kind = KIND_SPACE;
  }
  UNIT_KIND[c] = kind;
  return kind;
}

const KIND_NAMES: Record<number, AtomKind> = {
  [KIND_LETTER]: 'letters',
  [KIND_DIGIT]: 'digits',
  [KIND_SPACE]: 'space',
  [KIND_MARK]: 'mark',
};

/**
 * Letters (with combining marks, for NFD pages), ASCII digits and whitespace come as maximal runs; every other
 * character (punctuation, symbols, other digits, halves of surrogate pairs) is an atom of its own.
 */
export function atomize(text: string): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = kindOf(text.charCodeAt(i));
    let end = i + 1;
    if (kind !== KIND_MARK) {
      while (end < text.length && kindOf(text.charCodeAt(end)) === kind) end++;
    }
    atoms.push({ kind: KIND_NAMES[kind]!, start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return atoms;
}

/** True for the characters `atomize` puts into letter runs. */
export function isLetterUnit(c: number): boolean {
  return kindOf(c) === KIND_LETTER;
}
