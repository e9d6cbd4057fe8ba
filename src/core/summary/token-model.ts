// How likely is each syllable of an article to appear in its summary? A logistic model over the syllable's
// statistics in the article (how often, how early, in the title, capitalised, a figure) and a learned prior per
// syllable ("khởi tố" syllables are summary material, "cho biết" ones are not). A candidate summary is then
// worth the expected number of its distinct syllables that a newsroom sapo would also use.
import { rougeTokens } from './rouge';
import type { IdfLookup, PreparedSentence } from './types';
import { drain, SENTENCES_PER_STEP } from './steps';
import { STOP_SYLLABLES } from './stopwords';

/** Learned log-odds that a syllable seen in an article also appears in its sapo. */
export type PriorLookup = (token: string) => number;

export const TOKEN_FEATURE_NAMES = [
  'bias',
  'prior',
  'logCount',
  'idf',
  'inTitle',
  'firstInSentence0',
  'firstInSentence1',
  'firstInSentence2',
  'relativeFirstPosition',
  'logFirstPosition',
  'inSentence0',
  'logCountInFirst3',
  'isStop',
  'hasDigit',
  'capitalShare',
  'logSentenceCount',
  'inTitleBigram',
  'inTitle × inSentence0',
  'logCountInSentence0',
  'offsetInSentence0',
  'tfIdfRank',
  'inLastSentence',
] as const;

/** Syllables arrive with edge punctuation already trimmed, so the first character decides. */
function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}
const DIGIT = /\d/;

interface TypeStats {
  count: number;
  first: number;
  inFirst: number;
  inFirst3: number;
  capitals: number;
  /** Index of the first occurrence inside sentence 0, relative to its length; 1 when absent from it. */
  offsetInFirst: number;
  inLast: boolean;
  inTitleBigram: boolean;
}

/** Features of every distinct syllable of the article, in TOKEN_FEATURE_NAMES order. */
export function tokenFeatures(
  sentences: readonly PreparedSentence[],
  idf: IdfLookup,
  prior: PriorLookup,
  title: string | undefined,
): Map<string, number[]> {
  return drain(tokenFeatureSteps(sentences, idf, prior, title));
}

/** tokenFeatures in steps of SENTENCES_PER_STEP sentences. */
export function* tokenFeatureSteps(
  sentences: readonly PreparedSentence[],
  idf: IdfLookup,
  prior: PriorLookup,
  title: string | undefined,
): Generator<void, Map<string, number[]>> {
  const stats = new Map<string, TypeStats>();
  const titleTokens = title === undefined ? [] : rougeTokens(title);
  const titleSet = new Set(titleTokens);
  const titleBigrams = new Set<string>();
  for (let k = 0; k + 1 < titleTokens.length; k++) titleBigrams.add(`${titleTokens[k]} ${titleTokens[k + 1]}`);
  const last = sentences.length - 1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (i > 0 && i % SENTENCES_PER_STEP === 0) yield;
    s.tokens.forEach((t, k) => {
      let e = stats.get(t);
      if (e === undefined) {
        e = { count: 0, first: i, inFirst: 0, inFirst3: 0, capitals: 0, offsetInFirst: 1, inLast: false, inTitleBigram: false };
        stats.set(t, e);
      }
      e.count++;
      if (i === 0) {
        if (e.inFirst === 0) e.offsetInFirst = k / Math.max(1, s.tokens.length);
        e.inFirst++;
      }
      if (i < 3) e.inFirst3++;
      if (i === last && i > 0) e.inLast = true;
      if (titleBigrams.size > 0) {
        const prev = s.tokens[k - 1];
        const next = s.tokens[k + 1];
        if (
          (prev !== undefined && titleBigrams.has(`${prev} ${t}`)) ||
          (next !== undefined && titleBigrams.has(`${t} ${next}`))
        ) {
          e.inTitleBigram = true;
        }
      }
    });
    s.cased.forEach((word, k) => {
      if (!isCapitalised(word)) return;
      const e = stats.get(s.tokens[k]!);
      if (e !== undefined) e.capitals++;
    });
  }
  yield;
  const n = sentences.length;
  // Rank by count × IDF, 0 for the article's most characteristic syllable, 1 for the least.
  const ranked = [...stats.entries()]
    .map(([t, e]) => [t, e.count * idf(t)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const rank = new Map<string, number>();
  ranked.forEach(([t], r) => rank.set(t, ranked.length > 1 ? r / (ranked.length - 1) : 0));
  yield;
  const out = new Map<string, number[]>();
  for (const [t, e] of stats) {
    const inTitle = titleSet.has(t) ? 1 : 0;
    out.set(t, [
      1,
      prior(t),
      Math.log(e.count),
      idf(t) / 10,
      inTitle,
      e.first === 0 ? 1 : 0,
      e.first === 1 ? 1 : 0,
      e.first === 2 ? 1 : 0,
      e.first / Math.max(1, n - 1),
      Math.log(1 + e.first),
      e.inFirst > 0 ? 1 : 0,
      Math.log(1 + e.inFirst3),
      STOP_SYLLABLES.has(t) ? 1 : 0,
      DIGIT.test(t) ? 1 : 0,
      Math.min(1, e.capitals / e.count),
      Math.log(Math.max(1, n)),
      e.inTitleBigram ? 1 : 0,
      inTitle * (e.inFirst > 0 ? 1 : 0),
      Math.log(1 + e.inFirst),
      e.offsetInFirst,
      rank.get(t) ?? 1,
      e.inLast ? 1 : 0,
    ]);
  }
  return out;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Probability that each distinct syllable of the article appears in the summary. */
export function tokenProbabilities(
  sentences: readonly PreparedSentence[],
  idf: IdfLookup,
  prior: PriorLookup,
  title: string | undefined,
  weights: readonly number[],
): Map<string, number> {
  return drain(tokenProbabilitySteps(sentences, idf, prior, title, weights));
}

/** tokenProbabilities in steps (see tokenFeatureSteps). */
export function* tokenProbabilitySteps(
  sentences: readonly PreparedSentence[],
  idf: IdfLookup,
  prior: PriorLookup,
  title: string | undefined,
  weights: readonly number[],
): Generator<void, Map<string, number>> {
  const features = yield* tokenFeatureSteps(sentences, idf, prior, title);
  yield;
  const out = new Map<string, number>();
  for (const [t, f] of features) {
    let s = 0;
    for (let k = 0; k < f.length; k++) s += (weights[k] ?? 0) * f[k]!;
    out.set(t, sigmoid(s));
  }
  return out;
}

/** Expected overlap of a window with the summary: each distinct syllable counts once. */
export function expectedOverlap(window: readonly string[], probability: ReadonlyMap<string, number>): number {
  const seen = new Set<string>();
  let s = 0;
  for (const t of window) {
    if (seen.has(t)) continue;
    seen.add(t);
    s += probability.get(t) ?? 0;
  }
  return s;
}
