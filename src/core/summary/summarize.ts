// Extractive summary: pick the sentence where the summary should begin, then read on until the budget is spent.
// The start is chosen by a small learned model (summary-model.json, written by scripts/train-summary.ts) over
// Vietnamese-aware features: position, syllable length, IDF-weighted centrality, stop-syllable share, openers such
// as "Tuy nhiên" or "Theo đó", quotes, figures, and overlap with the title when the caller knows it.
// Deterministic: same text and options, same sentences.
import { lineRanges, sentencePieces, sentencesIn } from '../text/index';
import { denseFeatureSteps, prepareSentences, selectProse, windowTokens } from './sentence-features';
import { appendOpeners, createGroupedLookup, createIdfLookup, createOpenerIndex, dot, type SummaryModel } from './model';
import { drain, SENTENCES_PER_STEP } from './steps';
import { expectedOverlap, tokenProbabilitySteps } from './token-model';
import type { IdfLookup, PreparedSentence } from './types';

/** Median length of a newsroom sapo on the dev split: long enough for who/what/when, short enough to read at once. */
export const DEFAULT_MAX_SYLLABLES = 37;
/** A sapo rarely runs past three sentences; more is no longer a summary for a reader who tires quickly. */
export const DEFAULT_MAX_SENTENCES = 3;

/**
 * Expected summary syllables a later sentence must add over the next one to be preferred: skipping makes the
 * summary jump, so it has to pay. Tuned on dev (0 to 2 tried; small margins win).
 */
export const FILL_MARGIN = 0.5;
/** How far past the last chosen sentence the fill looks: a summary should not leap across the whole article. */
export const MAX_FILL_DISTANCE = 8;

export interface SummarizeOptions {
  /** Stop adding sentences once this many syllables are chosen; the last sentence may run past it (never cut). */
  maxSyllables?: number;
  /** At most this many sentences. */
  maxSentences?: number;
  /** The article's title, when known: it says what the article is about and improves the choice. */
  title?: string;
}

/**
 * The model is data (summary-model.json), given once by whoever runs core: the content script hands over the
 * packaged data file on the pages that summarise, tests and scripts read the JSON. Nothing here imports it, so
 * code that never summarises never pays for it. `load` is called once, at the first summary.
 */
export function useSummaryModel(load: () => SummaryModel): void {
  source = load;
  loaded = undefined;
}

interface LoadedModel {
  model: SummaryModel;
  idf: IdfLookup;
  prior: IdfLookup;
  openerIndex: Map<string, number>;
}

let source: (() => SummaryModel) | undefined;
let loaded: LoadedModel | undefined;

function summaryModel(): LoadedModel {
  if (loaded === undefined) {
    if (source === undefined) throw new Error('the summary model is not loaded (useSummaryModel)');
    const model = source();
    loaded = { model, idf: createIdfLookup(model), prior: createGroupedLookup(model.prior), openerIndex: createOpenerIndex(model) };
  }
  return loaded;
}

/** What summarize() works out once per text and title: the sentences, the token model and the start. */
export interface PreparedSummary {
  readonly sentences: readonly PreparedSentence[];
  readonly probability: ReadonlyMap<string, number>;
  /** Index in `sentences` of the sentence the summary starts with. */
  readonly start: number;
}

/**
 * A sentence longer than this is prepared in pieces cut at clause boundaries, so that no step of
 * summaryPreparation reads an unbounded sentence: the longest sentence of the dev and test articles has 808
 * characters.
 */
export const MAX_SENTENCE_CHARS = 1500;

/**
 * summarize() without the budget, as small steps: the generator stops between sentences while it tokenises them
 * and between the stages after that, so a caller on a page's main thread can spread a long article over several
 * short tasks. Its result does not depend on the length asked for: every length is then one quick
 * summarizePrepared() call. Returns null for a text without sentences.
 */
