// Benchmark of the summary core in Node: median time of summarize() (target ≤ 20 ms) and of extractKeyFacts() on a
// 5,000-word Vietnamese article; then the longest single step of keyFactsSteps and of summaryPreparation on a
// 100,000-character article that is one sentence (target < 50 ms: no step may read an unbounded sentence).
// The articles are assembled from the seed (../shared/seeds/*.txt) repeated with the numbers changed, or from dev
// articles when a path is given; test data is never read here.
// Run: npx tsx scripts/bench/summary.ts [--runs 21] [--words 5000] [--dev ../shared/data/vn-sum-dev.jsonl]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import '../lib/core-data';
import { splitSentences, syllables } from '../../src/core/text/index';
import { summarize, summaryPreparation } from '../../src/core/summary/summarize';
import { extractKeyFacts, keyFactsSteps } from '../../src/core/summary/facts/index';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url).pathname;

export interface SummaryBenchResult {
  words: number;
  sentences: number;
  summarize: Timing;
  summarizeWithTitle: Timing;
  facts: Timing;
  longestFactsStep: StepTiming;
  longestPreparationStep: StepTiming;
}

/** Characters of the one-sentence article whose longest step is measured. */
const ONE_SENTENCE_CHARS = 100000;

/** The article as one sentence: sentence ends and line breaks become commas, cut at `chars`, one final period. */
export function oneSentenceArticle(text: string, chars: number): string {
  let flat = text.replace(/[\n.!?…]+/gu, ', ');
  while (flat.length < chars) flat += `, ${flat}`;
  return `${flat.slice(0, chars)}.`;
}

interface StepTiming {
  steps: number;
  /** Median over runs of the longest step's wall time, and of its CPU time. */
  wallMs: number;
  cpuMs: number;
}

/** Runs `make()`'s generator to the end `runs` times; the median of each run's longest step. */
function longestStep(runs: number, make: () => Generator<void, unknown>): StepTiming {
  const wall: number[] = [];
  const cpu: number[] = [];
  let steps = 0;
  for (let run = 0; run <= runs; run++) {
    const gen = make();
    let maxWall = 0;
    let maxCpu = 0;
    steps = 0;
    for (;;) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const next = gen.next();
      const used = process.cpuUsage(cpuStart);
      maxWall = Math.max(maxWall, performance.now() - start);
      maxCpu = Math.max(maxCpu, (used.user + used.system) / 1000);
      steps++;
      if (next.done) break;
    }
    // The first run warms the JIT and the word lists up; it is not counted.
    if (run === 0) continue;
    wall.push(maxWall);
    cpu.push(maxCpu);
  }
  return { steps, wallMs: median(wall), cpuMs: median(cpu) };
}

/** Paragraphs until `words` words: from dev articles when given, otherwise from the seed with fresh numbers. */
export function assembleArticle(words: number, devPath?: string): { text: string; title: string } {
  const paragraphs: string[] = [];
  let title = 'Góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế, xã hội của tỉnh';
  if (devPath !== undefined) {
    const rows = readFileSync(devPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { title: string; article: string });
    title = rows[0]?.title ?? title;
    for (const r of rows) paragraphs.push(...r.article.split('\n'));
  } else {
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      paragraphs.push(...readFileSync(join(SEEDS, file), 'utf8').split('\n').filter((l) => l.trim() !== ''));
    }
  }
  const out: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round++) {
    for (const p of paragraphs) {
      if (count >= words) break;
      // Shift the figures each round so repeated paragraphs are not identical strings.
      const line = round === 0 ? p : p.replace(/\d+/g, (d) => String(Number(d) + round));
      out.push(line);
      count += syllables(line).length;
    }
  }
  return { text: out.join('\n'), title };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  wallMs: number;
  /** CPU time of this process: on a busy shared machine it is closer to the work done than wall time. */
  cpuMs: number;
  /** Fastest run's CPU time: the least disturbed by other processes. */
  minCpuMs: number;
}

function time(runs: number, fn: () => unknown): Timing {
  fn(); // warm-up: JIT and the model's lookup tables
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    fn();
    const used = process.cpuUsage(cpuStart);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu), minCpuMs: Math.min(...cpu) };
}

function format(t: Timing): string {
  return `median ${t.wallMs.toFixed(2)} ms wall, ${t.cpuMs.toFixed(2)} ms CPU (fastest run ${t.minCpuMs.toFixed(2)} ms CPU)`;
}

export function benchSummary(options: { runs?: number; words?: number; devPath?: string } = {}): SummaryBenchResult {
  const runs = options.runs ?? 21;
  const { text, title } = assembleArticle(options.words ?? 5000, options.devPath);
  const sentence = oneSentenceArticle(text, ONE_SENTENCE_CHARS);
  const stepRuns = Math.max(3, Math.ceil(runs / 3));
  const result: SummaryBenchResult = {
    words: syllables(text).length,
    sentences: splitSentences(text).length,
    summarize: time(runs, () => summarize(text)),
    summarizeWithTitle: time(runs, () => summarize(text, { title })),
    facts: time(runs, () => extractKeyFacts(text)),
    longestFactsStep: longestStep(stepRuns, () => keyFactsSteps(sentence)),
    longestPreparationStep: longestStep(stepRuns, () => summaryPreparation(sentence, { title })),
  };
  console.log(`article: ${result.words} words, ${result.sentences} sentences; ${runs} runs each; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`  summarize            ${format(result.summarize)} (target ≤ 20 ms)`);
  console.log(`  summarize with title ${format(result.summarizeWithTitle)} (target ≤ 20 ms)`);
  console.log(`  extractKeyFacts      ${format(result.facts)}`);
  const step = (t: StepTiming): string => `${t.steps} steps; longest step median ${t.wallMs.toFixed(2)} ms wall, ${t.cpuMs.toFixed(2)} ms CPU`;
  console.log(`one sentence of ${ONE_SENTENCE_CHARS.toLocaleString('en')} characters; ${stepRuns} runs after a warm-up (target < 50 ms a step)`);
  console.log(`  keyFactsSteps        ${step(result.longestFactsStep)}`);
  console.log(`  summaryPreparation   ${step(result.longestPreparationStep)}`);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const devPath = value('dev');
  benchSummary({
    runs: Number(value('runs') ?? 21),
    words: Number(value('words') ?? 5000),
    ...(devPath === undefined ? {} : { devPath }),
  });
}
