// Evaluates summaries and key facts.
//
//   npm run eval:summary -- ../shared/data/vn-sum-test.jsonl     ROUGE table, then the key-fact section
//   npm run eval:summary -- --facts-data ../shared/data/vn-sum-dev.jsonl --facts-data ../shared/data/vn-sum-test.jsonl
//                                                                key facts on the fixture pages and the annotated
//                                                                vn-sum-dev and vn-sum-test articles (their text is
//                                                                read from the files; --facts-data may be repeated)
//   npm run eval:summary                                         key facts on the fixture pages only
//   … --details                                                  also what was missed or added, tuning articles only
//   … --held-out-details <set>                                   the same for a held-out set, "held-out-seen" or
//                                                                "held-out" (for reports, never for tuning: a set
//                                                                looked at error by error is no longer fresh)
//
// ROUGE: syllable ROUGE-1/2/L F1 (NFC, lowercase, punctuation stripped, syllables = whitespace tokens; see
// src/core/summary/rouge.ts) of each system's output cut at CUT_SYLLABLES syllables, against the newsroom sapo, with
// 95 % bootstrap intervals over articles (fixed seed). The data file stays outside the repository.
// Key facts: precision and recall per kind of extractKeyFacts against the hand-written expectations in
// tests/unit/summary/facts/ (see its README), reported separately for the tuning articles, the held-out articles
// whose errors were since looked at ("held-out (seen)") and the fresh held-out ones nobody has tuned on or looked at.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import './lib/core-data';
import { cutTokens, rougeL, rougeN, rougeTokens } from '../src/core/summary/rouge';
import { summarize } from '../src/core/summary/summarize';
import { textRank } from '../src/core/summary/textrank';
import { factSet, scoreFacts, type ExpectedFacts, type FactSet, type KindScore } from '../src/core/summary/facts-score';
import { extractKeyFacts, type KeyFacts } from '../src/core/summary/facts';

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

interface FactArticle {
  name: string;
  expected: ExpectedFacts;
  text: string;
}

/** Folders of annotated data-file articles (their text is read from the data files given with --facts-data). */
const DATA_FOLDERS = ['vn-sum-dev', 'vn-sum-test'];

