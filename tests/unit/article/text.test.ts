import { describe, expect, it } from 'vitest';
import { hostMatches, isValidHostPattern, normalizeText, stripDateline } from '../../../src/core/article/index';
import { isListingUrl } from '../../../src/core/article/urls';
import { decodeEntities } from '../../../src/core/article/metadata';
import { comparableText, isAllCaps, textSimilarity } from '../../../src/core/article/text';

describe('normalizeText', () => {
  it('collapses whitespace including no-break spaces, and trims', () => {
    expect(normalizeText('  Nghị định\u00a0 số\n\t57 ')).toBe('Nghị định số 57');
  });
  it('composes to NFC and drops zero-width characters', () => {
    expect(normalizeText('Kie\u0302\u0301n\u200b Giang\ufeff')).toBe('Kiến Giang');
  });
});

describe('stripDateline', () => {
  it.each([
    ['(Chinhphu.vn) - Tháng 3/2026 có nhiều chính sách mới', 'Tháng 3/2026 có nhiều chính sách mới'],
    ['(NLĐO)- Không ít hộ kinh doanh chưa quen', 'Không ít hộ kinh doanh chưa quen'],
    ['ĐNO - HĐND thành phố vừa ban hành Nghị quyết', 'HĐND thành phố vừa ban hành Nghị quyết'],
    ['(KGO) - Hôm qua, 27-5, Ban Cán sự Đảng', 'Hôm qua, 27-5, Ban Cán sự Đảng'],
    ['(Dân trí) - Giá vàng trong nước tiếp tục giảm', 'Giá vàng trong nước tiếp tục giảm'],
    ['TTO - Sáng 7-3, giá hoa tăng', 'Sáng 7-3, giá hoa tăng'],
    ['(Moit.gov.vn) – Trước diễn biến phức tạp', 'Trước diễn biến phức tạp'],
  ])('removes the dateline of %s', (input, output) => {
    expect(stripDateline(input)).toBe(output);
  });
  it.each([
    'Hà Nội - nơi hội tụ tinh hoa',
    'UBND tỉnh vừa ban hành kế hoạch',
    'COVID-19 vẫn diễn biến phức tạp',
    'Theo đó, thành phố kéo dài thời gian',
    '(08:34 | 28/05/2019)',
  ])('leaves ordinary openings alone: %s', (input) => {
    expect(stripDateline(input)).toBe(input);
  });
});

describe('text comparison', () => {
  it('compares titles across punctuation and case', () => {
    expect(comparableText('Giá vàng giảm, vẫn cao hơn thế giới!')).toBe('giá vàng giảm vẫn cao hơn thế giới');
    expect(
      textSimilarity(
        'Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới',
        'Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế',
      ),
    ).toBeGreaterThan(0.6);
    expect(textSimilarity('Tin tức - Sự kiện', 'Giá vàng giảm mạnh')).toBe(0);
  });
  it('recognises names in capitals', () => {
    expect(isAllCaps('QUỐC TRINH')).toBe(true);
    expect(isAllCaps('TTXVN')).toBe(true);
    expect(isAllCaps('Hà Thu (tổng hợp)')).toBe(false);
    expect(isAllCaps('2026')).toBe(false);
  });
  it('decodes entities in JSON-LD, also when encoded twice', () => {
    expect(decodeEntities('Ch&#237;nh s&#xE1;ch')).toBe('Chính sách');
    expect(decodeEntities('Chi&amp;#7871;n s&amp;#7921;')).toBe('Chiến sự');
  });
});

describe('host patterns', () => {
  it('validates patterns', () => {
    for (const ok of ['baochinhphu.vn', '*.gov.vn', 'moit.gov.vn', 'xn--bo-hng-yen-abc.vn']) expect(isValidHostPattern(ok)).toBe(true);
    for (const bad of ['', 'vn', '*.', 'https://baochinhphu.vn', 'bao chinh phu.vn', '*baochinhphu.vn', 'BaoChinhPhu.vn', 'a.*.vn']) {
      expect(isValidHostPattern(bad), bad).toBe(false);
    }
  });
  it('matches exact hosts with their www twin, and wildcards on subdomains only', () => {
    expect(hostMatches('qdnd.vn', 'qdnd.vn')).toBe(true);
    expect(hostMatches('qdnd.vn', 'www.qdnd.vn')).toBe(true);
    expect(hostMatches('qdnd.vn', 'm.qdnd.vn')).toBe(false);
    expect(hostMatches('qdnd.vn', 'fakeqdnd.vn')).toBe(false);
    expect(hostMatches('*.gov.vn', 'kiengiang.gov.vn')).toBe(true);
    expect(hostMatches('*.gov.vn', 'sotc.kiengiang.gov.vn')).toBe(true);
    expect(hostMatches('*.gov.vn', 'gov.vn')).toBe(false);
    expect(hostMatches('*.gov.vn', 'notgov.vn')).toBe(false);
  });
});

describe('isListingUrl', () => {
  it.each([
    'https://kiengiang.gov.vn/',
    'https://kiengiang.gov.vn/Pages/default.aspx',
    'https://dienbien.gov.vn/portal/Pages/default.aspx',
    'https://example.gov.vn/trang-chu',
    'https://moit.gov.vn/tim-kiem.aspx?k=x%C4%83ng',
    'https://baochinhphu.vn/search?q=thue',
  ])('refuses home and search pages: %s', (url) => {
    expect(isListingUrl(url)).toBe(true);
  });
  it.each([
    'https://kiengiang.gov.vn/Pages/default.aspx?ItemID=27311',
    'https://vnexpress.net/tim-kiem-cuu-nan-nguoi-mat-tich-4954454.html',
    'https://baochinhphu.vn/chinh-sach-moi-co-hieu-luc-tu-thang-3-2026-102260228093004191.htm',
    'about:blank',
    'not a url',
  ])('keeps article URLs: %s', (url) => {
    expect(isListingUrl(url)).toBe(false);
  });
  it('does not throw on a malformed percent escape in the path (detection must go on)', () => {
    expect(isListingUrl('https://example.gov.vn/tin-tuc/%E0%A4%A')).toBe(false);
    expect(isListingUrl('https://example.gov.vn/tim-kiem%E0%A4%A')).toBe(false);
  });
});
