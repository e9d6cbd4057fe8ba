// Benchmark of the summary core in Node: median time of summarize() (target ≤ 20 ms) and of extractKeyFacts() on a
// 5,000-word Vietnamese article. The article is assembled from the seed (../shared/seeds/*.txt) repeated with the
// numbers changed, or from dev articles when a path is given; test data is never read here.
// Run: npx tsx scripts/bench/summary.ts [--runs 21] [--words 5000] [--dev ../shared/data/vn-sum-dev.jsonl]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { splitSentences, syllables } from '../../src/core/text/index';
import { summarize } from '../../src/core/summary/summarize';
import { extractKeyFacts } from '../../src/core/summary/facts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url).pathname;

export interface SummaryBenchResult {
  words: number;
  sentences: number;
  summarize: Timing;
  summarizeWithTitle: Timing;
  facts: Timing;
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
  const result: SummaryBenchResult = {
    words: syllables(text).length,
    sentences: splitSentences(text).length,
    summarize: time(runs, () => summarize(text)),
    summarizeWithTitle: time(runs, () => summarize(text, { title })),
    facts: time(runs, () => extractKeyFacts(text)),
  };
  console.log(`article: ${result.words} words, ${result.sentences} sentences; ${runs} runs each; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`  summarize            ${format(result.summarize)} (target ≤ 20 ms)`);
  console.log(`  summarize with title ${format(result.summarizeWithTitle)} (target ≤ 20 ms)`);
  console.log(`  extractKeyFacts      ${format(result.facts)}`);
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
