// Syllable-level ROUGE for Vietnamese, used by the evaluation script and by training.
// Tokens: NFC, lowercase, whitespace tokens with punctuation trimmed from their ends (see `syllables`), so
// "27-5" and "19,12" stay single tokens, and a lone "–" or "…" is no token at all.
import { syllables } from '../text/index';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** The tokens ROUGE compares: lowercase syllables. */
export function rougeTokens(text: string): string[] {
  return syllables(text).map((t) => t.toLowerCase());
}

function fromOverlap(overlap: number, candidateCount: number, referenceCount: number): RougeScore {
  if (overlap === 0 || candidateCount === 0 || referenceCount === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / candidateCount;
  const recall = overlap / referenceCount;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    // U+0001 cannot occur inside a token, so joined n-grams never collide.
    const key = n === 1 ? tokens[i]! : tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N with clipped counts: an n-gram matches at most as often as it occurs in the reference. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const c = countNgrams(candidate, n);
  const r = countNgrams(reference, n);
  let overlap = 0;
  for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
  return fromOverlap(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 0; i < a.length; i++) {
    cur[0] = 0;
    for (let j = 0; j < b.length; j++) {
      cur[j + 1] = a[i] === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** ROUGE-L over the whole token sequence (not the per-sentence "summary-level" variant). */
export function rougeL(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return fromOverlap(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** The first `limit` ROUGE tokens of the sentences read one after another: what "cut at 37 syllables" means. */
export function cutTokens(sentences: readonly string[], limit: number): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    for (const t of rougeTokens(s)) {
      if (out.length >= limit) return out;
      out.push(t);
    }
  }
  return out;
}
