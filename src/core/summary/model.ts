// The learned sentence-start model: its file format and how it scores candidates.
// The data file (summary-model.json) is written by scripts/train-summary.ts; see that script for how.
import { DENSE_FEATURE_NAMES, type IdfLookup, type PreparedSentence } from './features';

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
  /** Lowercase first syllables with a learned weight of their own, in feature order after the dense ones. */
  openers: string[];
  featureNames: string[];
  weights: { plain: number[]; withTitle: number[] };
}

export function createIdfLookup(model: SummaryModel): IdfLookup {
  const table = new Map<string, number>();
  for (const [value, words] of Object.entries(model.idf.byValue)) {
    const idf = Number(value);
    for (const w of words.split(' ')) if (w !== '') table.set(w, idf);
  }
  const unknown = model.idf.unknown;
  return (token) => table.get(token) ?? unknown;
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
