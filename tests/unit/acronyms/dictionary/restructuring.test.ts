import { describe, expect, it } from 'vitest';
import { builtinAcronyms, lookupBuiltin } from '../../../../src/core/acronyms/index';
import type { BuiltinEntry } from '../../../../src/core/acronyms/index';

const entries = builtinAcronyms();

function only(short: string, long?: string): BuiltinEntry {
  const found = entries.filter((e) => e.short === short && (long === undefined || e.long === long));
  expect(found, `${short} ${long ?? ''}`).toHaveLength(1);
  return found[0] as BuiltinEntry;
}

// Bodies that ceased to exist under their old name in 2025: the historical expansion stays (old articles use it),
// with a status, a date, the body that carries on and a note for the tooltip.
// [acronym, expansion, status, successor]
const GONE_2025: ReadonlyArray<readonly [string, string, string, string]> = [
  // Rows flagged R2025 in the candidate list.
  ['BKHĐT', 'Bộ Kế hoạch và Đầu tư', 'merged', 'Bộ Tài chính'],
  ['BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn', 'merged', 'Bộ Nông nghiệp và Môi trường'],
  ['BTNMT', 'Bộ Tài nguyên và Môi trường', 'merged', 'Bộ Nông nghiệp và Môi trường'],
  ['BGTVT', 'Bộ Giao thông vận tải', 'merged', 'Bộ Xây dựng'],
  ['BTTTT', 'Bộ Thông tin và Truyền thông', 'merged', 'Bộ Khoa học và Công nghệ'],
  ['BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội', 'merged', 'Bộ Nội vụ'],
  ['UBDT', 'Ủy ban Dân tộc', 'merged', 'Bộ Dân tộc và Tôn giáo'],
  ['BTG', 'Ban Tuyên giáo', 'merged', 'Ban Tuyên giáo và Dân vận'],
  ['TT-Huế', 'Thừa Thiên Huế', 'renamed', 'thành phố Huế'],
  // Same restructuring, found while checking the rest of the list.
  ['BDV', 'Ban Dân vận', 'merged', 'Ban Tuyên giáo và Dân vận'],
  ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy', 'merged', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['BDVTU', 'Ban Dân vận Tỉnh ủy', 'merged', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['UBKT', 'Ủy ban Kinh tế', 'merged', 'Ủy ban Kinh tế và Tài chính'],
  ['STNMT', 'Sở Tài nguyên và Môi trường', 'merged', 'Sở Nông nghiệp và Môi trường'],
  ['SKHĐT', 'Sở Kế hoạch và Đầu tư', 'merged', 'Sở Tài chính'],
  ['SGTVT', 'Sở Giao thông vận tải', 'merged', 'Sở Xây dựng'],
  ['SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội', 'merged', 'Sở Nội vụ'],
  ['STTTT', 'Sở Thông tin và Truyền thông', 'merged', 'Sở Khoa học và Công nghệ'],
  ['BR-VT', 'Bà Rịa - Vũng Tàu', 'merged', 'Thành phố Hồ Chí Minh'],
  ['TCHQ', 'Tổng cục Hải quan', 'renamed', 'Cục Hải quan'],
  ['TCTK', 'Tổng cục Thống kê', 'renamed', 'Cục Thống kê'],
  ['PVN', 'Tập đoàn Dầu khí Việt Nam (PetroVietnam)', 'renamed', 'Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam'],
];

// The district level ended on 1 July 2025 (two-level local government): its units and Party committees.
const DISTRICT_LEVEL: ReadonlyArray<readonly [string, string]> = [
  ['HU', 'Huyện ủy'],
  ['QU', 'Quận ủy'],
  ['PGDĐT', 'Phòng Giáo dục và Đào tạo'],
  ['TX', 'thị xã'],
  ['H.', 'huyện'],
  ['Q.', 'quận'],
  ['TT.', 'thị trấn'],
  ['TT', 'thị trấn'],
];

// Bodies created in 2025, and bodies that took over others' work (current, with a note saying so).
const NEW_2025 = ['BNNMT', 'BDTTG', 'BTGDV', 'NN&MT'];
const ABSORBED_2025: ReadonlyArray<readonly [string, string]> = [
  ['BTC', 'Bộ Tài chính'],
  ['BNV', 'Bộ Nội vụ'],
  ['BXD', 'Bộ Xây dựng'],
  ['BKHCN', 'Bộ Khoa học và Công nghệ'],
  ['BYT', 'Bộ Y tế'],
  ['BGDĐT', 'Bộ Giáo dục và Đào tạo'],
  ['STC', 'Sở Tài chính'],
  ['SXD', 'Sở Xây dựng'],
  ['SNV', 'Sở Nội vụ'],
];

describe('2025 restructuring', () => {
  it.each(GONE_2025)('%s (%s) is %s into %s, with a dated note', (short, long, status, successor) => {
    const e = only(short, long);
    expect(e.status).toBe(status);
    expect(e.successor).toBe(successor);
    expect(e.since).toMatch(/^2025/);
    expect(e.note).toMatch(/2025/);
  });

  it.each(DISTRICT_LEVEL)('%s (%s) is marked abolished from 1/7/2025', (short, long) => {
    const e = only(short, long);
    expect(e.status).toBe('abolished');
    expect(e.since).toBe('2025-07-01');
    expect(e.note).toMatch(/1\/7\/2025/);
  });

  it.each(NEW_2025)('new body %s is present and current', (short) => {
    const e = only(short);
    expect(e.status).toBeUndefined();
    expect(e.note).toMatch(/2025/);
  });

  it.each(ABSORBED_2025)('%s (%s) is current and says what it took over', (short, long) => {
    const e = only(short, long);
    expect(e.status).toBeUndefined();
    expect(e.note).toMatch(/2025/);
  });

  it('names ministry successors that are themselves in the dictionary as current bodies', () => {
    for (const e of entries.filter((x) => x.category === 'ministry' && x.status === 'merged' && x.short.startsWith('B'))) {
      const successor = entries.find((x) => x.long === e.successor);
      expect(successor, `${e.short} -> ${e.successor ?? '?'}`).toBeDefined();
      expect(successor?.status).toBeUndefined();
    }
  });

  it('lookup carries the status and note to the tooltip', () => {
    const [meaning] = lookupBuiltin('BKHĐT');
    expect(meaning).toMatchObject({
      short: 'BKHĐT',
      long: 'Bộ Kế hoạch và Đầu tư',
      status: 'merged',
      successor: 'Bộ Tài chính',
    });
    expect(meaning?.note).toContain('Bộ Tài chính');
  });

  it('keeps the historical expansion of ambiguous acronyms next to the current one', () => {
    const meanings = lookupBuiltin('UBKT');
    expect(meanings.map((m) => m.status)).toEqual([undefined, 'merged']);
  });
});
