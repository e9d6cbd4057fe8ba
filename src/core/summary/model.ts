// The learned sentence-start model: its file format and how it scores candidates.
// The data file (summary-model.json) is written by scripts/train-summary.ts; see that script for how.
import { DENSE_FEATURE_NAMES } from './sentence-features';
import type { IdfLookup, PreparedSentence } from './types';

export interface SummaryModel {
  version: number;
  /** Syllables of the window the features look at (the length the model was trained to fill). */
  window: number;
  /** Only the first `maxStarts` sentences are candidate starts: later starts almost never win. */
  maxStarts: number;
  idf: {
    /** IDF for a syllable missing from the table: a rare one. */
    unknown: number;
    /** Syllables grouped by their IDF rounded to one decimal: "2.3" → "tỉnh huyện …". Keeps the file small. */
    byValue: Record<string, string>;
  };
  /** Log-odds that a syllable of an article appears in its sapo, grouped like `idf`; others get `unknown`. */
  prior: {
    unknown: number;
    byValue: Record<string, string>;
  };
  /** Weights of the syllable model (token-model.ts, TOKEN_FEATURE_NAMES order). */
  tokenWeights: { plain: number[]; withTitle: number[] };
  /** Lowercase first syllables with a learned weight of their own, in feature order after the dense ones. */
  openers: string[];
  featureNames: string[];
  weights: { plain: number[]; withTitle: number[] };
}

/** A table stored as value → space-separated syllables (compact JSON), read back as a lookup. */
export function createGroupedLookup(grouped: { unknown: number; byValue: Record<string, string> }): IdfLookup {
  const table = new Map<string, number>();
  for (const [value, words] of Object.entries(grouped.byValue)) {
    const v = Number(value);
    for (const w of words.split(' ')) if (w !== '') table.set(w, v);
  }
  const unknown = grouped.unknown;
  return (token) => table.get(token) ?? unknown;
}

export function createIdfLookup(model: SummaryModel): IdfLookup {
  return createGroupedLookup(model.idf);
}

/** Groups values rounded to one decimal: the inverse of createGroupedLookup. */
export function groupByValue(entries: Iterable<readonly [string, number]>): Record<string, string> {
  const groups = new Map<string, string[]>();
  for (const [w, v] of entries) {
    const key = v.toFixed(1);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [w]);
    else list.push(w);
  }
  const out: Record<string, string> = {};
  for (const key of [...groups.keys()].sort((a, b) => Number(a) - Number(b))) out[key] = groups.get(key)!.sort().join(' ');
  return out;
}

export function createOpenerIndex(model: SummaryModel): Map<string, number> {
  return new Map(model.openers.map((w, k) => [w, DENSE_FEATURE_NAMES.length + k]));
}

/** Full feature row: the dense features, then a one-hot of the sentence's first syllable. */
export function appendOpeners(
  dense: readonly number[],
  sentence: PreparedSentence,
  openerIndex: ReadonlyMap<string, number>,
  openerCount: number,
): number[] {
  const row = [...dense, ...new Array<number>(openerCount).fill(0)];
  const k = openerIndex.get(sentence.tokens[0] ?? '');
  if (k !== undefined) row[k] = 1;
  return row;
}

export function dot(weights: readonly number[], row: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < row.length; k++) s += (weights[k] ?? 0) * row[k]!;
  return s;
}
