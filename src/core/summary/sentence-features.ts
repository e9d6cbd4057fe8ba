// Features of a candidate summary start. A candidate is "the summary that begins at sentence i and reads on
// until the syllable budget is spent"; training (scripts/train-summary.ts) and summarize() both use this one
// module, so the model always sees features computed the same way.
import { syllables } from '../text/index';
import { rougeTokens } from './rouge';
import { drain, SENTENCES_PER_STEP } from './steps';
import { STOP_SYLLABLES } from './stopwords';
import { expectedOverlap } from './token-model';
import type { IdfLookup, PreparedSentence } from './types';

// Syllables that open a sentence which reports, explains or continues, rather than states the news.
// They are features, not rules: the weights learned from the training file decide how much they matter.
const OPENER_CONTINUATION = new Set([
  'tuy', 'theo', 'trước', 'ngoài', 'bên', 'đồng', 'do', 'vì', 'như', 'trong', 'còn', 'đây', 'điều', 'cũng', 'sau',
  'tiếp', 'thậm', 'mặt', 'cụ', 'riêng', 'nhưng', 'và', 'song', 'từ', 'qua', 'với', 'ông', 'bà', 'anh', 'chị', 'họ',
]);
// Time expressions that open news leads: "Sáng 27-5, …", "Hôm qua, …", "Ngày 9/11, …".
const OPENER_TIME = new Set(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'mới', 'vừa', 'chiều qua', 'rạng']);
// Verbs that attribute a statement. Matched on the sentence's syllables (not with \b, which in JavaScript knows only
// ASCII letters: "chia sẻ" or "bày tỏ" before a space never matched, "nói" inside "nóiđùa" did).
const ATTRIBUTION_PHRASES = ['cho biết', 'nói', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'bày tỏ', 'cho rằng', 'nhận định'];
const ATTRIBUTION = new Set(ATTRIBUTION_PHRASES);

/** Whether the sentence's lowercase syllables contain an attribution verb of one or two syllables. */
function hasAttributionCue(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (ATTRIBUTION.has(tokens[k]!) || (k + 1 < tokens.length && ATTRIBUTION.has(`${tokens[k]!} ${tokens[k + 1]!}`))) return true;
  }
  return false;
}
const DIGIT = /\d/;
const CAPITAL = /^\p{Lu}/u;

/** Rank of position features: the first few starts get their own weight, later ones share one. */
export const POSITION_SLOTS = 6;

export const DENSE_FEATURE_NAMES = [
  ...Array.from({ length: POSITION_SLOTS }, (_, k) => `position=${k}${k === POSITION_SLOTS - 1 ? '+' : ''}`),
  'relativePosition',
  'logLength',
  'isShort',
  'isLong',
  'centrality',
  'centralityRank',
  'repetition',
  'meanIdf',
  'stopFraction',
  'digitFraction',
  'capitalFraction',
  'startsWithQuote',
  'hasAttribution',
  'startsWithContinuation',
  'startsWithTime',
  'endsWithQuestion',
  'endsWithColon',
  'firstSimilarity',
  'titleRecall',
  'titleCosine',
  'expectedOverlap',
  'expectedOverlapRank',
  'sentenceExpectedOverlap',
  'titleIdfRecall',
  'titleBigramRecall',
  'sentenceTitleRecall',
  'titleRank',
  'keywordCoverage',
  'sentencesInWindow',
  'position=0 × centrality',
  'position=0 × logLength',
  'position=0 × isShort',
  'position=0 × startsWithContinuation',
  'position=0 × startsWithQuote',
  'position=0 × hasAttribution',
  'position=0 × titleRecall',
  'position=0 × expectedOverlap',
] as const;

/** Syllables of the article with the highest tf·idf: what the article is about. */
const KEYWORD_COUNT = 10;

export function prepareSentences(texts: readonly string[]): PreparedSentence[] {
  return texts.map((text) => {
    const cased = syllables(text);
    return { text, tokens: cased.map((t) => t.toLowerCase()), cased };
  });
}

