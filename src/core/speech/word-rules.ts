// Rules for positions holding letters or punctuation: stray keystrokes, abbreviations, Roman numerals in context,
// acronyms, and symbols that are said as words. Each rule looks at a bounded window of atoms from position i and
// returns the index after what it spoke, or -1.
import { MAX_SYLLABLE_LENGTH } from '../text/syllable';
import { repairTelex, repairVni } from './keystrokes';
import { ABBREVIATIONS, ABBREVIATIONS_BEFORE_NUMBER, SPOKEN_AS_WORDS, UNITS, WEB_DOMAINS } from './lexicon';
import { readNumber, readOrdinal } from './number-words';
import { isTimeAt } from './number-rules';
import { ROMAN_CUES, parseRoman } from './roman';
import type { Scan } from './scan';
import { sayAcronym, sayUnresolved, spokenExpansion } from './symbols';

/** Atoms an abbreviation may span ("PGS.TS." is 4, "v.v." is 4, "BS.CK2" is 4). */
const MAX_ABBREVIATION_ATOMS = 6;
/** No abbreviation key is longer; longer atoms are not looked up at all. */
const MAX_ABBREVIATION_LENGTH = 12;
/** Atoms a known acronym may span ("UBND tỉnh", "TP. HCM", "GD&ĐT" is 3; "TTLT-BTC-BNV" 5). */
const MAX_ACRONYM_ATOMS = 12;
/** How far before "(ACRONYM)" the definition is looked for: the longest expansion in use is shorter. */
const MAX_DEFINITION_LENGTH = 160;

const ORDINAL_CUE = 'thứ';
const SENTENCE_MARKS = '.!?;…';

/** "bi3e63u": letters and digits with no space, rebuilt when they are a syllable typed with VNI digits. */
function keystrokes(scan: Scan, i: number): number {
  let end = i;
  let written = '';
  let hasDigits = false;
  while (end < i + MAX_SYLLABLE_LENGTH && (scan.isLetters(end) || scan.isDigits(end))) {
    written += scan.atom(end)!.text;
    if (scan.isDigits(end)) hasDigits = true;
    if (written.length > MAX_SYLLABLE_LENGTH) return -1;
    end++;
  }
  const repaired = hasDigits ? repairVni(written) : repairTelex(written);
  if (repaired === null) return -1;
  scan.rememberWord(repaired);
  return scan.say(i, end, repaired);
}

/** "v.v.", "BS.CK2", "Th.S": the longest written form from i that the abbreviation table knows. */
function abbreviation(scan: Scan, i: number): number {
  let written = '';
  let best: { end: number; spoken: string; written: string } | null = null;
  for (let k = i; k < i + MAX_ABBREVIATION_ATOMS; k++) {
    const atom = scan.atom(k);
    if (atom === undefined || atom.kind === 'space' || atom.text.length > MAX_ABBREVIATION_LENGTH) break;
    written += atom.text;
    const spoken = ABBREVIATIONS.get(written);
    if (spoken !== undefined && !scan.isLetters(k + 1) && !scan.isDigits(k + 1)) best = { end: k + 1, spoken, written };
  }
  if (best === null) {
    // "tr. 15", "QL 1A", "ĐT 0912…": only before a number.
    const word = scan.atom(i)!.text;
    const spoken = ABBREVIATIONS_BEFORE_NUMBER.get(word);
    if (spoken === undefined) return -1;
    const afterDot = scan.isMark(i + 1, '.') ? i + 2 : i + 1;
    const number = scan.atom(afterDot)?.kind === 'space' ? afterDot + 1 : afterDot;
    if (!scan.isDigits(number)) return -1;
    scan.rememberWord(spoken);
    return scan.say(i, afterDot, spoken);
  }
  const end = best.written.endsWith('.') ? best.end : scan.withAbbreviationDot(best.end);
  // "v.v." at the end of a sentence keeps its full stop as a pause.
  const keepsStop = best.written.endsWith('.') && scan.sentenceEnds.has(scan.atom(best.end - 1)!.end);
  if (keepsStop) {
    scan.say(i, best.end - 1, best.spoken);
    scan.builder.verbatim(scan.atom(best.end - 1)!.start, '.');
    return best.end;
  }
  return scan.say(i, end, best.spoken);
}

