// When: dates as state news writes them: "28/05/2019", "ngày 15 tháng 6 năm 2019", "tháng 10/2011", "năm 2018",
// and "27-5" or "9/11" after a time word ("Sáng 9/11", "Hôm qua, 27-5"), since "2-3 kg" and "15-25%" look the same.
import { FRACTION_NOUNS } from './lexicon/figures';
import { PhraseSet, wordSet, type Token } from './tokens';
import type { Window } from './windows';
import type { WhenFact } from './types';

const DAY_MONTH_CUES = wordSet(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'từ', 'đến', 'tới', 'dịp', 'lễ', 'phiên', 'qua', 'nay', 'mai', 'và']);
const FRACTIONS = wordSet(FRACTION_NOUNS);
const RELATIVE_DAYS = new PhraseSet(['hôm qua', 'hôm nay', 'sáng nay', 'chiều nay', 'tối nay', 'sáng qua', 'chiều qua', 'tối qua', 'ngày mai']);
/** How far (in characters) a time word may stand before a day-month pair: "Sáng thứ Hai, 9/11". */
const CUE_DISTANCE = 24;

/** A range of a window's text that a date covers; figures skip numbers inside one. */
export type Covered = Array<[number, number]>;

function isDay(n: number): boolean {
  return n >= 1 && n <= 31;
}
function isMonth(n: number): boolean {
  return n >= 1 && n <= 12;
}
function isYear(n: number): boolean {
  return n >= 1900 && n <= 2100;
}

function isDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** "28/05/2019" → parts and the one separator used, or null when the token mixes separators or has other text. */
function dateParts(text: string): { parts: string[]; separator: string } | null {
  const parts: string[] = [];
  let separator = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && ch >= '0' && ch <= '9') continue;
    if (ch !== undefined && ch !== '/' && ch !== '.' && ch !== '-') return null;
    if (ch !== undefined) {
      if (separator !== '' && ch !== separator) return null;
      separator = ch;
    }
    parts.push(text.slice(from, i));
    from = i + 1;
  }
  return parts.every((p) => p !== '') ? { parts, separator } : null;
}

interface Candidate {
  from: number;
  to: number;
  key: string;
  date: Pick<WhenFact, 'day' | 'month' | 'year'>;
}

function fullDate(tokens: readonly Token[], i: number): Candidate | null {
  const t = tokens[i]!;
  const d = t.kind === 'number' ? dateParts(t.text) : null;
  if (d === null || d.parts.length !== 3) return null;
  const [dd, mm, yyyy] = d.parts as [string, string, string];
  if (!isDigits(dd, 1, 2) || !isDigits(mm, 1, 2) || !isDigits(yyyy, 4, 4)) return null;
  const [day, month, year] = [Number(dd), Number(mm), Number(yyyy)];
  if (!isDay(day) || !isMonth(month) || !isYear(year)) return null;
  return { from: t.start, to: t.end, key: `${day}-${month}-${year}`, date: { day, month, year } };
}

function verboseDate(tokens: readonly Token[], i: number): Candidate | null {
  const ngay = tokens[i];
  if (ngay?.norm !== 'ngày') return null;
  const [d, thang, m, nam, y] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4], tokens[i + 5]];
  if (thang?.norm !== 'tháng' || d === undefined || m === undefined) return null;
  if (!isDigits(d.text, 1, 2) || !isDigits(m.text, 1, 2)) return null;
  const [day, month] = [Number(d.text), Number(m.text)];
  if (!isDay(day) || !isMonth(month)) return null;
  if (nam?.norm === 'năm' && y !== undefined && isDigits(y.text, 4, 4)) {
    const year = Number(y.text);
    if (!isYear(year)) return null;
    return { from: ngay.start, to: y.end, key: `${day}-${month}-${year}`, date: { day, month, year } };
  }
  return { from: ngay.start, to: m.end, key: `${day}-${month}-`, date: { day, month } };
}

