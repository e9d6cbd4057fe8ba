// Evaluates the acronym-definition finder on the gold set (tests/unit/acronyms/find/gold.jsonl).
//
//   npm run eval:acronyms                      precision / recall (all, dev, held-out), every miss and false positive
//   npm run eval:acronyms -- --no-dictionary   letters only: what the finder does without the built-in dictionary
//   npm run eval:acronyms -- --bench           time on a 50,000-word article
//   npm run eval:acronyms -- --scan ../shared/data/vn-sum-test.jsonl
//                                              list what it finds in real article bodies ({"article"} per line),
//                                              for reading by eye; nothing from those files is stored
//
// A pair counts as correct only with the exact long-form boundary (after NFC, case folding and trimming
// quotes). Held-out items (every third) were not looked at while tuning.
import { readFileSync } from 'node:fs';
import './lib/core-data';
import { findDefinitionsWith, NO_ACRONYM_LOOKUP, type AcronymLookup } from '../src/core/acronyms/find/definitions';
import { loadGold, scoreItem, summarize, type Finder, type GoldItem, type ItemResult, type Score } from '../tests/unit/acronyms/find/score-gold';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

async function loadLookup(): Promise<AcronymLookup> {
  if (flag('--no-dictionary')) return NO_ACRONYM_LOOKUP;
  try {
    const dictionary = (await import('../src/core/acronyms/dictionary/lookup')) as { lookupBuiltin?: AcronymLookup };
    if (typeof dictionary.lookupBuiltin === 'function') return dictionary.lookupBuiltin;
  } catch (error) {
    console.warn(`! built-in dictionary not available (${String(error)}); letters only`);
  }
  return NO_ACRONYM_LOOKUP;
}

const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;

function printScore(label: string, s: Score): void {
  console.log(
    `${label.padEnd(10)} items ${String(s.items).padStart(3)}  expected ${String(s.expected).padStart(3)}  ` +
      `found ${String(s.truePositives).padStart(3)}  false+ ${String(s.falsePositives).padStart(2)}  ` +
      `missed ${String(s.misses).padStart(2)}  optional found ${String(s.optionalFound).padStart(2)}  ` +
      `precision ${percent(s.precision).padStart(7)}  recall ${percent(s.recall).padStart(7)}  F1 ${percent(s.f1).padStart(7)}`,
  );
}

function excerpt(item: GoldItem): string {
  const text = item.text.normalize('NFC').replace(/\s+/g, ' ');
  return text.length > 150 ? `${text.slice(0, 147)}…` : text;
}

function evaluate(find: Finder): void {
  const gold = loadGold();
  const results = gold.map((item) => scoreItem(item, find));
  const pick = (f: (r: ItemResult) => boolean): ItemResult[] => results.filter(f);
  console.log(`Gold set: ${gold.length} items (${gold.filter((g) => g.expected.length === 0).length} with no definition)\n`);
  printScore('all', summarize(results));
  printScore('dev', summarize(pick((r) => r.item.split === 'dev')));
  printScore('held-out', summarize(pick((r) => r.item.split === 'heldout')));
  console.log('\nBy source:');
  for (const source of ['seed', 'readme', 'fixture', 'written']) {
    printScore(source, summarize(pick((r) => r.item.source.split(':')[0] === source)));
  }
  const misses = results.flatMap((r) => r.misses.map((p) => ({ r, p })));
  const falsePositives = results.flatMap((r) => r.falsePositives.map((p) => ({ r, p })));
  console.log(`\nMisses (${misses.length}):`);
  for (const { r, p } of misses) {
    const got = find(r.item.text).map((d) => `${d.short}=${d.long}`);
    console.log(`  ${r.item.id} [${r.item.split}] ${p.short} = ${p.long}   got: ${JSON.stringify(got)}\n      ${excerpt(r.item)}`);
  }
  console.log(`\nFalse positives (${falsePositives.length}):`);
  for (const { r, p } of falsePositives) {
    console.log(`  ${r.item.id} [${r.item.split}] ${p.short} = ${p.long}\n      ${excerpt(r.item)}`);
  }
  const optional = results.flatMap((r) => r.optionalFound.map((p) => `${r.item.id} ${p.short} = ${p.long}`));
  console.log(`\nOptional definitions found (${optional.length} of ${gold.reduce((n, g) => n + g.optional.length, 0)}):`);
  for (const line of optional) console.log(`  ${line}`);
}

function bench(find: Finder): void {
  const gold = loadGold();
  const paragraph = gold.map((g) => g.text).join('\n');
  const paragraphWords = paragraph.split(/\s+/).length;
  const text = Array.from({ length: Math.ceil(50_000 / paragraphWords) }, () => paragraph).join('\n');
  const words = text.split(/\s+/).length;
  find(text); // warm up the JIT
  const runs = 5;
  const start = performance.now();
  const cpu = process.cpuUsage();
  let found = 0;
  for (let i = 0; i < runs; i++) found = find(text).length;
  const ms = (performance.now() - start) / runs;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / runs;
  console.log(
    `${words} words, ${(text.match(/\(/g) ?? []).length} brackets: ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU per run, ${found} definitions`,
  );
}

function scan(find: Finder, path: string): void {
  let articles = 0;
  let words = 0;
  let found = 0;
  const start = performance.now();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id?: string; article?: string };
    const text = record.article ?? '';
    articles++;
    words += text.split(/\s+/).length;
    for (const d of find(text) as ReadonlyArray<{ short: string; long: string; start?: number; end?: number }>) {
      found++;
      const from = Math.max(0, (d.start ?? 0) - 40);
      const context = text.slice(from, (d.end ?? 0) + d.short.length + 4).replace(/\s+/g, ' ');
      console.log(`${record.id ?? articles}\t${d.short}\t${d.long}\t…${context}`);
    }
  }
  const ms = performance.now() - start;
  console.log(`\n${found} definitions in ${articles} articles (${words} words), ${ms.toFixed(0)} ms`);
}

const lookup = await loadLookup();
const find: Finder = (text) => findDefinitionsWith(text, lookup);
const scanPath = option('--scan');
if (scanPath !== undefined) scan(find, scanPath);
else if (flag('--bench')) bench(find);
else evaluate(find);
