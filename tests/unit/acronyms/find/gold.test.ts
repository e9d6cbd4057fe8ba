// Quality gate for the acronym-definition finder on the gold set, with the real built-in dictionary.
// The full report (misses, false positives, held-out split) is `npm run eval:acronyms`.
import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from '../../../../src/core/acronyms/index';
import { loadGold, scoreItem, summarize } from './score-gold';

const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.92;

describe('acronym definitions: gold set', () => {
  const gold = loadGold();
  const results = gold.map((item) => scoreItem(item, (text) => findAcronymDefinitions(text)));

  it('is a real gold set: about 250+ items, a held-out third, many negatives', () => {
    expect(gold.length).toBeGreaterThanOrEqual(250);
    expect(gold.filter((g) => g.split === 'heldout').length).toBeGreaterThanOrEqual(Math.floor(gold.length / 3));
    expect(gold.filter((g) => g.expected.length === 0).length).toBeGreaterThanOrEqual(100);
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
  });

  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} on all items`, () => {
    const score = summarize(results);
    expect(score.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(score.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('finds exactly the three seed definitions', () => {
    const seed = results.find((r) => r.item.source === 'seed');
    expect(seed?.truePositives.length).toBe(3);
    expect(seed?.falsePositives).toEqual([]);
    expect(seed?.misses).toEqual([]);
  });

  it('confirms foreign acronyms through the built-in dictionary', () => {
    const found = findAcronymDefinitions(
      'Tổ chức Y tế Thế giới (WHO) và Tập đoàn Dầu khí Việt Nam (PVN) cùng tham dự. Tổng vốn đầu tư trực tiếp nước ngoài (FDI) tăng.',
    ).map((d) => `${d.short}=${d.long}`);
    expect(found).toEqual(['WHO=Tổ chức Y tế Thế giới', 'PVN=Tập đoàn Dầu khí Việt Nam', 'FDI=đầu tư trực tiếp nước ngoài']);
  });

  it('rejects the source typo "đối tác công tư (TPP)"', () => {
    const typo = results.filter((r) => r.item.tags.includes('typo'));
    expect(typo.length).toBeGreaterThan(0);
    for (const r of typo) expect(r.falsePositives).toEqual([]);
  });
});
