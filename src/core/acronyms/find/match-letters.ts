// Does a run of words spell a short form? Schwartz & Hearst (2003) match the short form's letters
// right to left against the characters of the long form; Vietnamese writes one syllable per word and
// builds acronyms from syllable initials, so here every word of the long form must supply at least one
// unit (its initial letter, its initial cluster, itself as a literal word, or its number), except
// "và"/"and"-type joiners, which may be skipped. That strict coverage is what rejects "(SN 1975)",
// person names and the source typo "đối tác công tư (TPP)".
import type { ShortForm } from './short-form';
import type { Word } from './words';

// Joiners an acronym may leave out: GD&ĐT = Giáo dục và Đào tạo, KHCN = khoa học và công nghệ,
// R&D = Research and Development, IoT = Internet of Things (matched or skipped).
const SKIPPABLE = new Set(['và', '&', 'and', 'of', 'the', 'for', 'in', 'on', 'de']);

function isSkippable(word: Word): boolean {
  return SKIPPABLE.has(word.lower);
}

/** Does the unit's letter open this word? W stands for ư (TW = Trung ương); Đ never opens a D word. */
function opensWord(letter: string, word: Word): boolean {
  const first = word.folded.charAt(0);
  if (letter === first) return true;
  return letter === 'w' && word.lower.charAt(0) === 'ư';
}

/**
 * Unit indexes q such that units[p, q) can all be read from `word`, units[p] being its initial.
 * Further letters of a Vietnamese word are either lower case letters found later in it (TTg = Thủ
 * tướng, ThS = Thạc sĩ) or upper case letters spelling out its initial cluster (TH for "Thạc", NGH for
 * "Nghị"). In a foreign word any later letter counts (COVID = COrona VIrus Disease).
 */
function groupEnds(short: ShortForm, word: Word, p: number, allowInner: boolean): number[] {
  const units = short.units;
  const unit = units[p];
  if (unit === undefined) return [];
  const ends: number[] = [];
  if (unit.isTokenStart) {
    const token = short.tokens[unit.token];
    if (token !== undefined && token.folded === word.folded) ends.push(token.endUnit);
  }
  if (unit.kind === 'literal') return ends;
  if (unit.kind === 'digits') {
    if (word.isNumber && word.folded.endsWith(unit.value)) ends.push(p + 1);
    return ends;
  }
  // A long form may carry an acronym of its own: Ủy ban MTTQ, TAND tối cao.
  if (word.isAllCaps && !word.isNumber) {
    const letters = word.folded;
    let q = p;
    let ok = true;
    for (const ch of letters) {
      const u = units[q];
      if (u === undefined || u.kind !== 'letter' || u.value !== ch || (q > p && u.isTokenStart)) {
        ok = false;
        break;
      }
      q++;
    }
    if (ok && !ends.includes(q)) ends.push(q);
  }
  if (!opensWord(unit.value, word)) return ends;
  if (!ends.includes(p + 1)) ends.push(p + 1);
  let pos = 1;
  for (let q = p + 1; q < units.length; q++) {
    const u = units[q];
    if (u === undefined || u.kind !== 'letter' || u.isTokenStart) break;
    if ((allowInner && word.isForeign) || !u.isUpper) {
      const at = word.folded.indexOf(u.value, pos);
      if (at < 0) break;
      pos = at + 1;
    } else {
      // Upper case inside a Vietnamese word only to spell its initial cluster.
      const taken = q - p + 1;
      if (taken > word.cluster.length || word.folded.slice(0, taken) !== short.units.slice(p, q + 1).map((x) => x.value).join('')) break;
      pos = taken;
    }
    ends.push(q + 1);
  }
  return ends;
}

/**
 * Prepares matching of `short` against words[first..last] (the long form must end at words[last]).
 * The returned function tells whether a long form can start at words[a]; the memo is shared, so trying
 * every start is still O(words × units × word length).
 */
function makeStartTester(
  short: ShortForm,
  words: readonly Word[],
  first: number,
  last: number,
  allowInner: boolean,
): (a: number) => boolean {
  const m = short.units.length;
  const width = m + 1;
  // memo[(k - first) * width + p]: 0 unknown, 1 words k..last can absorb units p..m-1, 2 they cannot.
  const memo = new Uint8Array(Math.max(0, last - first + 2) * width);

  const cover = (k: number, p: number): boolean => {
    if (p === m) return k === last + 1;
    if (k > last) return false;
    const key = (k - first) * width + p;
    const known = memo[key];
    if (known !== undefined && known !== 0) return known === 1;
    const word = words[k];
    let ok = false;
    if (word !== undefined) {
      if (k < last && isSkippable(word) && cover(k + 1, p)) ok = true;
      if (!ok) {
        for (const q of groupEnds(short, word, p, allowInner)) {
          if (cover(k + 1, q)) {
            ok = true;
            break;
          }
        }
      }
    }
    memo[key] = ok ? 1 : 2;
    return ok;
  };

  // The first word of a long form must give a unit: a skipped joiner cannot open it.
  return (a: number): boolean => {
    const word = words[a];
    if (word === undefined || isSkippable(word)) return false;
    return groupEnds(short, word, 0, allowInner).some((q) => cover(a + 1, q));
  };
}

/**
 * Finds the shortest long form ending at words[last] that spells `short`, looking no further back
 * than words[first]. Returns the index of its first word, or -1.
 * Shortest first, as Schwartz & Hearst: "Ban Cán sự Đảng Ủy ban nhân dân (UBND)" gives "Ủy ban nhân dân".
 */
export function matchShortestLongForm(short: ShortForm, words: readonly Word[], first: number, last: number): number {
  if (last < first || short.units.length === 0) return -1;
  // Initials first, letters inside foreign words only when initials cannot do it: otherwise
  // "Public-Private Partnership (PPP)" would shrink to "Private PartnershiP".
  for (const allowInner of [false, true]) {
    const startsAt = makeStartTester(short, words, first, last, allowInner);
    for (let a = last; a >= first; a--) if (startsAt(a)) return a;
  }
  return -1;
}

/** Do words[first..last] spell `short` exactly, first word included (a quoted or bracketed long form)? */
export function matchWholeLongForm(short: ShortForm, words: readonly Word[], first: number, last: number): boolean {
  if (last < first || short.units.length === 0) return false;
  return makeStartTester(short, words, first, last, false)(first) || makeStartTester(short, words, first, last, true)(first);
}
