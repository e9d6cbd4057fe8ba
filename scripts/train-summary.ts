// Trains the summary model and writes src/core/summary/summary-model.json.
//
//   npx tsx scripts/train-summary.ts <train.jsonl.gz> [--dev <dev.jsonl>] [--out <model.json>]
//
// Input: gzip JSONL {id, title, article, reference} (../shared/data/vn-sum-train.jsonl.gz). Never pass the test
// split. The data stays outside the repository: only IDF values, syllable priors and weights go into the model.
//
// Two stages, both deterministic (no random initialisation, full-batch Adam, fixed data split):
// 1. Syllable model (src/core/summary/token-model.ts): logistic regression of "this syllable of the article is in
//    the sapo", with a per-syllable prior counted on the even-numbered articles and weights fitted on odd ones.
// 2. Start model (src/core/summary/sentence-features.ts): a conditional logit over candidate starts. Each of an article's
//    first MAX_STARTS sentences is a candidate ("begin the summary here and read on"); the target distribution is
//    a softmax of the candidates' syllable ROUGE-1 F1 against the sapo, and a linear score is fitted to it.
// Each stage is fitted twice: with the title as input and without it.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences } from '../src/core/text/index';
import { rougeN, rougeTokens } from '../src/core/summary/rouge';
import {
  DENSE_FEATURE_NAMES,
  denseFeatures,
  prepareSentences,
  selectProse,
  windowTokens,
} from '../src/core/summary/sentence-features';
import type { PreparedSentence } from '../src/core/summary/types';
import {
  appendOpeners,
  createGroupedLookup,
  createIdfLookup,
  createOpenerIndex,
  dot,
  groupByValue,
  type SummaryModel,
} from '../src/core/summary/model';
import { TOKEN_FEATURE_NAMES, tokenFeatures, tokenProbabilities } from '../src/core/summary/token-model';

/** The evaluation cut: summaries are compared on their first 37 syllables (the dev median sapo length). */
const WINDOW = 37;
/** Later starts win rarely (about 1 article in 20 on dev) and cost time on long pages. */
const MAX_STARTS = 40;
/** Syllables kept in the IDF table, by document frequency; the rest count as rare. Bounds the file size. */
const IDF_TABLE_SIZE = 9000;
/** A syllable seen in fewer articles than this is noise (typos, names) and is left out of the IDF table. */
const IDF_MIN_DF = 3;
/** A syllable needs this many articles before its own sapo prior is trusted; rarer ones share the base rate. */
const PRIOR_MIN_ARTICLES = 30;
/** Pseudo-count pulling each prior towards the base rate, so a syllable seen 30 times cannot reach 0 or 1. */
const PRIOR_SMOOTHING = 20;
/** Priors this close to the base rate carry no information and are left out of the file. */
const PRIOR_MIN_DEVIATION = 0.15;
/** Articles used to fit the 16 syllable-model weights: more changes nothing measurable. */
const TOKEN_MODEL_ARTICLES = 4000;
/** First syllables that get their own weight: enough to cover the common openers ("Theo", "Tuy", "Ngày"). */
const OPENER_COUNT = 80;
/**
 * Dev and test are politics, government and society news picked by a keyword filter (data README); train is all
 * topics. Articles that look like that domain (DOMAIN_MIN_HITS keyword hits, a title hit counting three) keep full
 * weight in the start model, the rest DOMAIN_OTHER_WEIGHT: on dev, training on the domain alone beat all topics
 * (35.3 vs 34.7 R-1 with title), but a quarter weight keeps the other articles' evidence.
 */
const DOMAIN_KEYWORDS =
  /(UBND|Ủy ban|Uỷ ban|Bộ trưởng|Chính phủ|Thủ tướng|Quốc hội|Đảng|Tỉnh uỷ|Tỉnh ủy|Thành uỷ|Thành ủy|HĐND|đại biểu|chính sách|Chủ tịch|Bí thư|nhà nước|Nhà nước|cán bộ|chính quyền|xã hội)/gu;
const DOMAIN_MIN_HITS = 3;
const DOMAIN_OTHER_WEIGHT = 0.25;
/** Softmax temperature on ROUGE targets: 0.05 F1 apart is e times more likely. Tuned on dev. */
const TARGET_TEMPERATURE = 0.05;
/** L2 penalty per weight, against overfitting the lexical features. Tuned on dev. */
const L2 = 1e-3;
const START_EPOCHS = 300;
const TOKEN_EPOCHS = 200;
const LEARNING_RATE = 0.05;