/** A sentence shorter than this is a heading, dateline, byline or caption, not the start of a summary. */
export const MIN_PROSE_SYLLABLES = 8;
/** A line this long is prose even without a final period (some sites drop it). */
export const LONG_LINE_SYLLABLES = 20;
const TERMINAL = /[.!?…:;"”’)]$/u;

/**
 * The sentences a summary may use: prose, not page furniture such as "Xem với cỡ chữ A A", "(08:34 | 28/05/2019)",
 * sub-headings or a repeat of the title. Position features count these only, so a page whose text starts with a
 * breadcrumb still has its lead at position 0. Falls back to every sentence when none qualifies.
 */
export function selectProse(sentences: readonly PreparedSentence[], title?: string): PreparedSentence[] {
  const titleKey = title === undefined ? '' : rougeTokens(title).join(' ');
  const prose = sentences.filter((s) => {
    const n = s.tokens.length;
    if (n < MIN_PROSE_SYLLABLES) return false;
    if (titleKey !== '' && s.tokens.join(' ') === titleKey) return false;
    return n >= LONG_LINE_SYLLABLES || TERMINAL.test(s.text.trim());
  });
  return prose.length > 0 ? prose : [...sentences];
}

/** The first `window` tokens of the sentences from `start` on: what the reader sees of that candidate. */
export function windowTokens(sentences: readonly PreparedSentence[], start: number, window: number): string[] {
  const out: string[] = [];
  for (let i = start; i < sentences.length && out.length < window; i++) {
    for (const t of sentences[i]!.tokens) {
      if (out.length >= window) break;
      out.push(t);
    }
  }
  return out;
}

const LETTER = /\p{L}/u;
// Tokens repeat a lot within an article; remembering the answer keeps the feature pass linear and cheap.
const contentCache = new Map<string, boolean>();
/** Bound on remembered tokens: a few articles' vocabulary. */
const CONTENT_CACHE_SIZE = 50000;

function isContent(token: string): boolean {
  let v = contentCache.get(token);
  if (v === undefined) {
    if (contentCache.size > CONTENT_CACHE_SIZE) contentCache.clear();
    v = !STOP_SYLLABLES.has(token) && LETTER.test(token);
    contentCache.set(token, v);
  }
  return v;
}

function weightedVector(tokens: readonly string[], idf: IdfLookup): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of tokens) if (isContent(t)) v.set(t, (v.get(t) ?? 0) + idf(t));
  return v;
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Map<string, number>, b: Map<string, number>, normB: number): number {
  const normA = norm(a);
  if (normA === 0 || normB === 0) return 0;
  let dot = 0;
  for (const [k, x] of a) dot += x * (b.get(k) ?? 0);
  return dot / (normA * normB);
}

export interface FeatureOptions {
  window: number;
  idf: IdfLookup;
  title?: string;
  /** Probability that each syllable appears in the summary (see token-model.ts). */
  probability: ReadonlyMap<string, number>;
  /** Rows for the first `maxRows` sentences only (the candidate starts); ranks are taken among them. */
  maxRows?: number;
}

/** Candidate rows computed per step by denseFeatureSteps: each reads a window and one bounded sentence. */
const ROWS_PER_STEP = 5;

/** Dense features of every candidate start, one row per sentence, in DENSE_FEATURE_NAMES order. */
export function denseFeatures(sentences: readonly PreparedSentence[], options: FeatureOptions): number[][] {
  return drain(denseFeatureSteps(sentences, options));
}

