// Organisations in the panel, read through the article's one acronym resolution: the article's own definitions,
// then the reader's dictionary, then the built-in one (the resolver the tooltips and read-aloud use).
import { describe, expect, it } from 'vitest';
import { AcronymResolver, extractKeyFacts, findAcronymDefinitions, type UserAcronym } from '../../../../../src/core/index';
import { organisationItems, spellAcronyms } from '../../../../../src/content/features/summary/organisations';

const DEMO_LEAD =
  'Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân (UBND) tỉnh phối hợp Ban Dân vận Tỉnh ủy (BDVTU) tổ chức hội nghị ' +
  'trực tuyến với các địa phương trong tỉnh triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019.\n' +
  'Năm 2018, Ban Cán sự Đảng UBND tỉnh và BDVTU phối hợp chỉ đạo triển khai, thực hiện NDVCQ.';

function resolverOf(text: string, user: UserAcronym[] = []): AcronymResolver {
  return new AcronymResolver({ page: findAcronymDefinitions(text), user });
}

function itemsOf(text: string, user: UserAcronym[] = []): ReturnType<typeof organisationItems> {
  const resolver = resolverOf(text, user);
  const facts = extractKeyFacts(text, { acronyms: (short, context) => resolver.resolve(short, context)?.expansion });
  return organisationItems(facts.organisations, text, resolver);
}

describe('organisations of an article, through its acronym resolution', () => {
  it('spells out the acronyms in a name from the article itself', () => {
    expect(spellAcronyms('Ban Cán sự Đảng UBND tỉnh', resolverOf(DEMO_LEAD))).toBe('Ban Cán sự Đảng Ủy ban nhân dân tỉnh');
    expect(spellAcronyms('Bộ Công an', resolverOf(DEMO_LEAD))).toBeUndefined();
  });

  it('lists each body once with its acronym, and leaves out what is not a body (a campaign)', () => {
    const items = itemsOf(DEMO_LEAD);
    expect(items).toContainEqual({ main: 'BDVTU', detail: 'Ban Dân vận Tỉnh ủy' });
    expect(items.find((i) => i.main.startsWith('UBND'))?.detail).toMatch(/^Ủy ban nhân dân/);
    expect(items.map((i) => i.main)).not.toContain('NDVCQ');
    // "UBND tỉnh" and "Ủy ban nhân dân (UBND)" are one organisation; "UBND" is not listed again on its own.
    expect(items.filter((i) => i.main === 'UBND' || i.main === 'UBND tỉnh' || i.main.startsWith('Ủy ban nhân dân'))).toHaveLength(1);
  });

  it('uses the built-in dictionary for acronyms the article does not define', () => {
    const items = itemsOf('Sáng nay, HĐND tỉnh khai mạc kỳ họp thứ 9.');
    expect(items[0]?.main).toBe('HĐND tỉnh');
    expect(items[0]?.detail).toMatch(/^Hội đồng nhân dân/);
  });

  it("uses the reader's dictionary before the built-in one, as the tooltips do", () => {
    const user: UserAcronym[] = [{ short: 'BQLDA', long: 'Ban Quản lý dự án giao thông' }];
    const items = itemsOf('Chiều 3-4, BQLDA bàn giao mặt bằng cho nhà thầu.', user);
    expect(items).toContainEqual({ main: 'BQLDA', detail: 'Ban Quản lý dự án giao thông' });
  });
});
