// Organisations with acronyms spelled out: the article's own definitions first, then the built-in dictionary.
import { describe, expect, it } from 'vitest';
import { AcronymExpander, listOrganisations } from '../../../src/content/features/summary/organisations';

const DEMO_LEAD =
  'Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân (UBND) tỉnh phối hợp Ban Dân vận Tỉnh ủy (BDVTU) tổ chức hội nghị ' +
  'trực tuyến với các địa phương trong tỉnh triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019.\n' +
  'Năm 2018, Ban Cán sự Đảng UBND tỉnh và BDVTU phối hợp chỉ đạo triển khai, thực hiện NDVCQ.';

describe('organisations of an article', () => {
  it('expands acronyms from the article itself', () => {
    const expander = new AcronymExpander(DEMO_LEAD);
    expect(expander.lookup('BDVTU')?.long).toBe('Ban Dân vận Tỉnh ủy');
    expect(expander.expand('Ban Cán sự Đảng UBND tỉnh')).toBe('Ban Cán sự Đảng Ủy ban nhân dân tỉnh');
  });

  it('lists bodies with their long forms, once each, and leaves out what is not a body (a campaign)', () => {
    const items = listOrganisations(DEMO_LEAD);
    expect(items).toContainEqual({ name: 'UBND', expanded: 'Ủy ban nhân dân' });
    expect(items).toContainEqual({ name: 'BDVTU', expanded: 'Ban Dân vận Tỉnh ủy' });
    expect(items.map((i) => i.name)).not.toContain('NDVCQ');
    expect(new Set(items.map((i) => i.name)).size).toBe(items.length);
  });

  it('uses the built-in dictionary for acronyms the article does not define', () => {
    const items = listOrganisations('Sáng nay, HĐND tỉnh khai mạc kỳ họp thứ 9.');
    expect(items[0]?.name).toBe('HĐND');
    expect(items[0]?.expanded).toMatch(/^Hội đồng nhân dân/);
  });

  it('expands acronyms inside names it is given', () => {
    const items = listOrganisations(DEMO_LEAD, ['Ban Cán sự Đảng UBND tỉnh']);
    expect(items[0]).toEqual({ name: 'Ban Cán sự Đảng UBND tỉnh', expanded: 'Ban Cán sự Đảng Ủy ban nhân dân tỉnh' });
    // UBND is covered by the given name and not listed again on its own.
    expect(items.filter((i) => i.name === 'UBND')).toHaveLength(0);
  });
});
