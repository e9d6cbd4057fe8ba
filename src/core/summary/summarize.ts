// Extractive summary: pick the sentence where the summary should begin, then read on until the budget is spent.
// The start is chosen by a small learned model (summary-model.json, written by scripts/train-summary.ts) over
// Vietnamese-aware features: position, syllable length, IDF-weighted centrality, stop-syllable share, openers such
// as "Tuy nhiên" or "Theo đó", quotes, figures, and overlap with the title when the caller knows it.
// Deterministic: same text and options, same sentences.
import { splitSentences } from '../text/index';
import { denseFeatures, prepareSentences } from './features';
import { appendOpeners, createIdfLookup, createOpenerIndex, dot, type SummaryModel } from './model';
import modelData from './summary-model.json';

/** Median length of a newsroom sapo on the dev split: long enough for who/what/when, short enough to read at once. */
export const DEFAULT_MAX_SYLLABLES = 37;
/** A sapo rarely runs past three sentences; more is no longer a summary for a reader who tires quickly. */
export const DEFAULT_MAX_SENTENCES = 3;

export interface SummarizeOptions {
  /** Stop adding sentences once this many syllables are chosen; the last sentence may run past it (never cut). */
  maxSyllables?: number;
  /** At most this many sentences. */
  maxSentences?: number;
  /** The article's title, when known: it says what the article is about and improves the choice. */
  title?: string;
}

const model = modelData as SummaryModel;
const idf = createIdfLookup(model);
const openerIndex = createOpenerIndex(model);

/**
 * Chooses sentences of `text` (one sentence or paragraph a line) as its summary. Each returned string is a sentence
 * exactly as it appears in the text (see splitSentences), in article order.
 */
export function summarize(text: string, options: SummarizeOptions = {}): string[] {
  const maxSyllables = Math.max(1, options.maxSyllables ?? DEFAULT_MAX_SYLLABLES);
  const maxSentences = Math.max(1, options.maxSentences ?? DEFAULT_MAX_SENTENCES);
  const sentences = prepareSentences(splitSentences(text).map((s) => s.text));
  if (sentences.length === 0) return [];
  const title = options.title?.trim();
  const hasTitle = title !== undefined && title !== '';
  const weights = hasTitle ? model.weights.withTitle : model.weights.plain;
  const candidates = sentences.slice(0, model.maxStarts);
  const dense = denseFeatures(sentences, {
    window: model.window,
    idf,
    ...(hasTitle ? { title } : {}),
  });
  let best = 0;
  let bestScore = -Infinity;
  candidates.forEach((sentence, i) => {
    // Sentences without a single syllable (a lone "*" line) cannot start a summary.
    if (sentence.tokens.length === 0) return;
    const score = dot(weights, appendOpeners(dense[i]!, sentence, openerIndex, model.openers.length));
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const chosen: string[] = [];
  let used = 0;
  for (let i = best; i < sentences.length && used < maxSyllables && chosen.length < maxSentences; i++) {
    const sentence = sentences[i]!;
    if (sentence.tokens.length === 0) continue;
    chosen.push(sentence.text);
    used += sentence.tokens.length;
  }
  return chosen;
}
