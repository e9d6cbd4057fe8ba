// Scores extracted key facts against hand-written expectations (the fixtures in tests/unit/summary/facts/).
// Matching is one-to-one and tolerant of spelling variants (tone placement, "TP.HCM"/"TP. HCM"), but not of
// different facts: see each kind's rule below.
import { foldDiacritics } from '../text/index';
import type { KeyFacts } from './facts';

export interface ExpectedFacts {
  /** File name of the article text, next to the JSON. */
  text: string;
  /** Where the text was taken from. */
  source?: string;
  /** Written before the extractor was run on it, and not used to tune the rules. */
  heldOut?: boolean;
  when: string[];
  where: string[];
  people: Array<{ name: string; titles: string[] }>;
  organisations: string[];
  figures: Array<{ value: string; measure: string }>;
}

export interface KindScore {
  kind: string;
  expected: number;
  extracted: number;
  /** Expected facts that found a match (for recall). */
  matchedExpected: number;
  /** Extracted facts that found a match (for precision); equal to matchedExpected with one-to-one matching. */
  matchedExtracted: number;
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

/** Token F1 between two phrases: how much of the same wording they share. */
export function tokenF1(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of x) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / x.length;
  const r = overlap / y.length;
  return (2 * p * r) / (p + r);
}

/** Greedy one-to-one matching by best score first; pairs below the threshold do not match. */
function matchCount<A, B>(extracted: readonly A[], expected: readonly B[], score: (a: A, b: B) => number, threshold: number): number {
  const pairs: Array<[number, number, number]> = [];
  extracted.forEach((a, i) =>
    expected.forEach((b, j) => {
      const s = score(a, b);
      if (s >= threshold) pairs.push([s, i, j]);
    }),
  );
  pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
  }
  return usedA.size;
}

const HCM = new Set(['hcm', 'tp hcm', 'tphcm', 'ho chi minh', 'thanh pho ho chi minh']);

function placeMatch(a: string, b: string): number {
  const x = factKey(a).replace(/^(tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong) /, '');
  const y = factKey(b).replace(/^(tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong) /, '');
  if (x === y || (HCM.has(x) && HCM.has(y))) return 1;
  return 0;
}

/** Dates match when one contains the other: "Hôm qua, 27-5" matches "27-5". */
function whenMatch(a: string, b: string): number {
  const x = factKey(a);
  const y = factKey(b);
  return x === y ? 1 : x.includes(y) || y.includes(x) ? 0.9 : 0;
}

/** A figure matches when its value is the same number and unit and its measure shares most of its wording. */
function figureMatch(a: { value: string; measure: string }, b: { value: string; measure: string }): number {
  if (factKey(a.value).replace(/ /g, '') !== factKey(b.value).replace(/ /g, '')) return 0;
  return tokenF1(a.measure, b.measure);
}

/** Thresholds: an organisation or title must share most of its words; a measure at least half. */
export const NAME_MATCH_THRESHOLD = 0.6;
export const MEASURE_MATCH_THRESHOLD = 0.5;

export function scoreFacts(facts: KeyFacts, expected: ExpectedFacts): KindScore[] {
  const score = (kind: string, extractedCount: number, expectedCount: number, matched: number): KindScore => ({
    kind,
    expected: expectedCount,
    extracted: extractedCount,
    matchedExpected: matched,
    matchedExtracted: matched,
  });
  const out: KindScore[] = [];
  out.push(score('when', facts.when.length, expected.when.length, matchCount(facts.when.map((f) => f.text), expected.when, whenMatch, 0.9)));
  out.push(score('where', facts.where.length, expected.where.length, matchCount(facts.where.map((f) => f.name), expected.where, placeMatch, 1)));
  out.push(
    score(
      'people',
      facts.people.length,
      expected.people.length,
      matchCount(facts.people.map((p) => p.name), expected.people.map((p) => p.name), (a, b) => (factKey(a) === factKey(b) ? 1 : 0), 1),
    ),
  );
  // Titles are scored over the people both sides name, so a missed person does not count twice.
  let titlesExtracted = 0;
  let titlesExpected = 0;
  let titlesMatched = 0;
  for (const person of expected.people) {
    const found = facts.people.find((p) => factKey(p.name) === factKey(person.name));
    if (found === undefined) continue;
    titlesExtracted += found.titles.length;
    titlesExpected += person.titles.length;
    titlesMatched += matchCount(found.titles, person.titles, tokenF1, NAME_MATCH_THRESHOLD);
  }
  out.push(score('titles', titlesExtracted, titlesExpected, titlesMatched));
  out.push(
    score(
      'organisations',
      facts.organisations.length,
      expected.organisations.length,
      matchCount(facts.organisations.map((o) => o.name), expected.organisations, tokenF1, NAME_MATCH_THRESHOLD),
    ),
  );
  out.push(score('figures', facts.figures.length, expected.figures.length, matchCount(facts.figures, expected.figures, figureMatch, MEASURE_MATCH_THRESHOLD)));
  return out;
}