/** denseFeatures in steps: the article pass SENTENCES_PER_STEP sentences at a time, the rows ROWS_PER_STEP. */
export function* denseFeatureSteps(sentences: readonly PreparedSentence[], options: FeatureOptions): Generator<void, number[][]> {
  const { window, idf } = options;
  const n = sentences.length;
  // One pass over the article: counts of content syllables, and from them the IDF-weighted article vector.
  const docCounts = new Map<string, number>();
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && i % SENTENCES_PER_STEP === 0) yield;
    for (const t of sentences[i]!.tokens) if (isContent(t)) docCounts.set(t, (docCounts.get(t) ?? 0) + 1);
  }
  yield;
  const docVector = new Map<string, number>();
  for (const [t, c] of docCounts) docVector.set(t, c * idf(t));
  const docNorm = norm(docVector);
  const firstVector = weightedVector(windowTokens(sentences, 0, window), idf);
  const firstNorm = norm(firstVector);
  const titleTokens = options.title === undefined ? [] : rougeTokens(options.title).filter(isContent);
  const titleSet = new Set(titleTokens);
  const titleVector = weightedVector(titleTokens, idf);
  const titleNorm = norm(titleVector);

  const titleIdfTotal = [...titleSet].reduce((a, t) => a + idf(t), 0);
  const titleBigrams = new Set(bigrams(titleTokens));
  const keywords = [...docCounts.entries()]
    .map(([t, c]) => [t, c * idf(t)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEYWORD_COUNT)
    .map(([t]) => t);

  const rows: number[][] = [];
  const centralities: number[] = [];
  const titleScores: number[] = [];
  const overlaps: number[] = [];
  const rowCount = Math.min(n, options.maxRows ?? n);
  for (let i = 0; i < rowCount; i++) {
    if (i > 0 && i % ROWS_PER_STEP === 0) yield;
    const s = sentences[i]!;
    const win = windowTokens(sentences, i, window);
    const content = win.filter(isContent);
    const winVector = weightedVector(win, idf);
    const centrality = cosine(winVector, docVector, docNorm);
    centralities.push(centrality);
    let repetition = 0;
    let idfSum = 0;
    for (const t of content) {
      repetition += Math.log(docCounts.get(t) ?? 1);
      idfSum += idf(t);
    }
    const contentCount = Math.max(1, content.length);
    const len = s.tokens.length;
    const first = s.tokens[0] ?? '';
    const firstTwo = s.tokens.slice(0, 2).join(' ');
    const trimmed = s.text.trim();
    let titleHits = 0;
    for (const t of new Set(content)) if (titleSet.has(t)) titleHits++;
    const capitals = s.cased.slice(1).filter((t) => CAPITAL.test(t)).length;
    const winSet = new Set(win);
    let titleIdfHits = 0;
    for (const t of titleSet) if (winSet.has(t)) titleIdfHits += idf(t);
    const winBigrams = new Set(bigrams(win));
    let bigramHits = 0;
    for (const b of titleBigrams) if (winBigrams.has(b)) bigramHits++;
    const sentenceSet = new Set(s.tokens);
    let sentenceTitleHits = 0;
    for (const t of titleSet) if (sentenceSet.has(t)) sentenceTitleHits++;
    const titleRecall = titleSet.size === 0 ? 0 : titleHits / titleSet.size;
    const titleIdfRecall = titleIdfTotal === 0 ? 0 : titleIdfHits / titleIdfTotal;
    titleScores.push(titleIdfRecall);
    let spanned = 0;
    for (let j = i, used = 0; j < n && used < window; j++, spanned++) used += sentences[j]!.tokens.length;
    const isFirst = i === 0 ? 1 : 0;
    const overlap = expectedOverlap(win, options.probability);
    overlaps.push(overlap);
    const isShort = len < 10 ? 1 : 0;
    const startsWithQuote = /^["“'‘]/u.test(trimmed) ? 1 : 0;
    const hasAttribution = hasAttributionCue(s.tokens) ? 1 : 0;
    const startsWithContinuation = OPENER_CONTINUATION.has(first) ? 1 : 0;
    const logLength = Math.log(1 + len);
    const row: number[] = [];
    for (let k = 0; k < POSITION_SLOTS; k++) row.push(Math.min(i, POSITION_SLOTS - 1) === k ? 1 : 0);
    row.push(n > 1 ? i / (n - 1) : 0);
    row.push(logLength);
    row.push(isShort);
    row.push(len > 60 ? 1 : 0);
    row.push(centrality);
    row.push(0); // centralityRank, filled below
    row.push(repetition / contentCount);
    row.push(idfSum / contentCount / 10);
    row.push(win.length === 0 ? 0 : 1 - content.length / win.length);
    row.push(len === 0 ? 0 : s.tokens.filter((t) => DIGIT.test(t)).length / len);
    row.push(len <= 1 ? 0 : capitals / (s.cased.length - 1));
    row.push(startsWithQuote);
    row.push(hasAttribution);
    row.push(startsWithContinuation);
    row.push(OPENER_TIME.has(first) || OPENER_TIME.has(firstTwo) ? 1 : 0);
    row.push(/\?["”'’]?$/u.test(trimmed) ? 1 : 0);
    row.push(/:$/u.test(trimmed) ? 1 : 0);
    row.push(i === 0 ? 1 : cosine(winVector, firstVector, firstNorm));
    row.push(titleRecall);
    row.push(cosine(winVector, titleVector, titleNorm));
    row.push(overlap);
    row.push(0); // expectedOverlapRank, filled below
    row.push(expectedOverlap(s.tokens, options.probability));
    row.push(titleIdfRecall);
    row.push(titleBigrams.size === 0 ? 0 : bigramHits / titleBigrams.size);
    row.push(titleSet.size === 0 ? 0 : sentenceTitleHits / titleSet.size);
    row.push(0); // titleRank, filled below
    row.push(keywords.length === 0 ? 0 : keywords.filter((t) => winSet.has(t)).length / keywords.length);
    row.push(spanned);
    row.push(isFirst * centrality);
    row.push(isFirst * logLength);
    row.push(isFirst * isShort);
    row.push(isFirst * startsWithContinuation);
    row.push(isFirst * startsWithQuote);
    row.push(isFirst * hasAttribution);
    row.push(isFirst * titleRecall);
    row.push(isFirst * overlap);
    rows.push(row);
  }
  fillRank(rows, DENSE_FEATURE_NAMES.indexOf('titleRank'), titleSet.size === 0 ? null : titleScores);
  fillRank(rows, DENSE_FEATURE_NAMES.indexOf('centralityRank'), centralities);
  fillRank(rows, DENSE_FEATURE_NAMES.indexOf('expectedOverlapRank'), overlaps);
  return rows;
}

function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

/**
 * Rank of each candidate's score among all starts, 1 for the best, 0 for the worst: a relative signal that a
 * linear model cannot build from the raw values. Without scores (no title) the column stays 0.
 */
function fillRank(rows: number[][], column: number, scores: readonly number[] | null): void {
  if (scores === null) return;
  const n = scores.length;
  const order = scores.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  order.forEach(([, i], r) => {
    rows[i]![column] = n > 1 ? 1 - r / (n - 1) : 1;
  });
}