/** "XIII" after "Đại hội", "XV" after "khóa", "I" after "quý" (and "I/2026" with its year). */
function roman(scan: Scan, i: number): number {
  const value = parseRoman(scan.atom(i)!.text);
  if (value === null || !scan.followsCue(ROMAN_CUES)) return -1;
  if (scan.isLetters(i + 1) || scan.isDigits(i + 1)) return -1;
  let spoken = scan.previousWords(1) === ORDINAL_CUE ? readOrdinal(value) : readNumber(String(value));
  let end = i + 1;
  if (scan.isMark(end, '/-') && scan.isDigits(end + 1, 4, 4)) {
    spoken += ` năm ${readNumber(scan.atom(end + 1)!.text)}`;
    end += 2;
  }
  return scan.say(i, end, spoken);
}

/** The atom whose end is `offset`, searching forward from i within MAX_ACRONYM_ATOMS; -1 if none. */
function atomEndingAt(scan: Scan, i: number, offset: number): number {
  for (let k = i; k < i + MAX_ACRONYM_ATOMS; k++) {
    const atom = scan.atom(k);
    if (atom === undefined || atom.start >= offset) return -1;
    if (atom.end === offset) return k;
  }
  return -1;
}

/** A known acronym starting here (expansion, or letters when unsure), or an unknown all-caps one (letters). */
function acronym(scan: Scan, i: number): number {
  const start = scan.atom(i)!.start;
  const occurrence = scan.known.get(start);
  if (occurrence !== undefined) {
    const last = atomEndingAt(scan, i, occurrence.end);
    if (last < 0) return -1;
    const spoken = sayAcronym(scan, occurrence.form, start);
    rememberSpoken(scan, spoken);
    return scan.say(i, scan.withAbbreviationDot(last + 1), spoken);
  }
  const end = scan.unknown.get(start);
  if (end !== undefined) {
    const last = atomEndingAt(scan, i, end);
    if (last < 0) return -1;
    return scan.say(i, last + 1, sayUnresolved(scan.sourceOf(i, last + 1)));
  }
  return -1;
}

function rememberSpoken(scan: Scan, spoken: string): void {
  const space = spoken.lastIndexOf(' ');
  scan.rememberWord(space < 0 ? spoken : spoken.slice(space + 1));
}

/** The rules for a position holding letters. Returns the next atom index; never fails (the word is kept). */
export function speakLetters(scan: Scan, i: number): number {
  for (const rule of [abbreviation, keystrokes, roman, acronym]) {
    const next = rule(scan, i);
    if (next >= 0) return next;
  }
  const atom = scan.atom(i)!;
  const asWord = SPOKEN_AS_WORDS.get(atom.text);
  if (asWord !== undefined && !scan.isLetters(i + 1)) return scan.say(i, i + 1, asWord);
  // The text is NFC already (normalize.ts composes it first).
  scan.rememberWord(atom.text);
  scan.builder.verbatim(atom.start, atom.text);
  return i + 1;
}

/** "(UBND)" right after "Ủy ban nhân dân": the definition is not read twice. Returns the index after ")", or -1. */
function definition(scan: Scan, i: number): number {
  const inner = scan.atom(i + 1);
  if (inner === undefined) return -1;
  const occurrence = scan.known.get(inner.start);
  if (occurrence === undefined) return -1;
  const last = atomEndingAt(scan, i + 1, occurrence.end);
  if (last < 0 || !scan.isMark(last + 1, ')')) return -1;
  const around = scan.contextAround(inner.start);
  const resolution = scan.resolver.resolve(occurrence.form, around.context, around.at);
  if (resolution === null || resolution.alternatives.length > 0) return -1;
  const expansion = spokenExpansion(resolution.expansion).toLowerCase();
  if (expansion.length === 0 || expansion.length > MAX_DEFINITION_LENGTH) return -1;
  // The words before "(", skipping spaces and closing quotes: “Năm dân vận chính quyền” (NDVCQ).
  let end = scan.atom(i)!.start;
  while (end > 0 && ' \u00a0”"’»'.includes(scan.text[end - 1]!)) end--;
  const before = scan.text.slice(Math.max(0, end - expansion.length - 1), end).toLowerCase();
  if (!before.endsWith(expansion)) return -1;
  const boundary = before.length - expansion.length - 1;
  if (boundary >= 0 && /[\p{L}\p{N}]/u.test(before[boundary]!)) return -1;
  return scan.say(i, last + 2, '');
}

