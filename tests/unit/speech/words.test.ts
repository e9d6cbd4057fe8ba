// The word-level helpers of speech: numbers as words, Roman numerals, letter names, stray keystrokes.
import { describe, expect, it } from 'vitest';
import { readDigits, readMonth, readNumber, readOrdinal } from '../../../src/core/speech/number-words';
import { parseRoman } from '../../../src/core/speech/roman';
import { letterName, spellOut } from '../../../src/core/speech/letters';
import { repairTelex, repairVni } from '../../../src/core/speech/keystrokes';

describe('readNumber (read-vietnamese-number with Vietnamese separators)', () => {
  it.each([
    ['0', 'không'],
    ['10', 'mười'],
    ['15', 'mười lăm'],
    ['21', 'hai mươi mốt'],
    ['24', 'hai mươi tư'],
    ['105', 'một trăm linh năm'],
    ['2005', 'hai nghìn không trăm linh năm'],
    ['2019', 'hai nghìn không trăm mười chín'],
    ['1.500', 'một nghìn năm trăm'],
    ['125.000', 'một trăm hai mươi lăm nghìn'],
    ['1.000.000', 'một triệu'],
    ['1.000.000.000', 'một tỷ'],
    ['19,12', 'mười chín phẩy mười hai'],
    ['3,05', 'ba phẩy không năm'],
    ['1.234,5', 'một nghìn hai trăm ba mươi tư phẩy năm'],
  ])('%s → %s', (written, words) => {
    expect(readNumber(written)).toBe(words);
  });

  it('reads numbers too long to be quantities digit by digit', () => {
    expect(readNumber('1234567890123456')).toBe('một hai ba bốn năm sáu bảy tám chín không một hai ba bốn năm sáu');
  });

  it('reads codes digit by digit, ordinals and months the Vietnamese way', () => {
    expect(readDigits('0912')).toBe('không chín một hai');
    expect(readOrdinal(1)).toBe('nhất');
    expect(readOrdinal(4)).toBe('tư');
    expect(readOrdinal(14)).toBe('mười bốn');
    expect(readMonth(4)).toBe('tư');
    expect(readMonth(12)).toBe('mười hai');
  });
});

describe('parseRoman', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['XIII', 13],
    ['XV', 15],
    ['XXI', 21],
    ['MMXXVI', 2026],
  ])('%s = %i', (roman, value) => {
    expect(parseRoman(roman)).toBe(value);
  });

  it.each(['', 'IIII', 'VX', 'IC', 'ABC', 'xiii', 'MMMM', 'M'.repeat(16)])('rejects %s', (s) => {
    expect(parseRoman(s)).toBeNull();
  });
});

describe('letter names', () => {
  it('names Latin and Vietnamese letters', () => {
    expect(letterName('N')).toBe('en');
    expect(letterName('Đ')).toBe('đê');
    expect(letterName('w')).toBe('vê kép');
    expect(letterName('Ω')).toBeUndefined();
  });

  it('spells forms with digits and connectors', () => {
    expect(spellOut('UBND')).toBe('u bê en dê');
    expect(spellOut('HĐND')).toBe('hát đê en dê');
    expect(spellOut('H5N1')).toBe('hát năm en một');
    expect(spellOut('GD&ĐT')).toBe('giê dê và đê tê');
    expect(spellOut('KT-XH')).toBe('ca tê ích hát');
  });
});

describe('stray keystrokes', () => {
  it.each([
    ['bi3e63u', 'biểu'],
    ['Vie65t', 'Việt'],
    ['ngu7o72i', 'người'],
    ['d9a6y', 'đây'],
    ['to6i1', 'tối'],
  ])('VNI %s → %s', (word, repaired) => {
    expect(repairVni(word)).toBe(repaired);
  });

  it.each(['H5N1', 'A4', 'co2', 'B52', 'K15', 'mp3', 'biểu', 'a0b', '3G'])('VNI leaves %s', (word) => {
    expect(repairVni(word)).toBeNull();
  });

  it.each([
    ['vieejt', 'việt'],
    ['ddaay', 'đây'],
    ['nguwowif', 'người'],
    ['Tieengs', 'Tiếng'],
  ])('Telex %s → %s', (word, repaired) => {
    expect(repairTelex(word)).toBe(repaired);
  });

  it.each(['Facebook', 'Google', 'tulip', 'Ecuador', 'việt', 'OOPS', 'coffee', 'ounce'])('Telex leaves %s', (word) => {
    expect(repairTelex(word)).toBeNull();
  });
});
