import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../src/core/summary/facts';
import { factKey, scoreFacts, tokenF1 } from '../../../src/core/summary/facts-score';

describe('fact matching', () => {
  it('ignores tone placement, case and punctuation', () => {
    expect(factKey('TP. HCM')).toBe(factKey('tp.hcm').replace('tp hcm', 'tp hcm'));
    expect(factKey('Khánh Hoà')).toBe(factKey('Khánh Hòa'));
    expect(factKey('Đà Nẵng')).toBe('đa nang');
  });
  it('scores shared wording', () => {
    expect(tokenF1('giá vàng', 'giá vàng')).toBe(1);
    expect(tokenF1('giá vàng', 'giá vàng miếng SJC')).toBeCloseTo(2 / 3);
    expect(tokenF1('', 'giá vàng')).toBe(0);
  });
  it('counts matches one to one per kind', () => {
    const text = 'Hôm qua, 27-5, tỉnh Kiên Giang họp. Năm 2018, tỷ lệ hộ nghèo đạt 2,5%.';
    const scores = scoreFacts(extractKeyFacts(text), {
      text: 'inline',
      when: ['27-5', 'năm 2018', 'năm 2030'],
      where: ['Kiên Giang'],
      people: [],
      organisations: [],
      figures: [{ value: '2,5%', measure: 'tỷ lệ hộ nghèo' }],
    });
    const byKind = Object.fromEntries(scores.map((s) => [s.kind, s]));
    expect(byKind.when).toMatchObject({ expected: 3, extracted: 2, matchedExpected: 2 });
    expect(byKind.where).toMatchObject({ expected: 1, extracted: 1, matchedExpected: 1 });
    expect(byKind.figures).toMatchObject({ expected: 1, extracted: 1, matchedExpected: 1 });
  });
});
