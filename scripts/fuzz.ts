// The pipeline fuzz at any size: `npm run fuzz -- [count] [seed]` (default: 1,000 documents of seed 0xded0c, the
// seed `npm test` runs a fixed subset of in tests/unit/fuzz/pipeline-*.test.ts). Each generated hostile document
// (tests/unit/fuzz/hostile-docs.ts) goes through detection, the text map, definitions, acronym location, summary
// preparation and key facts in happy-dom (tests/unit/fuzz/pipeline.ts). Prints what ran (documents, articles, each
// kind of hostility), the exceptions, the most steps any stage took (linear in its text: counted and checked) and the
// longest single step measured (a number to read, not a test: the machine is shared). Exit code 1 on any failure.
// The seed is decimal or 0x-hex.
import './lib/core-data';
import { FUZZ_COUNT, FUZZ_SEED } from '../tests/unit/fuzz/hostile-docs';
import { FuzzWindow, newTally, runPipeline } from '../tests/unit/fuzz/pipeline';
import { HAPPY_DOM_DEEP_LEVELS, HAPPY_DOM_TEXT_SCALE } from '../tests/unit/fuzz/pipeline';
import { hostileDoc } from '../tests/unit/fuzz/hostile-docs';

function parseCount(arg: string | undefined): number {
  if (arg === undefined) return FUZZ_COUNT;
  const count = Number(arg);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`count must be a positive whole number, not "${arg}"`);
  return count;
}

function parseSeed(arg: string | undefined): number {
  if (arg === undefined) return FUZZ_SEED;
  const seed = Number(arg);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new Error(`seed must be a whole number 0…2^32−1 (decimal or 0x…), not "${arg}"`);
  return seed;
}

function main(): number {
  const count = parseCount(process.argv[2]);
  const seed = parseSeed(process.argv[3]);
  const tally = newTally();
  const failures: string[] = [];
  const window = new FuzzWindow();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let index = 0; index < count; index++) {
    const doc = hostileDoc(index, { seed, deepLevels: HAPPY_DOM_DEEP_LEVELS, textScale: HAPPY_DOM_TEXT_SCALE });
    try {
      runPipeline(doc, seed, tally, window);
    } catch (error) {
      failures.push(`#${index} [${doc.traits.join(' ')}]: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400));
      // The window may be left half-way: the next document gets a fresh one.
      window.close();
    }
  }
  window.close();
  const cpu = process.cpuUsage(cpuStarted);
  const traits = [...tally.traits].sort((a, b) => b[1] - a[1]).map(([trait, n]) => `${trait} ${n}`);
  console.log(`fuzz: seed 0x${seed.toString(16)}, ${count} documents in ${((performance.now() - started) / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
  console.log(`  ${tally.articles} articles, ${tally.blocks} blocks, ${tally.chars} characters mapped, ${tally.acronymsLocated} acronyms located, ${tally.steps} steps`);
  console.log(`  kinds: ${traits.join(', ')}`);
  console.log(`  most steps of one stage: ${tally.maxStages.steps} for ${tally.maxStages.chars} characters (${tally.maxStages.what})`);
  console.log(`  longest single step (measured): ${tally.maxStepMs.toFixed(1)} ms (${tally.maxStepWhat})`);
  console.log(`  longest unstepped stage (measured): ${tally.maxWholeMs.toFixed(1)} ms (${tally.maxWholeWhat})`);
  console.log(`  exceptions: ${failures.length}`);
  for (const failure of failures) console.log(`    ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
