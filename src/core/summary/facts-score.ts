// Scores extracted key facts against hand-written expectations (tests/unit/summary/facts/, see its README).
// Matching is one-to-one and tolerant of spelling variants (tone placement, "TP.HCM"/"TP. HCM"), but not of
// different facts, nor of a name cut short or run on into the sentence: see each kind's rule below.
import { foldDiacritics } from '../text/index';
import type { KeyFacts } from './facts';

/** An organisation as the article names it, with the other names it uses for the same body. */
export type ExpectedOrganisation = string | { name: string; aliases?: string[] };

export interface ExpectedFacts {
  /** File name of the article text, next to the JSON (fixture pages). */
  text?: string;
  /** Id of the article in a data file given to the eval (its text is not in the repository). */
  id?: string;
  /** Where the text was taken from. */
  source?: string;
  /**
   * Which set the article belongs to: "tuning" (the default): the rules are developed against it; "held-out":
   * expectations written before the extractor was run on it, never used to tune it and never looked at error by
   * error; "held-out-seen": held out the same way, but its errors were since looked at one by one (for a report),
   * so it no longer measures generalisation honestly.
   */
  set?: FactSet;
  /** Older spelling of `set: "held-out"`. */
  heldOut?: boolean;
  /** A kind left out was not annotated and is not scored. */
  when?: string[];
  where?: string[];
  people?: Array<{ name: string; titles: string[] }>;
  organisations?: ExpectedOrganisation[];
  figures?: Array<{ value: string; measure: string }>;
}

export interface KindScore {
  kind: string;
  expected: number;
  extracted: number;
  /** Expected facts that found a match (for recall). */
  matchedExpected: number;
  /** Extracted facts that found a match (for precision); equal to matchedExpected with one-to-one matching. */
  matchedExtracted: number;
  /** Index pairs [extracted, expected] that matched, for reports. */
  pairs: Array<[number, number]>;
}

export type FactSet = 'tuning' | 'held-out-seen' | 'held-out';

export function factSet(expected: ExpectedFacts): FactSet {
  return expected.set ?? (expected.heldOut === true ? 'held-out' : 'tuning');
}

/** Held out from tuning (seen or not): reported in totals only. */
export function isHeldOut(expected: ExpectedFacts): boolean {
  return factSet(expected) !== 'tuning';
}

/** Lowercase, no diacritics except đ, punctuation as spaces: "TP. HCM" and "TP.HCM" both give "tp hcm". */
export function factKey(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

function words(s: string): string[] {
  return factKey(s).split(' ').filter((w) => w !== '');
}

/** Words of `a` found in `b`, each used once. */
function overlap(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of x) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return shared;
}

/** Token F1 between two phrases: how much of the same wording they share. */
export function tokenF1(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return 0;
  const shared = overlap(x, y);
  if (shared === 0) return 0;
  const p = shared / x.length;
  const r = shared / y.length;
  return (2 * p * r) / (p + r);
}

/** Greedy one-to-one matching by best score first; pairs below the threshold do not match. */
function matchPairs<A, B>(
  extracted: readonly A[],
  expected: readonly B[],
  score: (a: A, b: B) => number,
  threshold: number,
): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  extracted.forEach((a, i) =>
    expected.forEach((b, j) => {
      const s = score(a, b);
      if (s >= threshold) candidates.push([s, i, j]);
    }),
  );
  candidates.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}

const HCM = new Set(['hcm', 'tp hcm', 'tphcm', 'ho chi minh', 'thanh pho ho chi minh']);
const PLACE_UNIT = /^(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong) /u;

function placeMatch(a: string, b: string): number {
  const x = factKey(a).replace(PLACE_UNIT, '');
  const y = factKey(b).replace(PLACE_UNIT, '');
  if (x === y || (HCM.has(x) && HCM.has(y))) return 1;
  return 0;
}

/** Dates match when one contains the other: "Hôm qua, 27-5" matches "27-5". */
function whenMatch(a: string, b: string): number {
  const x = factKey(a);
  const y = factKey(b);
  return x === y ? 1 : x.includes(y) || y.includes(x) ? 0.9 : 0;
}

/** Share of the expected words an organisation name must contain, and share of its words that may be others. */
export const NAME_RECALL_THRESHOLD = 0.8;
export const NAME_PRECISION_THRESHOLD = 0.7;

/** Whole-name match: most expected words present, few words added; the score is their F1. */
export function nameMatch(extracted: string, expected: string): number {
  const x = words(extracted);
  const y = words(expected);
  if (x.length === 0 || y.length === 0) return 0;
  const shared = overlap(x, y);
  const p = shared / x.length;
  const r = shared / y.length;
  if (r < NAME_RECALL_THRESHOLD || p < NAME_PRECISION_THRESHOLD) return 0;
  return (2 * p * r) / (p + r);
}

function organisationNames(o: ExpectedOrganisation): string[] {
  return typeof o === 'string' ? [o] : [o.name, ...(o.aliases ?? [])];
}