/** Marks said as words, or as pauses; everything else is kept as written (engines treat it as punctuation). */
export function speakMark(scan: Scan, i: number): number {
  const atom = scan.atom(i)!;
  const ch = atom.text;
  if (SENTENCE_MARKS.includes(ch)) scan.forgetWords();
  const before = scan.atom(i - 1);
  const after = scan.atom(i + 1);
  const gluedWords = before !== undefined && after !== undefined && before.kind !== 'space' && after.kind !== 'space' &&
    before.kind !== 'mark' && after.kind !== 'mark';
  switch (ch) {
    case '(': {
      const next = definition(scan, i);
      if (next >= 0) return next;
      break;
    }
    case '-':
    case '–':
    case '—': {
      // "19/5/1890 - 19/5/2019", "2019 – 2020": a range of numbers or dates; "07/03/2026 - 08:07" a separator.
      if (before?.kind === 'space' && after?.kind === 'space' && scan.lastPhrase?.end === i - 1 && scan.isDigits(i + 2)) {
        return scan.say(i, i + 1, scan.lastPhrase.kind === 'date' && isTimeAt(scan, i + 2) ? ',' : 'đến');
      }
      // "kinh tế-xã hội", "Bà Rịa-Vũng Tàu": two words, not one.
      if (ch === '-' && gluedWords && before.kind === 'letters' && after.kind === 'letters') return scan.say(i, i + 1, ' ');
      break;
    }
    case '.': {
      // "Capital.com", "Chinhphu.vn": a web address says its dot.
      const tld = after?.kind === 'letters' && before?.kind === 'letters' ? WEB_DOMAINS.get(after.text) : undefined;
      if (tld !== undefined && !scan.isLetters(i + 2) && !scan.isDigits(i + 2)) return scan.say(i, i + 2, `chấm ${tld}`);
      break;
    }
    case '&':
      return scan.say(i, i + 1, 'và');
    case '%':
      return scan.say(i, i + 1, 'phần trăm');
    case '@':
      return scan.say(i, i + 1, 'a còng');
    case '+':
      return scan.say(i, i + 1, gluedWords ? 'cộng' : ' ');
    case '/':
      // "đồng/lượng", "ml/người/ngày" after a number: "một" (per); elsewhere ("và/hoặc") a word gap.
      if (gluedWords && before.kind === 'letters' && scan.lastPhrase !== undefined && i - scan.lastPhrase.end <= 6) {
        // "đ/kg": the unit after it is said too.
        const unit = UNITS.get(after.text);
        if (unit !== undefined && !scan.isLetters(i + 2) && !scan.isDigits(i + 2)) return scan.say(i, i + 2, `một ${unit}`);
        return scan.say(i, i + 1, 'một');
      }
      return scan.say(i, i + 1, ' ');
    case '|':
      return scan.say(i, i + 1, ',');
    case '°':
      return scan.say(i, i + 1, 'độ');
    case '*':
    case '#':
    case '~':
    case '^':
    case '_':
    case '`':
    case '<':
    case '>':
    case '=':
    case '\\':
    case '•':
    case '·':
      // Never spoken as their names ("dấu sao"); "<" and "&" would also be read as markup by engines that take SSML.
      return scan.say(i, i + 1, ' ');
    default:
      break;
  }
  scan.builder.verbatim(atom.start, ch);
  return i + 1;
}
