// Plain TextRank (Mihalcea & Tarau 2004) over syllables: the baseline the learned summary is measured against.
// Kept plain on purpose (no stop list, no IDF, no position prior) so the comparison means what it says.
import { splitSentences } from '../text/index';
import { rougeTokens } from './rouge';

/** PageRank damping factor from the TextRank paper. */
const DAMPING = 0.85;
/** Iterations: scores on news-length graphs settle well before this. */
const ITERATIONS = 50;

/** Sentence similarity from the paper: shared syllables over the sum of the log lengths. */
function similarity(a: ReadonlySet<string>, aLength: number, b: ReadonlySet<string>, bLength: number): number {
  if (aLength < 2 || bLength < 2) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (Math.log(aLength) + Math.log(bLength));
}

/** Sentences with the highest TextRank, up to `maxSyllables`, returned in article order. */
export function textRank(text: string, maxSyllables: number): string[] {
  const sentences = splitSentences(text).map((s) => s.text);
  const tokens = sentences.map((s) => rougeTokens(s));
  const sets = tokens.map((t) => new Set(t));
  const n = sentences.length;
  const weights = Array.from({ length: n }, () => new Float64Array(n));
  const outSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = similarity(sets[i]!, tokens[i]!.length, sets[j]!, tokens[j]!.length);
      weights[i]![j] = w;
      weights[j]![i] = w;
      outSum[i]! += w;
      outSum[j]! += w;
    }
  }
  let score = new Float64Array(n).fill(1);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) if (outSum[j]! > 0) s += (weights[j]![i]! / outSum[j]!) * score[j]!;
      next[i] = 1 - DAMPING + DAMPING * s;
    }
    score = next;
  }
  const order = [...score.keys()].sort((a, b) => score[b]! - score[a]! || a - b);
  const chosen: number[] = [];
  let used = 0;
  for (const i of order) {
    if (used >= maxSyllables) break;
    if (tokens[i]!.length === 0) continue;
    chosen.push(i);
    used += tokens[i]!.length;
  }
  return chosen.sort((a, b) => a - b).map((i) => sentences[i]!);
}
