import { describe, expect, it } from 'vitest';
import { cutTokens, lcsLength, rougeL, rougeN, rougeTokens } from './rouge';

describe('rougeTokens', () => {
  it('lowercases, applies NFC and strips punctuation', () => {
    expect(rougeTokens('Hôm qua, 27-5, “Năm dân vận” – UBND tỉnh…')).toEqual([
      'hôm', 'qua', '27-5', 'năm', 'dân', 'vận', 'ubnd', 'tỉnh',
    ]);
    expect(rougeTokens('Kie\u0302\u0301n GIANG')).toEqual(['kiến', 'giang']);
  });
});

describe('rougeN', () => {
  it('scores identical text 1', () => {
    const t = rougeTokens('ban dân vận tỉnh ủy');
    expect(rougeN(t, t, 1).f1).toBe(1);
    expect(rougeN(t, t, 2).f1).toBe(1);
  });
  it('clips repeated unigrams', () => {
    // candidate "tỉnh tỉnh tỉnh" vs reference "tỉnh ủy": overlap 1, P = 1/3, R = 1/2.
    const s = rougeN(['tỉnh', 'tỉnh', 'tỉnh'], ['tỉnh', 'ủy'], 1);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });
  it('counts bigrams', () => {
    // bigrams: c = {a b, b c, c d}, r = {a b, b d}: overlap 1, P = 1/3, R = 1/2.
    const s = rougeN(['a', 'b', 'c', 'd'], ['a', 'b', 'd'], 2);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
  });
  it('is zero for empty or disjoint input', () => {
    expect(rougeN([], ['a'], 1).f1).toBe(0);
    expect(rougeN(['a'], [], 1).f1).toBe(0);
    expect(rougeN(['a'], ['b'], 1).f1).toBe(0);
    expect(rougeN(['a'], ['a'], 2).f1).toBe(0);
  });
});

describe('rougeL', () => {
  it('uses the longest common subsequence', () => {
    expect(lcsLength(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e', 'x'])).toBe(3);
    const s = rougeL(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e', 'x']);
    expect(s.precision).toBeCloseTo(3 / 5);
    expect(s.recall).toBeCloseTo(3 / 4);
  });
  it('is order sensitive where ROUGE-1 is not', () => {
    expect(rougeN(['b', 'a'], ['a', 'b'], 1).f1).toBe(1);
    expect(rougeL(['b', 'a'], ['a', 'b']).f1).toBeCloseTo(0.5);
  });
});

describe('cutTokens', () => {
  it('takes the first tokens across sentences', () => {
    expect(cutTokens(['Một hai, ba.', 'Bốn năm sáu.'], 4)).toEqual(['một', 'hai', 'ba', 'bốn']);
    expect(cutTokens(['Một hai.'], 37)).toEqual(['một', 'hai']);
  });
});
