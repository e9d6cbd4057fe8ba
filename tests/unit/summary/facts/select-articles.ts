// Picks the vn-sum-dev articles for the key-fact evaluation, by a rule fixed before any of them was read (see
// state-affairs.ts): Vietnamese state affairs by title, in the order of the SHA-1 of their id. The first HELD_OUT
// go to the held-out set, the next TUNING to the tuning set, and the next MORE_TUNING to the tuning set as well (a
// second round, added when the first 22 proved too few to generalise from), and the next THIRD_TUNING and FOURTH_TUNING
// too (a third round, organisations and figures only, and a fourth, organisations only). Only ids are printed; the article text stays in the data file.
//   npx tsx tests/unit/summary/facts/select-articles.ts ../shared/data/vn-sum-dev.jsonl
import { stateAffairsIds } from './state-affairs';

const HELD_OUT = 26;
const TUNING = 22;
const MORE_TUNING = 40;
/** A third round, organisations and figures only, written before the extractor ran on them. */
const THIRD_TUNING = 12;
/** A fourth round, organisations only. */
const FOURTH_TUNING = 6;

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: tsx select-articles.ts <vn-sum-dev.jsonl>');
  process.exit(2);
}
const { ids, total } = stateAffairsIds(path);
console.log(`${ids.length} of ${total} articles are state affairs by title`);
console.log(`held out: ${ids.slice(0, HELD_OUT).join(' ')}`);
console.log(`tuning: ${ids.slice(HELD_OUT, HELD_OUT + TUNING).join(' ')}`);
const more = HELD_OUT + TUNING;
console.log(`tuning, second round: ${ids.slice(more, more + MORE_TUNING).join(' ')}`);
const third = more + MORE_TUNING;
console.log(`tuning, third round: ${ids.slice(third, third + THIRD_TUNING).join(' ')}`);
const fourth = third + THIRD_TUNING;
console.log(`tuning, fourth round: ${ids.slice(fourth, fourth + FOURTH_TUNING).join(' ')}`);
