// normalizeForSpeech / speechText: the cases from real pages, the offset map on every one of them, the acronym
// options, and input shapes a page may throw at it.
import { describe, expect, it } from 'vitest';
import { AcronymResolver } from '../../../src/core/acronyms/index';
import { normalizeForSpeech, speechText } from '../../../src/core/index';
import { expectValidSpeech } from './map-invariants';
import { ISSUE_CASES, PORTAL_CASES } from './normalize-cases';

describe('cases from real portal pages', () => {
  it('has at least 200 of them', () => {
    expect(PORTAL_CASES.length).toBeGreaterThanOrEqual(200);
  });

  it.each(PORTAL_CASES)('%s', (input, expected) => {
    const speech = speechText(input);
    expect(speech.text).toBe(expected);
    expectValidSpeech(input, speech);
  });

  it.each(PORTAL_CASES.slice(0, 40))('reads decomposed (NFD) text the same: %s', (input, expected) => {
    const nfd = input.normalize('NFD');
    const speech = speechText(nfd);
    expect(speech.text).toBe(expected);
    expectValidSpeech(nfd, speech);
  });
});

describe('forms the read-aloud feature lists', () => {
  it.each(ISSUE_CASES)('%s', (input, expected) => {
    const speech = speechText(input);
    expect(speech.text).toBe(expected);
    expectValidSpeech(input, speech);
  });

  it.each([
    ['27-5', 'hai mươi bảy tháng năm'],
    ['21', 'hai mươi mốt'],
    ['105', 'một trăm linh năm'],
    ['24', 'hai mươi tư'],
    ['1.500', 'một nghìn năm trăm'],
    ['125.000', 'một trăm hai mươi lăm nghìn'],
    ['1.000.000', 'một triệu'],
    ['19,12%', 'mười chín phẩy mười hai phần trăm'],
    ['3,5 triệu', 'ba phẩy năm triệu'],
    ['30-6', 'ba mươi tháng sáu'],
    ['08:34', 'tám giờ ba mươi tư phút'],
    ['14h30', 'mười bốn giờ ba mươi phút'],
    ['2021-2025', 'hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm'],
    ['15/2020/NĐ-CP', 'mười lăm năm hai nghìn không trăm hai mươi Nghị định của Chính phủ'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSpeech(input)).toBe(expected);
  });
});

describe('acronyms', () => {
  it('speaks the text’s own definition of an acronym the dictionary does not know', () => {
    expect(normalizeForSpeech('Ban Dân vận Tỉnh ủy (BDVTU) họp. Trưởng BDVTU phát biểu.')).toBe(
      'Ban Dân vận Tỉnh ủy họp. Trưởng Ban Dân vận Tỉnh ủy phát biểu.',
    );
  });

  it('spells an ambiguous acronym whose context does not decide', () => {
    // BCT: Bộ Chính trị, Bộ Công Thương, Ban Chấp hành… nothing here picks one.
    expect(normalizeForSpeech('BCT họp.')).toBe('bê xê tê họp.');
  });

  it('says the meaning the context decides, as the tooltip does', () => {
    expect(normalizeForSpeech('Ủy viên BCT')).toBe('Ủy viên Bộ Chính trị');
  });

  it('uses the acronyms map when given, over the built-in dictionary', () => {
    expect(normalizeForSpeech('BCT họp.', { acronyms: { BCT: 'Bộ Công Thương' } })).toBe('Bộ Công Thương họp.');
    expect(normalizeForSpeech('UBND xã', { acronyms: { UBND: 'Ủy ban nhân dân' } })).toBe('Ủy ban nhân dân xã');
    expect(normalizeForSpeech('HTX Tân Hiệp', { acronyms: { HTX: 'hợp tác xã' } })).toBe('hợp tác xã Tân Hiệp');
  });

  it('still uses the built-in dictionary for acronyms the map does not have', () => {
    expect(normalizeForSpeech('UBND và HTX', { acronyms: { HTX: 'hợp tác xã' } })).toBe('Ủy ban nhân dân và hợp tác xã');
  });

  it('uses a resolver the caller built for the article (page > user > built-in)', () => {
    const resolver = new AcronymResolver({
      page: [{ short: 'NDVCQ', long: 'Năm dân vận chính quyền' }],
      user: [{ short: 'BCT', long: 'Bộ Công Thương' }],
    });
    expect(normalizeForSpeech('thực hiện NDVCQ; BCT chỉ đạo', { resolver })).toBe(
      'thực hiện Năm dân vận chính quyền; Bộ Công Thương chỉ đạo',
    );
  });

  it('spells acronyms nobody explains with Vietnamese letter names, one word each', () => {
    expect(normalizeForSpeech('NDVCQ')).toBe('en dê vê xê quy');
    expect(normalizeForSpeech('cổ phiếu FLC')).toBe('cổ phiếu ép e lờ xê');
  });

  it('does not read a definition twice', () => {
    expect(normalizeForSpeech('Hội đồng nhân dân (HĐND) tỉnh')).toBe('Hội đồng nhân dân tỉnh');
    // Not a definition: the words before are something else.
    expect(normalizeForSpeech('đại diện (HĐND) tỉnh')).toBe('đại diện (Hội đồng nhân dân) tỉnh');
  });

  it('keeps all-caps Vietnamese words as words', () => {
    expect(normalizeForSpeech('BAN BIÊN TẬP')).toBe('BAN BIÊN TẬP');
    expect(normalizeForSpeech('NHẬT XUÂN - NGHI VŨ')).toBe('NHẬT XUÂN - NGHI VŨ');
  });
});

