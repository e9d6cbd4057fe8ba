// Evaluates summaries and key facts.
//
//   npm run eval:summary -- ../shared/data/vn-sum-test.jsonl     ROUGE table, then the key-fact section
//   npm run eval:summary                                         key-fact section only (needs no data file)
//
// ROUGE: syllable ROUGE-1/2/L F1 (NFC, lowercase, punctuation stripped, syllables = whitespace tokens; see
// src/core/summary/rouge.ts) of each system's output cut at CUT_SYLLABLES syllables, against the newsroom sapo, with
// 95 % bootstrap intervals over articles (fixed seed). The data file stays outside the repository.
// Key facts: precision and recall of extractKeyFacts against the hand-written expectations in
// tests/unit/summary/facts/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cutTokens, rougeL, rougeN, rougeTokens } from '../src/core/summary/rouge';
import { summarize } from '../src/core/summary/summarize';
import { textRank } from '../src/core/summary/textrank';
import { scoreFacts, type ExpectedFacts } from '../src/core/summary/facts-score';
import { extractKeyFacts } from '../src/core/summary/facts';

/** The dev median sapo length; the README's baselines are cut here too. */
const CUT_SYLLABLES = 37;
const BOOTSTRAP_SAMPLES = 1000;
const BOOTSTRAP_SEED = 20190528;

interface Row {
  id: string;
  title: string;
  article: string;
  reference: string;
}

interface System {
  name: string;
  run: (row: Row) => string[];
}

const SYSTEMS: System[] = [
  // Lead: the article read from the top; the cut keeps its first 37 syllables.
  { name: 'Lead', run: (r) => r.article.split('\n') },
  { name: 'TextRank (plain)', run: (r) => textRank(r.article, CUT_SYLLABLES) },
  { name: 'Dễ Đọc, with title', run: (r) => summarize(r.article, { maxSyllables: CUT_SYLLABLES, title: r.title }) },
  { name: 'Dễ Đọc, no title', run: (r) => summarize(r.article, { maxSyllables: CUT_SYLLABLES }) },
];

function loadJsonl(path: string): Row[] {
  const buf = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

/** Small deterministic PRNG (mulberry32) so the intervals are the same on every run. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

/** Percentile bootstrap of the mean, resampling articles; the same resamples for every system and metric. */
function bootstrapInterval(values: readonly number[], samples: readonly Uint32Array[]): [number, number] {
  const means = samples.map((idx) => {
    let s = 0;
    for (const i of idx) s += values[i]!;
    return s / idx.length;
  });
  means.sort((a, b) => a - b);
  return [means[Math.floor(0.025 * means.length)]!, means[Math.ceil(0.975 * means.length) - 1]!];
}

function formatCell(values: readonly number[], samples: readonly Uint32Array[]): string {
  const [lo, hi] = bootstrapInterval(values, samples);
  return `${(100 * mean(values)).toFixed(2)} [${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)}]`;
}

export function evaluateRouge(path: string): void {
  const rows = loadJsonl(path);
  const random = createRandom(BOOTSTRAP_SEED);
  const samples = Array.from({ length: BOOTSTRAP_SAMPLES }, () =>
    Uint32Array.from({ length: rows.length }, () => Math.floor(random() * rows.length)),
  );
  console.log(`Summaries: ${rows.length} articles from ${path}; output cut at ${CUT_SYLLABLES} syllables;`);
  console.log(`syllable ROUGE F1, mean [95 % bootstrap interval, ${BOOTSTRAP_SAMPLES} resamples, seed ${BOOTSTRAP_SEED}]\n`);
  console.log('| system | R-1 | R-2 | R-L | avg length (syllables) | ms/article |');
  console.log('|---|---|---|---|---|---|');
  for (const system of SYSTEMS) {
    const r1: number[] = [];
    const r2: number[] = [];
    const rl: number[] = [];
    const lengths: number[] = [];
    const started = performance.now();
    for (const row of rows) {
      const candidate = cutTokens(system.run(row), CUT_SYLLABLES);
      const reference = rougeTokens(row.reference);
      r1.push(rougeN(candidate, reference, 1).f1);
      r2.push(rougeN(candidate, reference, 2).f1);
      rl.push(rougeL(candidate, reference).f1);
      lengths.push(candidate.length);
    }
    const ms = (performance.now() - started) / rows.length;
    console.log(
      `| ${system.name} | ${formatCell(r1, samples)} | ${formatCell(r2, samples)} | ${formatCell(rl, samples)} | ${mean(lengths).toFixed(1)} | ${ms.toFixed(2)} |`,
    );
  }
  console.log('');
}

export function evaluateFacts(directory: string): void {
  const files = readdirSync(directory).filter((f) => f.endsWith('.json')).sort();
  console.log(`Key facts: ${files.length} hand-checked articles in ${directory}\n`);
  console.log('| article | kind | expected | extracted | matched | precision | recall |');
  console.log('|---|---|---|---|---|---|---|');
  type Totals = Map<string, { expected: number; extracted: number; matchedP: number; matchedR: number }>;
  const developed: Totals = new Map();
  const heldOut: Totals = new Map();
  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(directory, file), 'utf8')) as ExpectedFacts;
    const text = readFileSync(join(directory, expected.text), 'utf8');
    const facts = extractKeyFacts(text);
    const totals = expected.heldOut === true ? heldOut : developed;
    for (const score of scoreFacts(facts, expected)) {
      const t = totals.get(score.kind) ?? { expected: 0, extracted: 0, matchedP: 0, matchedR: 0 };
      t.expected += score.expected;
      t.extracted += score.extracted;
      t.matchedP += score.matchedExtracted;
      t.matchedR += score.matchedExpected;
      totals.set(score.kind, t);
      console.log(
        `| ${file.replace(/\.json$/, '')}${expected.heldOut === true ? ' (held out)' : ''} | ${score.kind} | ${score.expected} | ${score.extracted} | ${score.matchedExpected} | ${percent(score.matchedExtracted, score.extracted)} | ${percent(score.matchedExpected, score.expected)} |`,
      );
    }
  }
  for (const [label, group] of [
    ['articles the rules were written against', developed],
    ['held-out articles (expectations written before the extractor saw them)', heldOut],
  ] as const) {
    console.log(`\nTotals, ${label}:\n`);
    console.log('| kind | expected | extracted | precision | recall |');
    console.log('|---|---|---|---|---|');
    const all = { expected: 0, extracted: 0, matchedP: 0, matchedR: 0 };
    for (const [kind, t] of group) {
      console.log(`| ${kind} | ${t.expected} | ${t.extracted} | ${percent(t.matchedP, t.extracted)} | ${percent(t.matchedR, t.expected)} |`);
      all.expected += t.expected;
      all.extracted += t.extracted;
      all.matchedP += t.matchedP;
      all.matchedR += t.matchedR;
    }
    console.log(`| all | ${all.expected} | ${all.extracted} | ${percent(all.matchedP, all.extracted)} | ${percent(all.matchedR, all.expected)} |`);
  }
}

function percent(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`;
}

const dataPath = process.argv[2];
if (dataPath !== undefined) evaluateRouge(dataPath);
evaluateFacts(fileURLToPath(new URL('../tests/unit/summary/facts/', import.meta.url)));
