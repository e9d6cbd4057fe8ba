// Scores an acronym-definition finder against the gold set (gold.jsonl). Shared by the vitest gate
// (gold.test.ts) and the report script (scripts/eval-acronyms.ts), so both count the same way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface GoldPair {
  short: string;
  long: string;
}

export interface GoldItem {
  id: string;
  /** "dev" items may be looked at while tuning; "heldout" items (every third) only for the report. */
  split: 'dev' | 'heldout';
  /** seed, readme, fixture:<page>, written. */
  source: string;
  tags: string[];
  text: string;
  /** Every definition the text gives that the finder must return. Empty: nothing may be returned. */
  expected: GoldPair[];
  /**
   * Real definitions the contract lets the finder skip: foreign acronyms explained in Vietnamese
   * that the built-in candidates list does not carry (Fed, LNG, UAV…). Finding one with the right
   * boundary is neither credited nor penalised; finding it with a wrong boundary is a false positive.
   */
  optional: GoldPair[];
}

export type Finder = (text: string) => ReadonlyArray<{ short: string; long: string }>;

export interface ItemResult {
  item: GoldItem;
  truePositives: GoldPair[];
  falsePositives: GoldPair[];
  misses: GoldPair[];
  optionalFound: GoldPair[];
}

export interface Score {
  items: number;
  expected: number;
  predicted: number;
  truePositives: number;
  falsePositives: number;
  misses: number;
  optionalFound: number;
  precision: number;
  recall: number;
  f1: number;
}

export const GOLD_PATH = fileURLToPath(new URL('./gold.jsonl', import.meta.url));

export function loadGold(path: string = GOLD_PATH): GoldItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldItem);
}

// Quotes, brackets and punctuation that may cling to either end of a long form.
const EDGE = /^[\s"'“”‘’«»()[\],.;:–—-]+|[\s"'“”‘’«»()[\],.;:–—-]+$/gu;

/** The comparison key: NFC, case folded, outer quotes/punctuation trimmed, spaces collapsed. */
export function normalizeForGold(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(EDGE, '').replace(/\s+/g, ' ');
}

function samePair(a: GoldPair, b: GoldPair): boolean {
  return normalizeForGold(a.short) === normalizeForGold(b.short) && normalizeForGold(a.long) === normalizeForGold(b.long);
}

export function scoreItem(item: GoldItem, find: Finder): ItemResult {
  const predicted = find(item.text).map((d) => ({ short: d.short, long: d.long }));
  const open = [...item.expected];
  const optionalOpen = [...item.optional];
  const result: ItemResult = { item, truePositives: [], falsePositives: [], misses: [], optionalFound: [] };
  for (const p of predicted) {
    const i = open.findIndex((e) => samePair(e, p));
    if (i >= 0) {
      result.truePositives.push(p);
      open.splice(i, 1);
      continue;
    }
    const j = optionalOpen.findIndex((e) => samePair(e, p));
    if (j >= 0) {
      result.optionalFound.push(p);
      optionalOpen.splice(j, 1);
      continue;
    }
    result.falsePositives.push(p);
  }
  result.misses = open;
  return result;
}

export function summarize(results: readonly ItemResult[]): Score {
  const tp = results.reduce((n, r) => n + r.truePositives.length, 0);
  const fp = results.reduce((n, r) => n + r.falsePositives.length, 0);
  const fn = results.reduce((n, r) => n + r.misses.length, 0);
  const opt = results.reduce((n, r) => n + r.optionalFound.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    items: results.length,
    expected: tp + fn,
    predicted: tp + fp + opt,
    truePositives: tp,
    falsePositives: fp,
    misses: fn,
    optionalFound: opt,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
