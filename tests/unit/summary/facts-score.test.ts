import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../src/core/summary/facts';
import { factKey, nameMatch, scoreFacts, tokenF1, valueKey } from '../../../src/core/summary/facts-score';

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

  it('matches an organisation only by its whole name', () => {
    expect(nameMatch('Trung tâm Phục vụ hành chính công tỉnh', 'Trung tâm Phục vụ hành chính công')).toBeGreaterThan(0);
    expect(nameMatch('Ủy ban nhân dân tỉnh Kiên Giang', 'Uỷ ban nhân dân tỉnh')).toBeGreaterThan(0);
    // Cut short at the first lowercase syllable, or run on into the sentence.
    expect(nameMatch('Trung tâm Phục', 'Trung tâm Phục vụ hành chính công')).toBe(0);
    expect(nameMatch('Ban Chỉ', 'Ban Chỉ đạo')).toBe(0);
    expect(nameMatch('Quỹ Nhi', 'Quỹ Nhi đồng Liên hợp quốc')).toBe(0);
    expect(nameMatch('Sở Y tế yêu cầu các bệnh viện', 'Sở Y tế')).toBe(0);
  });

  it('compares a figure by its numbers and unit word', () => {
    expect(valueKey('61,3%')).toBe('61,3|%');
    expect(valueKey('1.200 tỷ đồng')).toBe('1.200|tỷ');
    expect(valueKey('1.200 tỉ đồng')).toBe('1.200|tỷ');
    expect(valueKey('180,8-183,8 triệu đồng/lượng')).toBe('180,8-183,8|triệu');
    expect(valueKey('5 đến 10 cụm loa')).toBe(valueKey('5 đến 10 cụm'));
    expect(valueKey('30ml/người/ngày')).toBe('30|ml');
    expect(valueKey('70 km')).toBe(valueKey('70km'));
    expect(valueKey('11 loại vắc xin')).not.toBe(valueKey('11 tuổi'));
  });

  it('counts matches one to one per kind, and only the kinds annotated', () => {
    const text = 'Hôm qua, 27-5, tỉnh Kiên Giang họp. Năm 2018, tỷ lệ hộ nghèo đạt 2,5%.';
    const scores = scoreFacts(extractKeyFacts(text), {
      text: 'inline',
      when: ['27-5', 'năm 2018', 'năm 2030'],
      where: ['Kiên Giang'],
      figures: [{ value: '2,5%', measure: 'tỷ lệ hộ nghèo' }],
    });
    const byKind = Object.fromEntries(scores.map((s) => [s.kind, s]));
    expect(Object.keys(byKind).sort()).toEqual(['figure values', 'figures', 'when', 'where']);
    expect(byKind.when).toMatchObject({ expected: 3, extracted: 2, matchedExpected: 2 });
    expect(byKind.where).toMatchObject({ expected: 1, extracted: 1, matchedExpected: 1 });
    expect(byKind.figures).toMatchObject({ expected: 1, extracted: 1, matchedExpected: 1 });
    expect(byKind['figure values']).toMatchObject({ expected: 1, extracted: 1, matchedExpected: 1 });
  });
});
