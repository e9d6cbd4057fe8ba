// The fixed rule that picks articles for the key-fact evaluation from a data file: Vietnamese state affairs by title
// (a state body, office or level of government named, and no foreign country named without Việt Nam), in the order
// of the SHA-1 of their id. Shared by select-articles.ts (vn-sum-dev) and select-test-articles.ts (vn-sum-test), so
// that both sets are chosen the same way.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Words in a title that name a Vietnamese state body, office or level of government. */
const STATE_WORDS = [
  'Thủ tướng', 'Chính phủ', 'Quốc hội', 'Bộ ', 'bộ ', 'Bộ trưởng', 'Thứ trưởng', 'Sở ', 'Cục ', 'cục ', 'UBND', 'HĐND',
  'Chủ tịch', 'chủ tịch', 'Bí thư', 'bí thư', 'Tổng bí thư', 'Thanh tra', 'thanh tra', 'Tỉnh uỷ', 'Thành uỷ',
  'tỉnh', 'quận', 'huyện', 'phường', 'xã ', 'TP. HCM', 'TP HCM', 'Hà Nội', 'Đà Nẵng', 'Thừa Thiên', 'Sơn La',
  'công chức', 'cán bộ', 'nhà nước', 'Nhà nước', 'đại biểu', 'ĐBQH', 'Ngân hàng Nhà nước', 'Chi cục', 'BHXH',
];
/** Countries and foreign leaders: a title naming one and not Việt Nam is foreign news. */
const FOREIGN_WORDS = [
  'Mỹ', 'Trump', 'Trung Quốc', 'Nga', 'Anh', 'Ý', 'Tây Ban Nha', 'Catalonia', 'Venezuela', 'Hong Kong', 'Đài Loan',
  'Canada', 'Brazil', 'Malaysia', 'Pakistan', 'Nhật', 'Hàn Quốc', 'Indonesia', 'Interpol', 'Pháp', 'Hun Sen',
  'Yingluck', 'Na Uy', 'Cuba', 'Australia', 'FBI', 'Lào', 'CLMV', 'APEC', 'Singapore',
];

export function isStateAffairs(title: string): boolean {
  const padded = ` ${title} `;
  const isForeign = FOREIGN_WORDS.some((w) => new RegExp(`[^\\p{L}]${w}[^\\p{L}]`, 'u').test(padded));
  if (isForeign && !padded.includes('Việt Nam')) return false;
  return STATE_WORDS.some((w) => padded.includes(w));
}

/** The ids of the state-affairs articles of a JSON-lines data file, in SHA-1 order of the id. */
export function stateAffairsIds(path: string): { ids: string[]; total: number } {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; title: string });
  const ids = rows
    .filter((r) => isStateAffairs(r.title))
    .map((r) => ({ id: r.id, order: createHash('sha1').update(r.id).digest('hex') }))
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((r) => r.id);
  return { ids, total: rows.length };
}