export function* summaryPreparation(text: string, options: Pick<SummarizeOptions, 'title'> = {}): Generator<void, PreparedSummary | null> {
  const { model, idf, prior, openerIndex } = summaryModel();
  const title = options.title?.trim();
  const hasTitle = title !== undefined && title !== '';
  // Lines of bounded length, their sentences, and long sentences in pieces (see sentence-pieces.ts).
  const texts: string[] = [];
  for (const [start, end] of lineRanges(text)) {
    for (const sentence of sentencesIn(text, start, end)) {
      for (const piece of sentencePieces(sentence, MAX_SENTENCE_CHARS)) texts.push(piece.text);
    }
    yield;
  }
  const all: PreparedSentence[] = [];
  for (let i = 0; i < texts.length; i += SENTENCES_PER_STEP) {
    all.push(...prepareSentences(texts.slice(i, i + SENTENCES_PER_STEP)));
    yield;
  }
  if (all.length === 0) return null;
  const sentences = selectProse(all, hasTitle ? title : undefined);
  const weights = hasTitle ? model.weights.withTitle : model.weights.plain;
  const tokenWeights = hasTitle ? model.tokenWeights.withTitle : model.tokenWeights.plain;
  yield;
  const probability = yield* tokenProbabilitySteps(sentences, idf, prior, hasTitle ? title : undefined, tokenWeights);
  yield;
  const candidates = sentences.slice(0, model.maxStarts);
  const dense = yield* denseFeatureSteps(sentences, {
    window: model.window,
    idf,
    probability,
    maxRows: model.maxStarts,
    ...(hasTitle ? { title } : {}),
  });
  yield;
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
  return { sentences, probability, start: best };
}

/** The summary of a prepared text for a budget: exactly what summarize() gives with the same text and options. */
export function summarizePrepared(prepared: PreparedSummary | null, options: Omit<SummarizeOptions, 'title'> = {}): string[] {
  if (!prepared) return [];
  const maxSyllables = Math.max(1, options.maxSyllables ?? DEFAULT_MAX_SYLLABLES);
  const maxSentences = Math.max(1, options.maxSentences ?? DEFAULT_MAX_SENTENCES);
  const { sentences, probability, start } = prepared;
  return extend(sentences, start, maxSyllables, maxSentences, probability).map((i) => sentences[i]!.text);
}

/**
 * Chooses sentences of `text` (one sentence or paragraph a line) as its summary. Each returned string is a sentence
 * exactly as it appears in the text (see splitSentences), in article order.
 */
export function summarize(text: string, options: SummarizeOptions = {}): string[] {
  return summarizePrepared(drain(summaryPreparation(text, options)), options);
}

/**
 * From the chosen start, add sentences in article order until the budget is spent. The next sentence is the one
 * right after the last chosen, unless a later sentence brings more expected summary syllables by FILL_MARGIN:
 * then the summary skips a side remark ("Trước đó, …") to reach the next piece of news.
 */
function extend(
  sentences: readonly PreparedSentence[],
  start: number,
  maxSyllables: number,
  maxSentences: number,
  probability: ReadonlyMap<string, number>,
): number[] {
  const chosen = [start];
  const tokens = [...sentences[start]!.tokens];
  while (tokens.length < maxSyllables && chosen.length < maxSentences) {
    const remaining = maxSyllables - tokens.length;
    const next = firstNonEmpty(sentences, chosen[chosen.length - 1]! + 1);
    if (next === -1) break;
    const gainFrom = (j: number): number =>
      expectedOverlap([...tokens, ...windowTokens(sentences, j, remaining)], probability);
    let pick = next;
    // The adjacent sentence gets the margin as a head start.
    let pickScore = gainFrom(next) + FILL_MARGIN;
    const limit = Math.min(sentences.length, next + MAX_FILL_DISTANCE);
    for (let j = next + 1; j < limit; j++) {
      if (sentences[j]!.tokens.length === 0) continue;
      const gain = gainFrom(j);
      if (gain > pickScore) {
        pick = j;
        pickScore = gain;
      }
    }
    chosen.push(pick);
    tokens.push(...sentences[pick]!.tokens);
  }
  return chosen;
}

function firstNonEmpty(sentences: readonly PreparedSentence[], from: number): number {
  for (let j = from; j < sentences.length; j++) if (sentences[j]!.tokens.length > 0) return j;
  return -1;
}