function organisationMatch(extracted: { name: string; acronym?: string }, expected: ExpectedOrganisation): number {
  const mine = extracted.acronym === undefined ? [extracted.name] : [extracted.name, extracted.acronym];
  let best = 0;
  for (const a of mine) for (const b of organisationNames(expected)) best = Math.max(best, nameMatch(a, b));
  return best;
}

/**
 * What a figure's value says, as a comparable key: its numbers in order and the unit word after the last one.
 * "61,3%" → "61,3|%"; "1.200 tỷ đồng" → "1.200|tỷ"; "180,8-183,8 triệu đồng/lượng" → "180,8-183,8|triệu";
 * "5 đến 10 cụm loa" → "5-10|cụm". "tỉ" and "tỷ" are one word.
 */
export function valueKey(value: string): string {
  const s = value.normalize('NFC').toLowerCase();
  const numbers: string[] = [];
  let unitFrom = 0;
  for (let i = 0; i < s.length; ) {
    if (!isDigit(s[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && (isDigit(s[j]) || ((s[j] === '.' || s[j] === ',') && isDigit(s[j + 1])))) j++;
    numbers.push(s.slice(i, j));
    unitFrom = j;
    i = j;
  }
  let k = unitFrom;
  while (k < s.length && !isUnitChar(s[k]!)) k++;
  let end = k;
  while (end < s.length && isUnitChar(s[end]!) && (end === k || s[end] !== '%')) end++;
  const unit = s.slice(k, end).replace(/^tỉ$/u, 'tỷ');
  return `${numbers.join('-')}|${unit}`;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isUnitChar(ch: string): boolean {
  return ch === '%' || ch.toLowerCase() !== ch.toUpperCase();
}

/** A figure matches when its value has the same numbers and unit and its measure shares most of its wording. */
function figureMatch(a: { value: string; measure: string }, b: { value: string; measure: string }): number {
  if (valueKey(a.value) !== valueKey(b.value)) return 0;
  return tokenF1(a.measure, b.measure);
}

/** Thresholds: a title must share most of its words; a measure at least half. */
export const NAME_MATCH_THRESHOLD = 0.6;
export const MEASURE_MATCH_THRESHOLD = 0.5;

export function scoreFacts(facts: KeyFacts, expected: ExpectedFacts): KindScore[] {
  const score = (kind: string, extractedCount: number, expectedCount: number, pairs: Array<[number, number]>): KindScore => ({
    kind,
    expected: expectedCount,
    extracted: extractedCount,
    matchedExpected: pairs.length,
    matchedExtracted: pairs.length,
    pairs,
  });
  const out: KindScore[] = [];
  if (expected.when !== undefined) {
    out.push(score('when', facts.when.length, expected.when.length, matchPairs(facts.when.map((f) => f.text), expected.when, whenMatch, 0.9)));
  }
  if (expected.where !== undefined) {
    out.push(score('where', facts.where.length, expected.where.length, matchPairs(facts.where.map((f) => f.name), expected.where, placeMatch, 1)));
  }
  if (expected.people !== undefined) {
    const people = expected.people;
    out.push(
      score(
        'people',
        facts.people.length,
        people.length,
        matchPairs(facts.people.map((p) => p.name), people.map((p) => p.name), (a, b) => (factKey(a) === factKey(b) ? 1 : 0), 1),
      ),
    );
    // Titles are scored over the people both sides name, so a missed person does not count twice.
    let titlesExtracted = 0;
    let titlesExpected = 0;
    let titlesMatched = 0;
    for (const person of people) {
      const found = facts.people.find((p) => factKey(p.name) === factKey(person.name));
      if (found === undefined) continue;
      titlesExtracted += found.titles.length;
      titlesExpected += person.titles.length;
      titlesMatched += matchPairs(found.titles, person.titles, tokenF1, NAME_MATCH_THRESHOLD).length;
    }
    out.push({ kind: 'titles', expected: titlesExpected, extracted: titlesExtracted, matchedExpected: titlesMatched, matchedExtracted: titlesMatched, pairs: [] });
  }
  if (expected.organisations !== undefined) {
    out.push(
      score(
        'organisations',
        facts.organisations.length,
        expected.organisations.length,
        matchPairs(facts.organisations, expected.organisations, organisationMatch, Number.MIN_VALUE),
      ),
    );
  }
  if (expected.figures !== undefined) {
    out.push(score('figures', facts.figures.length, expected.figures.length, matchPairs(facts.figures, expected.figures, figureMatch, MEASURE_MATCH_THRESHOLD)));
    // The same, with the measure not compared: how often the number and its unit are right, apart from how the
    // measure is worded (a diagnostic beside "figures", which stays the score).
    const sameValue = (a: { value: string }, b: { value: string }): number => (valueKey(a.value) === valueKey(b.value) ? 1 : 0);
    out.push(score('figure values', facts.figures.length, expected.figures.length, matchPairs(facts.figures, expected.figures, sameValue, 1)));
  }
  return out;
}