export interface Row {
  id: string;
  title: string;
  article: string;
  reference: string;
}

function argValue(flag: string): string | undefined {
  const k = process.argv.indexOf(flag);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

export function loadJsonl(path: string): Row[] {
  const buf = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

/** The sentences summarize() would consider: the same prose filter as at run time. */
function prepareArticle(article: string, title?: string): PreparedSentence[] {
  return selectProse(prepareSentences(splitSentences(article).map((s) => s.text)), title);
}

export function buildIdf(rows: readonly Row[]): SummaryModel['idf'] {
  const df = new Map<string, number>();
  for (const r of rows) {
    for (const t of new Set(rougeTokens(r.article))) if (/\p{L}/u.test(t)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = rows.length;
  const kept = [...df.entries()]
    .filter(([, d]) => d >= IDF_MIN_DF)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, IDF_TABLE_SIZE)
    .map(([w, d]) => [w, Math.log(n / (d + 1))] as const);
  return { unknown: Number(Math.log(n / (IDF_MIN_DF + 1)).toFixed(1)), byValue: groupByValue(kept) };
}

/** Smoothed log-odds that a syllable of an article is also in its sapo. */
export function buildPrior(rows: readonly Row[]): SummaryModel['prior'] {
  const inArticle = new Map<string, number>();
  const inBoth = new Map<string, number>();
  let hits = 0;
  let total = 0;
  for (const r of rows) {
    const ref = new Set(rougeTokens(r.reference));
    for (const t of new Set(rougeTokens(r.article))) {
      inArticle.set(t, (inArticle.get(t) ?? 0) + 1);
      total++;
      if (ref.has(t)) {
        inBoth.set(t, (inBoth.get(t) ?? 0) + 1);
        hits++;
      }
    }
  }
  const base = hits / total;
  const baseLogit = Math.log(base / (1 - base));
  const entries: Array<readonly [string, number]> = [];
  for (const [t, b] of inArticle) {
    if (b < PRIOR_MIN_ARTICLES) continue;
    const a = inBoth.get(t) ?? 0;
    const logit = Math.log((a + PRIOR_SMOOTHING * base) / (b - a + PRIOR_SMOOTHING * (1 - base)));
    if (Math.abs(logit - baseLogit) >= PRIOR_MIN_DEVIATION) entries.push([t, logit]);
  }
  return { unknown: Number(baseLogit.toFixed(1)), byValue: groupByValue(entries) };
}

export function buildOpeners(rows: readonly Row[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    for (const s of splitSentences(r.article)) {
      const first = rougeTokens(s.text)[0];
      if (first !== undefined && /\p{L}/u.test(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, OPENER_COUNT)
    .map(([w]) => w);
}

/** Adam on a differentiable objective; the caller supplies the full-batch gradient. */
function adam(dim: number, epochs: number, gradient: (w: Float64Array, grad: Float64Array) => void): Float64Array {
  const w = new Float64Array(dim);
  const m1 = new Float64Array(dim);
  const m2 = new Float64Array(dim);
  const grad = new Float64Array(dim);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    gradient(w, grad);
    for (let k = 0; k < dim; k++) {
      const g = grad[k]!;
      m1[k] = 0.9 * m1[k]! + 0.1 * g;
      m2[k] = 0.999 * m2[k]! + 0.001 * g * g;
      const mHat = m1[k]! / (1 - 0.9 ** epoch);
      const vHat = m2[k]! / (1 - 0.999 ** epoch);
      w[k]! -= (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return w;
}

/** Column means and standard deviations; constant columns get scale 1 so they pass through. */
function standardisation(rows: readonly ArrayLike<number>[], dim: number): { mean: number[]; std: number[] } {
  const mean = new Array<number>(dim).fill(0);
  const sq = new Array<number>(dim).fill(0);
  for (const row of rows) {
    for (let k = 0; k < dim; k++) {
      mean[k]! += row[k]!;
      sq[k]! += row[k]! * row[k]!;
    }
  }
  const n = Math.max(1, rows.length);
  for (let k = 0; k < dim; k++) mean[k] = mean[k]! / n;
  const std = mean.map((mu, k) => Math.sqrt(Math.max(sq[k]! / n - mu * mu, 0)) || 1);
  return { mean, std };
}

/** Stage 1: logistic regression "syllable of the article appears in the sapo". */
export function trainTokenModel(rows: readonly Row[], model: SummaryModel, useTitle: boolean): number[] {
  const idf = createIdfLookup(model);
  const prior = createGroupedLookup(model.prior);
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const r of rows) {
    const ref = new Set(rougeTokens(r.reference));
    const title = useTitle ? r.title : undefined;
    const features = tokenFeatures(prepareArticle(r.article, title), idf, prior, title);
    for (const [t, f] of features) {
      xs.push(Float64Array.from(f));
      ys.push(ref.has(t) ? 1 : 0);
    }
  }
  const dim = TOKEN_FEATURE_NAMES.length;
  const { mean, std } = standardisation(xs, dim);
  // The bias column stays 1: centring it would erase it.
  mean[0] = 0;
  std[0] = 1;
  const zs = xs.map((x) => x.map((v, k) => (v - mean[k]!) / std[k]!));
  const w = adam(dim, TOKEN_EPOCHS, (weights, grad) => {
    for (let i = 0; i < zs.length; i++) {
      const z = zs[i]!;
      let s = 0;
      for (let k = 0; k < dim; k++) s += weights[k]! * z[k]!;
      const d = 1 / (1 + Math.exp(-s)) - ys[i]!;
      for (let k = 0; k < dim; k++) grad[k]! += (d * z[k]!) / zs.length;
    }
  });
  // Fold the standardisation into the weights so the runtime reads raw features.
  const raw = Array.from(w, (x, k) => x / std[k]!);
  raw[0] = w[0]! - Array.from(w).reduce((a, x, k) => (k === 0 ? a : a + (x * mean[k]!) / std[k]!), 0);
  return raw.map((x) => Number(x.toPrecision(5)));
}

export function domainWeight(row: Row): number {
  const hits = (row.article.match(DOMAIN_KEYWORDS) ?? []).length + 3 * (row.title.match(DOMAIN_KEYWORDS) ?? []).length;
  return hits >= DOMAIN_MIN_HITS ? 1 : DOMAIN_OTHER_WEIGHT;
}

export interface Example {
  /** Weight of the article in the start model (see domainWeight). */
  weight: number;
  rows: number[][];
  /** ROUGE-1 F1 of each candidate's window against the reference. */
  gains: number[];
}

export function buildExamples(rows: readonly Row[], model: SummaryModel, useTitle: boolean): Example[] {
  const idf = createIdfLookup(model);
  const prior = createGroupedLookup(model.prior);
  const openerIndex = createOpenerIndex(model);
  const tokenWeights = useTitle ? model.tokenWeights.withTitle : model.tokenWeights.plain;
  const out: Example[] = [];
  for (const r of rows) {
    const title = useTitle ? r.title : undefined;
    const sentences = prepareArticle(r.article, title);
    if (sentences.length < 2) continue;
    const probability = tokenProbabilities(sentences, idf, prior, title, tokenWeights);
    const dense = denseFeatures(sentences, {
      window: WINDOW,
      idf,
      probability,
      maxRows: MAX_STARTS,
      ...(title === undefined ? {} : { title }),
    });
    const ref = rougeTokens(r.reference);
    const count = Math.min(sentences.length, MAX_STARTS);
    const featureRows: number[][] = [];
    const gains: number[] = [];
    for (let i = 0; i < count; i++) {
      featureRows.push(appendOpeners(dense[i]!, sentences[i]!, openerIndex, model.openers.length));
      gains.push(rougeN(windowTokens(sentences, i, WINDOW), ref, 1).f1);
    }
    out.push({ weight: domainWeight(r), rows: featureRows, gains });
  }
  return out;
}

export function softmax(xs: readonly number[]): number[] {
  const max = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

export interface TrainOptions {
  temperature: number;
  l2: number;
  epochs: number;
}

/** Stage 2: listwise cross-entropy between the model's softmax over starts and the softened ROUGE targets. */
export function trainStartModel(
  examples: readonly Example[],
  dim: number,
  { temperature, l2, epochs }: TrainOptions = { temperature: TARGET_TEMPERATURE, l2: L2, epochs: START_EPOCHS },
  articleWeights: readonly number[] = examples.map((ex) => ex.weight),
): number[] {
  const totalWeight = articleWeights.reduce((a, b) => a + b, 0);
  const { std } = standardisation(
    examples.flatMap((ex) => ex.rows),
    dim,
  );
  const scaled = examples.map((ex, k) => ({
    rows: ex.rows.map((row) => Float64Array.from(row, (x, j) => x / std[j]!)),
    target: softmax(ex.gains.map((g) => g / temperature)),
    weight: articleWeights[k]! / totalWeight,
  }));
  const w = adam(dim, epochs, (weights, grad) => {
    for (const ex of scaled) {
      const p = softmax(ex.rows.map((row) => dot(weights as unknown as number[], row as unknown as number[])));
      ex.rows.forEach((row, i) => {
        const diff = (p[i]! - ex.target[i]!) * ex.weight;
        for (let k = 0; k < dim; k++) grad[k]! += diff * row[k]!;
      });
    }
    for (let k = 0; k < dim; k++) grad[k]! += l2 * weights[k]!;
  });
  return Array.from(w, (x, k) => Number((x / std[k]!).toPrecision(5)));
}

/** Mean ROUGE-1 F1 (in points) when each article's best-scored start is taken. */
export function selectionScore(examples: readonly Example[], weights: readonly number[]): number {
  let total = 0;
  for (const ex of examples) {
    let best = 0;
    let bestScore = -Infinity;
    ex.rows.forEach((row, i) => {
      const s = dot(weights, row);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    total += ex.gains[best]!;
  }
  return (100 * total) / Math.max(1, examples.length);
}

function leadScore(examples: readonly Example[]): number {
  return (100 * examples.reduce((a, ex) => a + ex.gains[0]!, 0)) / Math.max(1, examples.length);
}

export function emptyModel(): SummaryModel {
  return {
    version: 2,
    window: WINDOW,
    maxStarts: MAX_STARTS,
    idf: { unknown: 0, byValue: {} },
    prior: { unknown: 0, byValue: {} },
    tokenWeights: { plain: [], withTitle: [] },
    openers: [],
    featureNames: [],
    weights: { plain: [], withTitle: [] },
  };
}

function main(): void {
  const trainPath = process.argv[2];
  if (trainPath === undefined || trainPath.startsWith('--')) {
    console.error('usage: tsx scripts/train-summary.ts <train.jsonl.gz> [--dev <dev.jsonl>] [--out <model.json>]');
    process.exit(2);
  }
  const devPath = argValue('--dev');
  const outPath =
    argValue('--out') ?? fileURLToPath(new URL('../src/core/summary/summary-model.json', import.meta.url));
  const limit = Number(argValue('--limit') ?? Infinity);
  const rows = loadJsonl(trainPath).slice(0, limit);
  // Priors are counted on one half and weights fitted on the other, so no weight learns from a prior that has
  // already seen its own article's sapo.
  const priorRows = rows.filter((_, k) => k % 2 === 0);
  const fitRows = rows.filter((_, k) => k % 2 === 1);
  console.error(`train articles: ${rows.length} (${priorRows.length} for priors, ${fitRows.length} for weights)`);
  const model = emptyModel();
  model.idf = buildIdf(rows);
  model.prior = buildPrior(priorRows);
  model.openers = buildOpeners(rows);
  model.featureNames = [...DENSE_FEATURE_NAMES, ...model.openers.map((w) => `opener=${w}`)];
  const dim = model.featureNames.length;
  const dev = devPath === undefined ? [] : loadJsonl(devPath);
  for (const useTitle of [false, true]) {
    const key = useTitle ? 'withTitle' : 'plain';
    model.tokenWeights[key] = trainTokenModel(fitRows.slice(0, TOKEN_MODEL_ARTICLES), model, useTitle);
    const examples = buildExamples(fitRows, model, useTitle);
    const weights = trainStartModel(examples, dim);
    model.weights[key] = weights;
    console.error(`${key}: train R-1 ${selectionScore(examples, weights).toFixed(2)} (lead ${leadScore(examples).toFixed(2)})`);
    if (dev.length > 0) {
      const devExamples = buildExamples(dev, model, useTitle);
      console.error(`${key}: dev R-1 ${selectionScore(devExamples, weights).toFixed(2)} (lead ${leadScore(devExamples).toFixed(2)})`);
    }
  }
  const json = JSON.stringify(model);
  writeFileSync(outPath, json + '\n');
  console.error(`wrote ${outPath} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KB)`);
}

// Run only when invoked as a script, so experiments can import the pieces.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
