import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, parseSyllable, withTone } from './syllable';

describe('isVietnameseSyllable', () => {
  it.each(['quốc', 'NGHIÊNG', 'gì', 'Đọc', 'người', 'khuỷu', 'giữa', 'quyết', 'ủy', 'hòa', 'hoà', 'BAN', 'TẬP', 'a'])(
    'accepts %s',
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(true);
    },
  );

  it.each(['UBND', 'Iran', 'tulip', 'Brent', 'xyz', 'bdvtu', '', 'á́', 'q', 'hoaa'])('rejects %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });

  it('accepts decomposed marks and splits the parts', () => {
    expect(parseSyllable('người'.normalize('NFD'))).toEqual({ onset: 'ng', nucleus: 'ươi', coda: '', tone: 2 });
    expect(parseSyllable('quyết')).toEqual({ onset: 'qu', nucleus: 'yê', coda: 't', tone: 1 });
  });
});

describe('withTone (new-style placement)', () => {
  it.each([
    ['biêu', 3, 'biểu'],
    ['tiêng', 1, 'tiếng'],
    ['hoa', 2, 'hòa'],
    ['thuy', 3, 'thủy'],
    ['quy', 3, 'quỷ'],
    ['ngoai', 2, 'ngoài'],
    ['ngươi', 2, 'người'],
    ['Viêt', 5, 'Việt'],
    ['ban', 0, 'ban'],
  ] as const)('(%s, %i) → %s', (letters, tone, expected) => {
    expect(withTone(letters, tone)).toBe(expected);
  });

  it('refuses what is not a syllable or already has a tone', () => {
    expect(withTone('xyz', 1)).toBeNull();
    expect(withTone('hòa', 1)).toBeNull();
  });
});