describe('sentence punctuation around abbreviations', () => {
  it('drops an abbreviation’s own dot inside a sentence, keeps a full stop at its end', () => {
    expect(normalizeForSpeech('ThS. Lê Hoa')).toBe('Thạc sĩ Lê Hoa');
    expect(normalizeForSpeech('các loại, v.v. Sau đó')).toBe('các loại, vân vân. Sau đó');
    expect(normalizeForSpeech('giao cho UBND. Sau đó')).toBe('giao cho Ủy ban nhân dân. Sau đó');
  });
});

describe('stray keystrokes', () => {
  it.each([
    ['bi3e63u', 'biểu'],
    ['Vie65t', 'Việt'],
    ['ngu7o72i', 'người'],
    ['d9a6y', 'đây'],
    ['vieejt', 'việt'],
    ['nguwowif', 'người'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSpeech(input)).toBe(expected);
  });

  it.each([
    ['H5N1', 'hát năm en một'],
    ['A4', 'A bốn'],
    ['CO2', 'xê o hai'],
    ['tulip', 'tulip'],
    ['Facebook', 'Facebook'],
  ])('leaves codes and foreign words as they are: %s', (word, expected) => {
    expect(normalizeForSpeech(word)).toBe(expected);
  });
});

describe('input a page may contain', () => {
  it('returns empty speech for empty or blank text', () => {
    expect(speechText('').text).toBe('');
    expect(speechText(' \n\t\u00a0').text).toBe('');
  });

  it('keeps characters no rule knows (symbols, other scripts, emoji)', () => {
    const input = 'Ghi chú: ✓ 😀 日本 Ω';
    const speech = speechText(input);
    expect(speech.text).toBe('Ghi chú: ✓ 😀 日本 Ω');
    expectValidSpeech(input, speech);
  });

  it('never passes markup characters to an engine', () => {
    expect(normalizeForSpeech('a < b > c & d')).toBe('a b c và d');
  });

  it('maps every spoken word back into the source', () => {
    const input = 'Hôm qua, 27-5, UBND tỉnh chi 1.500 triệu đồng (19,12%).';
    const speech = speechText(input);
    expect(speech.map.sourceRange(0, 3)).toEqual({ start: 0, end: 3 });
    const spoken = speech.text.indexOf('hai mươi bảy');
    expect(speech.map.sourceRange(spoken, spoken + 3)).toEqual({ start: 9, end: 13 });
    const ubnd = speech.text.indexOf('Ủy ban');
    expect(input.slice(speech.map.sourceRange(ubnd, ubnd + 2).start, speech.map.sourceRange(ubnd, ubnd + 2).end)).toBe('UBND');
  });
});
