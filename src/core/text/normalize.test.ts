import { describe, expect, it } from 'vitest';
import { foldDiacritics, nfc, nfd, syllableSpans, syllables } from './normalize';

describe('nfc', () => {
  it('composes decomposed tone marks', () => {
    const decomposed = 'Kie\u0302\u0301n Giang';
    expect(decomposed).not.toBe('Kiến Giang');
    expect(nfc(decomposed)).toBe('Kiến Giang');
  });
});

describe('foldDiacritics', () => {
  it('removes tones and vowel marks', () => {
    expect(foldDiacritics('Ủy ban nhân dân')).toBe('Uy ban nhan dan');
    expect(foldDiacritics('ơ ư â ă ê ô')).toBe('o u a a e o');
    expect(foldDiacritics('Trưởng BDVTU')).toBe('Truong BDVTU');
    expect(foldDiacritics('HỒ SƠ')).toBe('HO SO');
  });
  it('keeps Đ and đ distinct from D and d', () => {
    expect(foldDiacritics('Đảng đoàn')).toBe('Đang đoan');
    expect(foldDiacritics('ĐT')).not.toBe(foldDiacritics('DT'));
  });
  it('handles NFD input', () => {
    expect(foldDiacritics('Vie\u0323\u0302t')).toBe('Viet');
  });
});

describe('syllables', () => {
  it('splits on whitespace and trims edge punctuation', () => {
    expect(syllables('Hôm qua, 27-5, Ban Cán sự Đảng (UBND) tỉnh.')).toEqual([
      'Hôm', 'qua', '27-5', 'Ban', 'Cán', 'sự', 'Đảng', 'UBND', 'tỉnh',
    ]);
  });
  it('keeps numbers, dates and compact names whole and drops lone dashes', () => {
    expect(syllables('đạt 99,57% – 1.500 hồ sơ ngày 28/05/2019 tại TP.HCM')).toEqual([
      'đạt', '99,57', '1.500', 'hồ', 'sơ', 'ngày', '28/05/2019', 'tại', 'TP.HCM',
    ]);
  });
  it('applies NFC', () => {
    expect(syllables('Kie\u0302\u0301n')).toEqual(['Kiến']);
  });
  it('returns nothing for punctuation-only text', () => {
    expect(syllables(' … – ” ')).toEqual([]);
  });
});

describe('syllableSpans', () => {
  it('gives offsets of the trimmed token in the original string', () => {
    const s = '“Năm dân vận chính quyền” (NDVCQ)';
    const spans = syllableSpans(s);
    expect(spans.map((t) => t.text)).toEqual(['Năm', 'dân', 'vận', 'chính', 'quyền', 'NDVCQ']);
    for (const t of spans) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('hostile text stays linear', () => {
  it('composes and folds a base with 50,000 alternating combining marks (NFC/NFD reorder such runs in quadratic time)', () => {
    const s = `a${'\u0301\u0323'.repeat(25_000)}b`;
    // Each stream-safe piece composes on its own (a few marks fold into the letters before them).
    expect(nfc(s).length).toBeGreaterThan(s.length - 10);
    expect(nfc(s).length).toBeLessThanOrEqual(s.length);
    expect(foldDiacritics(s)).toBe('ab');
    expect(nfd('ắ')).toBe('a\u0306\u0301');
  });
  it('gives exactly String.normalize on every ordinary text', () => {
    for (const text of ['Kie\u0302\u0301n Giang', 'Ủy ban nhân dân', 'Uỷ ban', 'x\u0323\u0301y', 'Đ\u0300']) {
      expect(nfc(text)).toBe(text.normalize('NFC'));
      expect(nfd(text)).toBe(text.normalize('NFD'));
    }
  });
});
