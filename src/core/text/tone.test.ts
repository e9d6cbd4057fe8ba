import { describe, expect, it } from 'vitest';
import { foldKey, normalizeTonePlacement, normalizeVietnamese } from './tone';

describe('normalizeTonePlacement', () => {
  it('moves the mark to the first vowel of an open oa, oe, uy', () => {
    expect(normalizeTonePlacement('Uỷ ban')).toBe('Ủy ban');
    expect(normalizeTonePlacement('Khánh Hoà')).toBe('Khánh Hòa');
    expect(normalizeTonePlacement('khoẻ, thuỷ, hoạ, tuỳ')).toBe('khỏe, thủy, họa, tùy');
    expect(normalizeTonePlacement('UỶ BAN')).toBe('ỦY BAN');
  });

  it('leaves closed syllables, qu and new-style spellings alone', () => {
    for (const word of ['hoàn', 'Đoàn', 'toán', 'khuỷu', 'quý', 'Quỳnh', 'Ủy ban', 'hòa', 'thủy']) {
      expect(normalizeTonePlacement(word)).toBe(word);
    }
  });

  it('composes NFD input first', () => {
    expect(normalizeTonePlacement('Hoa\u0300')).toBe('Hòa');
  });
});

describe('normalizeVietnamese', () => {
  it('is lowercase, tone-normalised and space-collapsed, keeping diacritics', () => {
    expect(normalizeVietnamese('  Uỷ   ban\u00a0Nhân dân ')).toBe('ủy ban nhân dân');
    expect(normalizeVietnamese('tỉnh')).not.toBe(normalizeVietnamese('tính'));
  });
});

describe('foldKey', () => {
  it('gives one key for spellings with or without diacritics and dash spacing', () => {
    expect(foldKey('Khánh Hoà')).toBe(foldKey('Khanh Hoa'));
    expect(foldKey('Bà Rịa-Vũng Tàu')).toBe('ba ria - vung tau');
    expect(foldKey('Bà Rịa - Vũng  Tàu')).toBe('ba ria - vung tau');
    expect(foldKey('Đà Nẵng')).toBe('đa nang');
  });
});