/** The annotated articles: fixture pages (text next to the JSON) and, given the data files, their articles. */
function loadFactArticles(directory: string, dataPaths: readonly string[]): { articles: FactArticle[]; skipped: string[] } {
  const articles: FactArticle[] = [];
  for (const file of readdirSync(directory).filter((f) => f.endsWith('.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(directory, file), 'utf8')) as ExpectedFacts;
    if (expected.text === undefined) continue;
    articles.push({ name: file.replace(/\.json$/u, ''), expected, text: readFileSync(join(directory, expected.text), 'utf8') });
  }
  const rows = new Map(dataPaths.flatMap((path) => loadJsonl(path)).map((r) => [r.id, r]));
  const skipped: string[] = [];
  for (const folder of DATA_FOLDERS.filter((f) => existsSync(join(directory, f)))) {
    const files = readdirSync(join(directory, folder)).filter((f) => f.endsWith('.json')).sort();
    let missing = 0;
    for (const file of files) {
      const expected = JSON.parse(readFileSync(join(directory, folder, file), 'utf8')) as ExpectedFacts;
      const row = expected.id === undefined ? undefined : rows.get(expected.id);
      if (row === undefined) {
        missing++;
        continue;
      }
      articles.push({ name: row.id, expected, text: row.article });
    }
    if (missing > 0) skipped.push(`${missing} annotated ${folder} articles not scored: pass --facts-data ../shared/data/${folder}.jsonl`);
  }
  return { articles, skipped };
}

type Totals = Map<string, { expected: number; extracted: number; matchedP: number; matchedR: number }>;

/** What was missed and what was extracted without a match, per kind: for tuning, on the tuning set only. */
function printDifferences(article: FactArticle, facts: KeyFacts, scores: readonly KindScore[]): void {
  const { expected } = article;
  const listed: Record<string, { extracted: string[]; expected: string[] }> = {
    people: {
      extracted: facts.people.map((p) => `${p.name}${p.titles.length > 0 ? ` (${p.titles.join('; ')})` : ''}`),
      expected: (expected.people ?? []).map((p) => p.name),
    },
    organisations: {
      extracted: facts.organisations.map((o) => `${o.name}${o.acronym === undefined ? '' : ` [${o.acronym}]`}`),
      expected: (expected.organisations ?? []).map((o) => (typeof o === 'string' ? o : o.name)),
    },
    figures: {
      extracted: facts.figures.map((f) => `${f.value} — ${f.measure}`),
      expected: (expected.figures ?? []).map((f) => `${f.value} — ${f.measure}`),
    },
  };
  for (const score of scores) {
    const lists = listed[score.kind];
    if (lists === undefined) continue;
    const matchedExtracted = new Set(score.pairs.map(([i]) => i));
    const matchedExpected = new Set(score.pairs.map(([, j]) => j));
    const extra = lists.extracted.filter((_, i) => !matchedExtracted.has(i));
    const missed = lists.expected.filter((_, j) => !matchedExpected.has(j));
    if (extra.length === 0 && missed.length === 0) continue;
    console.log(`  ${article.name} · ${score.kind}`);
    for (const e of extra) console.log(`    + ${e}`);
    for (const m of missed) console.log(`    - ${m}`);
  }
}

const SET_LABELS: ReadonlyArray<[FactSet, string]> = [
  ['tuning', 'tuning articles (the rules are developed against them)'],
  ['held-out-seen', 'held-out articles (seen): written before the extractor saw them and never tuned on, but their errors were looked at one by one for a report'],
  ['held-out', 'held-out articles (fresh): written before the extractor saw them; never tuned on, never looked at error by error'],
];

export function evaluateFacts(directory: string, options: { dataPaths?: readonly string[]; details?: boolean; heldOutDetails?: FactSet } = {}): void {
  const { articles, skipped } = loadFactArticles(directory, options.dataPaths ?? []);
  const counts = new Map<FactSet, number>();
  for (const a of articles) counts.set(factSet(a.expected), (counts.get(factSet(a.expected)) ?? 0) + 1);
  console.log(`Key facts: ${articles.length} hand-checked articles from ${directory}`);
  for (const line of skipped) console.log(`(${line})`);
  console.log('\nTuning articles:\n');
  console.log('| article | kind | expected | extracted | matched | precision | recall |');
  console.log('|---|---|---|---|---|---|---|');
  const totals = new Map<FactSet, Totals>(SET_LABELS.map(([set]) => [set, new Map()]));
  const differences: Array<() => void> = [];
  for (const article of articles) {
    const facts = extractKeyFacts(article.text);
    const set = factSet(article.expected);
    const isHeld = set !== 'tuning';
    const scores = scoreFacts(facts, article.expected);
    for (const score of scores) {
      const group = totals.get(set)!;
      const t = group.get(score.kind) ?? { expected: 0, extracted: 0, matchedP: 0, matchedR: 0 };
      t.expected += score.expected;
      t.extracted += score.extracted;
      t.matchedP += score.matchedExtracted;
      t.matchedR += score.matchedExpected;
      group.set(score.kind, t);
      // Held-out articles are reported in total only, so that tuning never looks at them one by one.
      if (!isHeld) {
        console.log(
          `| ${article.name} | ${score.kind} | ${score.expected} | ${score.extracted} | ${score.matchedExpected} | ${percent(score.matchedExtracted, score.extracted)} | ${percent(score.matchedExpected, score.expected)} |`,
        );
      }
    }
    if ((options.details === true && !isHeld) || (options.heldOutDetails !== undefined && set === options.heldOutDetails)) {
      differences.push(() => printDifferences(article, facts, scores));
    }
  }
  for (const [set, label] of SET_LABELS) {
    console.log(`\nTotals, ${counts.get(set) ?? 0} ${label}:\n`);
    console.log('| kind | expected | extracted | precision | recall |');
    console.log('|---|---|---|---|---|');
    for (const [kind, t] of totals.get(set)!) {
      console.log(`| ${kind} | ${t.expected} | ${t.extracted} | ${percent(t.matchedP, t.extracted)} | ${percent(t.matchedR, t.expected)} |`);
    }
  }
  if (differences.length > 0) {
    console.log('\nDifferences (+ extracted without a match, - expected and missed):\n');
    for (const print of differences) print();
  }
}

function percent(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`;
}

const args = process.argv.slice(2);
const flagValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const factsData = args.flatMap((a, i) => (args[i - 1] === '--facts-data' ? [a] : []));
const heldOutDetails = flagValue('--held-out-details');
if (heldOutDetails !== undefined && heldOutDetails !== 'held-out' && heldOutDetails !== 'held-out-seen') {
  console.error('--held-out-details takes a set: held-out-seen or held-out');
  process.exit(2);
}
const rougePath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--facts-data' && args[i - 1] !== '--held-out-details');
if (rougePath !== undefined) evaluateRouge(rougePath);
evaluateFacts(fileURLToPath(new URL('../tests/unit/summary/facts/', import.meta.url)), {
  dataPaths: factsData,
  details: args.includes('--details'),
  ...(heldOutDetails === undefined ? {} : { heldOutDetails }),
});
