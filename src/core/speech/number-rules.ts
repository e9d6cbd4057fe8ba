// Rules for text that starts with digits: document numbers, times, dates, ranges, fractions, numbers with
// Vietnamese separators, percentages and units. Each rule looks at a bounded window of atoms from position i and
// returns the index after what it spoke, or -1 to let the next rule try.
import {
  DATE_CUES,
  DOCUMENT_WORDS,
  FRACTION_CUES,
  FRACTION_NEXT,
  HOLIDAYS,
  MONTH_YEAR_LEADS,
  QUANTITY_WORDS,
  UNITS,
  WEAK_DATE_CUES,
} from './lexicon';
import { readDigits, readMonth, readNumber, readOrdinal, MAX_NUMBER_DIGITS } from './number-words';
import type { Scan } from './scan';
import { speakSymbol } from './symbols';

/** Thousands groups after the first ("1.000.000.000.000.000" has five): more are not a quantity. */
const MAX_THOUSAND_GROUPS = 6;
/** Atoms a unit may span: "km" + "2", "m" + "²", "°" + "C", "km" + "/" + "h". */
const MAX_UNIT_ATOMS = 3;
/** Atoms a document symbol may span after its number: "NĐ-CP" is 3, "TTLT-BTC-BNV-BYT" 7. */
const MAX_SYMBOL_ATOMS = 9;
/** Years read as years in dates and month/year pairs. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
/** "thứ 2", "lần thứ 3": the number after it is an ordinal. */
const ORDINAL_CUES: ReadonlySet<string> = new Set(['thứ']);

export interface NumberPhrase {
  /** Atom index after the number. */
  readonly end: number;
  /** The number as written, separators included ("1.500", "19,12"). */
  readonly written: string;
  /** True when written with separators (thousands or decimals). */
  readonly hasSeparators: boolean;
}

/** A number at atom i: digits, then "." and three digits (thousands), then "," and digits (decimals). */
export function numberAt(scan: Scan, i: number): NumberPhrase | null {
  const first = scan.atom(i);
  if (first?.kind !== 'digits') return null;
  let end = i + 1;
  let written = first.text;
  let hasSeparators = false;
  if (first.text.length <= 3) {
    let groups = 0;
    while (groups < MAX_THOUSAND_GROUPS && scan.isMark(end, '.') && scan.isDigits(end + 1, 3, 3)) {
      written += `.${scan.atom(end + 1)!.text}`;
      end += 2;
      groups++;
      hasSeparators = true;
    }
  }
  if (scan.isMark(end, ',') && scan.isDigits(end + 1, 1, MAX_NUMBER_DIGITS)) {
    written += `,${scan.atom(end + 1)!.text}`;
    end += 2;
    hasSeparators = true;
  }
  return { end, written, hasSeparators };
}

function valueOf(scan: Scan, i: number): number {
  return Number.parseInt(scan.atom(i)!.text, 10);
}

function isValidDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function isYear(scan: Scan, i: number): boolean {
  if (!scan.isDigits(i, 4, 4)) return false;
  const year = valueOf(scan, i);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function sayDate(day: number, month: number, year?: string): string {
  const date = `${readNumber(String(day))} tháng ${readMonth(month)}`;
  return year === undefined ? date : `${date} năm ${readNumber(year)}`;
}

/** "15/2020/NĐ-CP", "12/CT-UBND", "45-CT/TW": the number, its year, and its symbol spoken by speakSymbol. */
function documentNumber(scan: Scan, i: number): number {
  let j = i + 1;
  let year: string | undefined;
  if (scan.isMark(j, '/') && isYear(scan, j + 1) && scan.isMark(j + 2, '/') && scan.isLetters(j + 3)) {
    year = scan.atom(j + 1)!.text;
    j += 3;
  } else if (scan.isMark(j, '/-') && scan.isLetters(j + 1)) {
    j += 1;
  } else {
    return -1;
  }
  // The symbol: letters joined by "-", "/", "&" (no spaces), at most MAX_SYMBOL_ATOMS atoms.
  let end = j + 1;
  while (end - j < MAX_SYMBOL_ATOMS && scan.isMark(end, '-/&') && (scan.isLetters(end + 1) || scan.isDigits(end + 1))) end += 2;
  const symbol = scan.sourceOf(j, end);
  // "Số 05/2019 của …" has no symbol; "12/CT" needs a capital to be one.
  if (!/\p{Lu}/u.test(symbol)) return -1;
  const number = readNumber(scan.atom(i)!.text);
  const spoken = speakSymbol(scan, symbol, scan.atom(j)!.start, precedingDocumentWord(scan));
  const parts = [number];
  if (year !== undefined) parts.push(`năm ${readNumber(year)}`);
  if (spoken !== '') parts.push(spoken);
  scan.lastPhrase = { kind: 'number', end };
  return scan.say(i, end, parts.join(' '));
}

/** "nghị định" when the words before are "Nghị định" or "Nghị định số". */
function precedingDocumentWord(scan: Scan): string | undefined {
  const two = scan.previousWords(2);
  if (two !== undefined && DOCUMENT_WORDS.has(two)) return two;
  const three = scan.previousWords(3);
  if (three !== undefined && three.endsWith(' số')) {
    const lead = three.slice(0, -' số'.length);
    if (DOCUMENT_WORDS.has(lead)) return lead;
  }
  const one = scan.previousWords(1);
  return one !== undefined && DOCUMENT_WORDS.has(one) ? one : undefined;
}

/** "08:34", "14:05:09", "14h30", "14h", "8g30". */
function time(scan: Scan, i: number): number {
  if (!scan.isDigits(i, 1, 2)) return -1;
  const hour = valueOf(scan, i);
  if (hour > 24) return -1;
  let end: number;
  let minute: number | undefined;
  let second: number | undefined;
  if (scan.isMark(i + 1, ':') && scan.isDigits(i + 2, 2, 2)) {
    minute = valueOf(scan, i + 2);
    end = i + 3;
    if (scan.isMark(end, ':') && scan.isDigits(end + 1, 2, 2)) {
      second = valueOf(scan, end + 1);
      end += 2;
    }
  } else if (scan.isLetters(i + 1) && ['h', 'g', 'H'].includes(scan.atom(i + 1)!.text)) {
    end = i + 2;
    if (scan.isDigits(end, 2, 2)) {
      minute = valueOf(scan, end);
      end += 1;
    }
    // "14h30p" or "14h30'".
    if (minute !== undefined && (scan.isLetters(end) && scan.atom(end)!.text === 'p')) end += 1;
    // Not "5ha", "3hoa": the h stands alone.
    if (scan.isLetters(end)) return -1;
  } else {
    return -1;
  }
  if ((minute ?? 0) > 59 || (second ?? 0) > 59) return -1;
  let spoken = `${readNumber(String(hour))} giờ`;
  if (minute !== undefined && minute > 0) spoken += ` ${readNumber(String(minute))} phút`;
  if (second !== undefined && second > 0) spoken += ` ${readNumber(String(second))} giây`;
  scan.lastPhrase = { kind: 'time', end };
  return scan.say(i, end, spoken);
}

/** "28/05/2019", "27-5-2019", "28.05.2019". */
function fullDate(scan: Scan, i: number): number {
  if (!scan.isDigits(i, 1, 2) || !scan.isMark(i + 1, '/-.')) return -1;
  const separator = scan.atom(i + 1)!.text;
  if (!scan.isDigits(i + 2, 1, 2) || !scan.isMark(i + 3, separator) || !isYear(scan, i + 4)) return -1;
  const day = valueOf(scan, i);
  const month = valueOf(scan, i + 2);
  if (!isValidDayMonth(day, month)) return -1;
  scan.lastPhrase = { kind: 'date', end: i + 5 };
  return scan.say(i, i + 5, sayDate(day, month, scan.atom(i + 4)!.text));
}

/** "3/2026", "12-2022": month and year; "tháng" is said unless the text already says what it is. */
function monthYear(scan: Scan, i: number): number {
  if (!scan.isDigits(i, 1, 2) || !scan.isMark(i + 1, '/-') || !isYear(scan, i + 2)) return -1;
  if (scan.isMark(i + 3, '/-') && (scan.isDigits(i + 4) || scan.isLetters(i + 4))) return -1;
  const month = valueOf(scan, i);
  if (month < 1 || month > 12) return -1;
  const lead = scan.followsCue(MONTH_YEAR_LEADS) ? '' : 'tháng ';
  const spoken = `${lead}${readMonth(month)} năm ${readNumber(scan.atom(i + 2)!.text)}`;
  scan.lastPhrase = { kind: 'date', end: i + 3 };
  return scan.say(i, i + 3, spoken);
}

/**
 * Two small numbers joined by "-" or "/": a date ("27-5", "2/9"), a range ("5-7 người"), a fraction ("2/3 số")
 * or a ratio ("13/13 huyện"). Decided by the words around, then by the order of the numbers (ranges go up).
 */
function pair(scan: Scan, i: number): number {
  if (!scan.isDigits(i, 1, 2) || !scan.isMark(i + 1, '/-') || !scan.isDigits(i + 2, 1, 2)) return -1;
  // Part of something longer: "1/2/3", "5-7,5", "19-5-2019" (handled elsewhere or read number by number).
  if (scan.isMark(i + 3, '/-,.:') && (scan.isDigits(i + 4) || scan.isLetters(i + 4))) return -1;
  if (scan.isMark(i + 3, '%') || scan.isLetters(i + 3)) return -1;
  const a = valueOf(scan, i);
  const b = valueOf(scan, i + 2);
  const separator = scan.atom(i + 1)!.text;
  const next = scan.nextWord(i + 2);
  const isQuantity = next !== undefined && QUANTITY_WORDS.has(next);
  const isDate = isValidDayMonth(a, b);
  let spoken: string;
  let kind: 'date' | 'number' = 'number';
  if (separator === '-') {
    const cue = scan.followsCue(DATE_CUES);
    const weak = scan.followsCue(WEAK_DATE_CUES);
    const holiday = HOLIDAYS.has(`${a}-${b}`) && !isQuantity;
    if (!isDate || !(cue || holiday || (!isQuantity && (weak || a >= b)))) {
      // A range: the quantity rule reads it, with its unit ("2-3 kg").
      return -1;
    }
    spoken = sayDate(a, b);
    kind = 'date';
  } else {
    const isFraction = (next !== undefined && FRACTION_NEXT.has(next)) || (scan.followsCue(FRACTION_CUES) && !scan.followsCue(DATE_CUES));
    if (isFraction && a < b) spoken = `${readNumber(String(a))} phần ${readNumber(String(b))}`;
    else if (isDate && !isQuantity) {
      spoken = sayDate(a, b);
      kind = 'date';
    } else spoken = `${readNumber(String(a))} trên ${readNumber(String(b))}`;
  }
  scan.lastPhrase = { kind, end: i + 3 };
  return scan.say(i, i + 3, spoken);
}

/** A unit right after atom `end` (glued, or after one space), as [atom index after it, spoken], or null. */
function unitAfter(scan: Scan, end: number): [number, string] | null {
  const start = scan.atom(end)?.kind === 'space' && scan.atom(end)!.text === ' ' ? end + 1 : end;
  if (start !== end && scan.isMark(start, '%')) return [start + 1, 'phần trăm'];
  let best: [number, string] | null = null;
  let written = '';
  for (let k = start; k < start + MAX_UNIT_ATOMS; k++) {
    const atom = scan.atom(k);
    if (atom === undefined || atom.kind === 'space' || atom.text.length > 4) break;
    written += atom.text;
    const spoken = UNITS.get(written);
    // A unit is a whole word: "m" in "5 mét" is not metres, "ha" in "3 hai" is not hectares.
    if (spoken !== undefined && !scan.isLetters(k + 1) && !(atom.kind === 'letters' && scan.isDigits(k + 1))) {
      best = [k + 1, spoken];
    }
  }
  return best;
}

/** A number, optionally a range "a-b" of numbers, then "%" or a unit: "19,12%", "180,8-183,8", "1.200 ha". */
function quantity(scan: Scan, i: number): number {
  const first = numberAt(scan, i);
  if (first === null) return -1;
  const parts: string[] = [];
  const digits = scan.atom(i)!.text;
  // "0912…", "007": a code or a phone number, said digit by digit.
  if (!first.hasSeparators && digits.length >= 3 && digits.startsWith('0')) parts.push(readDigits(digits));
  else if (!first.hasSeparators && scan.followsCue(ORDINAL_CUES) && digits.length <= 3) parts.push(readOrdinal(Number(digits)));
  else parts.push(readNumber(first.written));
  let end = first.end;
  // "4.0", "3.5": a dot that is not a thousands separator reads "chấm".
  if (!first.hasSeparators && scan.isMark(end, '.') && scan.isDigits(end + 1, 1, 2) && !scan.isMark(end + 2, '.')) {
    parts.push('chấm', readDigits(scan.atom(end + 1)!.text));
    end += 2;
  }
  if (scan.isMark(end, '-–') && scan.isDigits(end + 1)) {
    const second = numberAt(scan, end + 1);
    if (second !== null) {
      parts.push('đến', readNumber(second.written));
      end = second.end;
    }
  }
  if (scan.isMark(end, '%')) {
    parts.push('phần trăm');
    end += 1;
  } else {
    const unit = unitAfter(scan, end);
    if (unit !== null) {
      // Keep the space between number and unit as the word gap it is.
      parts.push(unit[1]);
      end = unit[0];
    }
  }
  scan.lastPhrase = { kind: 'number', end };
  return scan.say(i, end, parts.join(' '));
}

/** The rules for a position holding digits, most specific first. Returns the next atom index, or -1. */
export function speakDigits(scan: Scan, i: number): number {
  for (const rule of [documentNumber, time, fullDate, monthYear, pair, quantity]) {
    const next = rule(scan, i);
    if (next >= 0) return next;
  }
  return -1;
}

/** True when the atoms from i look like a time ("08:07", "14h30"): a dash before it separates, it is no range. */
export function isTimeAt(scan: Scan, i: number): boolean {
  return scan.isDigits(i, 1, 2) && ((scan.isMark(i + 1, ':') && scan.isDigits(i + 2, 2, 2)) || (scan.isLetters(i + 1) && scan.atom(i + 1)!.text === 'h'));
}