function monthYear(tokens: readonly Token[], i: number): Candidate | null {
  const thang = tokens[i];
  const next = tokens[i + 1];
  if (thang?.norm !== 'tháng' || next === undefined) return null;
  let month: string;
  let year: string;
  let end: number;
  const joined = next.kind === 'number' ? dateParts(next.text) : null;
  if (joined !== null && joined.parts.length === 2 && joined.separator !== '.') {
    [month, year] = joined.parts as [string, string];
    end = next.end;
  } else {
    const sep = tokens[i + 2];
    const y = tokens[i + 3];
    if (sep === undefined || y === undefined || !(sep.text === '/' || sep.text === '-' || sep.norm === 'năm')) return null;
    [month, year, end] = [next.text, y.text, y.end];
  }
  if (!isDigits(month, 1, 2) || !isDigits(year, 4, 4) || !isMonth(Number(month)) || !isYear(Number(year))) return null;
  return { from: thang.start, to: end, key: `${Number(month)}-${year}`, date: { month: Number(month), year: Number(year) } };
}

function dayMonth(tokens: readonly Token[], i: number): Candidate | null {
  const t = tokens[i]!;
  const d = t.kind === 'number' ? dateParts(t.text) : null;
  if (d === null || d.parts.length !== 2 || d.separator === '.') return null;
  const [dd, mm] = d.parts as [string, string];
  if (!isDigits(dd, 1, 2) || !isDigits(mm, 1, 2)) return null;
  const after = tokens[i + 1];
  if (after !== undefined && after.isGlued && (after.text === '%' || after.text === '/')) return null;
  // "6/8 khối nhà": six of eight, not a date ("đến 21/5 người ứng cử" is a date: 21 of 5 is no fraction).
  if (after !== undefined && FRACTIONS.has(after.norm) && Number(dd) <= Number(mm)) return null;
  const [day, month] = [Number(dd), Number(mm)];
  if (!isDay(day) || !isMonth(month)) return null;
  // A time word right before (commas between allowed): "Sáng 9/11", "Hôm qua, 27-5".
  let k = i - 1;
  while (k >= 0 && tokens[k]!.text === ',') k--;
  const cue = tokens[k];
  if (cue === undefined || !DAY_MONTH_CUES.has(cue.norm) || t.start - cue.start > CUE_DISTANCE) return null;
  let from = t.start;
  const comma = tokens[i - 1];
  if (comma?.text === ',') {
    const n = RELATIVE_DAYS.matchBefore(tokens, i - 1, 2);
    if (n > 0) from = tokens[i - 1 - n]!.start;
  }
  return { from, to: t.end, key: `${day}-${month}-`, date: { day, month } };
}

function year(tokens: readonly Token[], i: number): Candidate | null {
  const nam = tokens[i];
  const y = tokens[i + 1];
  if (nam?.norm !== 'năm' || y === undefined || !isDigits(y.text, 4, 4) || !isYear(Number(y.text))) return null;
  return { from: nam.start, to: y.end, key: y.text, date: { year: Number(y.text) } };
}

/** The kinds of date in the order they claim text: a full date first, a bare year last. */
const MATCHERS = [fullDate, verboseDate, monthYear, dayMonth, year];

/** Dates, each once (by day, month and year), in text order. */
export class WhenExtractor {
  private readonly facts: WhenFact[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  /** Reads one window; returns the ranges its dates cover (window offsets), for the figures. */
  scan(w: Window): Covered {
    const covered: Covered = [];
    for (const match of MATCHERS) {
      for (let i = 0; i < w.tokens.length; i++) {
        const c = match(w.tokens, i);
        if (c === null || covered.some(([a, b]) => c.from < b && c.to > a)) continue;
        covered.push([c.from, c.to]);
        if (this.seen.has(c.key) || this.facts.length >= this.limit) continue;
        this.seen.add(c.key);
        this.facts.push({
          text: w.text.slice(c.from, c.to),
          span: { start: w.start + c.from, end: w.start + c.to },
          sentence: { ...w.sentence },
          ...c.date,
        });
      }
    }
    return covered;
  }

  result(): WhenFact[] {
    return [...this.facts].sort((a, b) => a.span.start - b.span.start);
  }
}
