// Picks the vn-sum-test articles of the fresh held-out key-fact set, by the same rule as select-articles.ts (see
// state-affairs.ts: Vietnamese state affairs by title, in the order of the SHA-1 of their id), fixed and committed
// before any of them was read: the first FRESH_HELD_OUT. vn-sum-test is for measuring only: never tune on it. Only
// ids are printed; the article text stays in the data file.
//   npx tsx tests/unit/summary/facts/select-test-articles.ts ../shared/data/vn-sum-test.jsonl
import { stateAffairsIds } from './state-affairs';

const FRESH_HELD_OUT = 40;

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: tsx select-test-articles.ts <vn-sum-test.jsonl>');
  process.exit(2);
}
const { ids, total } = stateAffairsIds(path);
console.log(`${ids.length} of ${total} articles are state affairs by title`);
console.log(`held out (fresh): ${ids.slice(0, FRESH_HELD_OUT).join(' ')}`);
