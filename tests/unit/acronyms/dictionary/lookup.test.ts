import { describe, expect, it } from 'vitest';
import {
  builtinAcronyms,
  builtinSize,
  hasBuiltin,
  lookupBuiltin,
  shortFormKey,
  resolveBuiltin,
} from '../../../../src/core/acronyms/index';

const longs = (short: string, context?: string): string[] => lookupBuiltin(short, context).map((m) => m.long);

describe('lookupBuiltin', () => {
  it('finds an unambiguous acronym', () => {
    expect(lookupBuiltin('UBND')).toEqual([{ short: 'UBND', long: 'Ủy ban nhân dân', category: 'state-local' }]);
  });

  it('returns plain meanings without matching machinery', () => {
    for (const m of lookupBuiltin('BCT')) {
      expect(Object.keys(m).sort()).toEqual(['category', 'long', 'short']);
    }
  });

  it('ignores context for unambiguous acronyms', () => {
    expect(longs('HĐND', 'Ủy viên BCT, Bộ trưởng BTC')).toEqual(['Hội đồng nhân dân']);
  });

  it('returns [] for unknown acronyms and empty input', () => {
    expect(lookupBuiltin('XYZQ')).toEqual([]);
    expect(lookupBuiltin('')).toEqual([]);
    expect(lookupBuiltin('   ')).toEqual([]);
  });

  it('is case-sensitive: CA is an acronym, ca is a word', () => {
    expect(longs('CA')[0]).toBe('Công an');
    expect(lookupBuiltin('ca')).toEqual([]);
    expect(lookupBuiltin('Ca')).toEqual([]);
    expect(longs('TTg')).toEqual(['Thủ tướng']);
    expect(lookupBuiltin('TTG')).toEqual([]);
  });

  it('normalises to NFC first', () => {
    expect(longs('ĐBQH'.normalize('NFD'))).toEqual(['đại biểu Quốc hội']);
    expect(longs('NSƯT'.normalize('NFD'))).toEqual(['Nghệ sĩ Ưu tú']);
  });

  it('accepts the Latin eth look-alike for Đ', () => {
    expect(longs('\u00D0BQH')).toEqual(['đại biểu Quốc hội']);
  });

  it.each([
    ['GD&ĐT'],
    ['GD-ĐT'],
    ['GDĐT'],
    ['GD & ĐT'],
    ['GD – ĐT'],
    ['GD và ĐT'],
  ])('accepts the established variant %s of GD&ĐT', (form) => {
    expect(lookupBuiltin(form)).toEqual([
      { short: 'GD&ĐT', long: 'Giáo dục và Đào tạo', category: 'ministry' },
    ]);
  });

  it.each([['TP.HCM'], ['TPHCM'], ['TP HCM'], ['Tp.HCM'], ['TP. HCM'], ['TP\u00A0HCM'], ['Tp HCM']])(
    'accepts %s for Thành phố Hồ Chí Minh',
    (form) => {
      expect(longs(form)).toEqual(['Thành phố Hồ Chí Minh']);
    },
  );

  it('accepts sector variants with and without "&"', () => {
    expect(longs('TN&MT')).toEqual(['Tài nguyên và Môi trường']);
    expect(longs('TNMT')).toEqual(['Tài nguyên và Môi trường']);
    expect(longs('LĐTBXH')).toEqual(['Lao động - Thương binh và Xã hội']);
    expect(longs('KT–XH')).toEqual(['kinh tế - xã hội']);
    expect(longs('KTXH')).toEqual(['kinh tế - xã hội']);
  });

  it('keeps dotted signature-block forms apart from bare acronyms', () => {
    expect(longs('KT.')).toEqual(['ký thay']);
    expect(longs('KT')).toEqual(['kinh tế', 'kỹ thuật']);
    expect(longs('TL.')).toEqual(['thừa lệnh']);
    expect(longs('TL')).toEqual(['tỉnh lộ']);
  });

  it('falls back from a dotted form that is not a key to the bare acronym', () => {
    expect(longs('TP.')).toEqual(longs('TP'));
    expect(longs('UBND.')).toEqual(['Ủy ban nhân dân']);
  });

  it('treats a variant and the canonical form of one group alike with context', () => {
    expect(longs('Tp', 'Tp Vinh là đô thị loại I.')).toEqual(['thành phố']);
  });

  it('uses the occurrence typed as a variant for adjacent cues', () => {
    expect(longs('Đ/c', 'Đ/c Nguyễn Văn An phát biểu.')).toEqual(['đồng chí']);
  });
});

describe('resolveBuiltin', () => {
  it('reports whether the context decided', () => {
    expect(resolveBuiltin('BCT', 'Ủy viên BCT').isDecided).toBe(true);
    expect(resolveBuiltin('BCT', 'BCT họp.').isDecided).toBe(false);
    expect(resolveBuiltin('UBND', 'UBND tỉnh').isDecided).toBe(false);
  });

  it('resolves several acronyms of one paragraph (cached fold) independently', () => {
    const paragraph = 'Ủy viên BCT dự lễ. Trưởng BTC giải chạy phát biểu. Xe mang BKS 30A-123.45 bị giữ.';
    expect(longs('BCT', paragraph)).toEqual(['Bộ Chính trị']);
    expect(longs('BTC', paragraph)).toEqual(['Ban tổ chức']);
    expect(longs('BKS', paragraph)).toEqual(['biển kiểm soát']);
  });
});

describe('hasBuiltin, builtinAcronyms, builtinSize', () => {
  it('hasBuiltin agrees with lookupBuiltin', () => {
    for (const form of ['UBND', 'GD-ĐT', 'TP HCM', 'KT.', 'TP.', 'ca', 'XYZQ', '']) {
      expect(hasBuiltin(form), form).toBe(lookupBuiltin(form).length > 0);
    }
  });

  it('finds every entry and every variant', () => {
    for (const e of builtinAcronyms()) {
      expect(hasBuiltin(e.short), e.short).toBe(true);
      expect(lookupBuiltin(e.short).some((m) => m.long === e.long), e.short).toBe(true);
      for (const v of e.variants ?? []) expect(lookupBuiltin(v).some((m) => m.long === e.long), v).toBe(true);
    }
  });

  it('builtinSize counts entries', () => {
    expect(builtinSize()).toBe(builtinAcronyms().length);
  });
});

describe('shortFormKey', () => {
  it.each([
    ['GD & ĐT', 'GD&ĐT'],
    ['KT – XH', 'KT-XH'],
    ['TP.  HCM', 'TP.HCM'],
    [' UBND ', 'UBND'],
    ['NQ / TW', 'NQ/TW'],
    ['BCH\u00A0TW', 'BCH TW'],
  ])('%s -> %s', (raw, expected) => {
    expect(shortFormKey(raw)).toBe(expected);
  });
});
