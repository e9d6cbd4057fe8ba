// Roman numerals as state texts use them: "Đại hội XIII", "khóa XV", "quý I", "khu vực II", "thế kỷ XXI".
// Only in context: after one of these words a Roman numeral is a number; elsewhere "I", "V", "X", "CD" are
// letters, names or acronyms.

/** Numerals longer than this are not numbers in news text (MMMDCCCLXXXVIII has 15 letters). */
const MAX_ROMAN_LENGTH = 15;

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a canonical Roman numeral in capitals ("XIV" → 14), or null ("IIII", "VX", "IC", "Ii"). */
export function parseRoman(s: string): number | null {
  if (s.length === 0 || s.length > MAX_ROMAN_LENGTH) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = VALUES[s[i]!];
    if (value === undefined) return null;
    const next = i + 1 < s.length ? VALUES[s[i + 1]!] : undefined;
    if (next !== undefined && next > value) total -= value;
    else total += value;
  }
  if (total <= 0 || total >= 4000) return null;
  // Canonical only: the value written back must be the same letters (rejects "IIII", "VX", "IC").
  return toRoman(total) === s ? total : null;
}

const TABLE: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of TABLE) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * Words after which a Roman numeral is a number, lower case. Two-word cues are matched on the two words before
 * the numeral ("đại hội", "khu vực"); "thứ" makes it an ordinal ("lần thứ XIII").
 */
export const ROMAN_CUES: ReadonlySet<string> = new Set([
  'quý', 'khóa', 'khoá', 'chương', 'mục', 'phần', 'loại', 'hạng', 'cấp', 'nhóm', 'vùng', 'tập', 'đợt', 'kỳ', 'kì',
  'thứ', 'lần', 'đại hội', 'phụ lục', 'khu vực', 'thế kỷ', 'thế kỉ', 'giai đoạn', 'chuyên khoa', 'quân khu', 'quân đoàn',
  'trung ương', 'tiểu mục', 'bậc', 'độ',
]);
