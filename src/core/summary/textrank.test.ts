import { describe, expect, it } from 'vitest';
import { textRank } from './textrank';

const text = [
  'Tỉnh Kiên Giang tổ chức hội nghị triển khai kế hoạch dân vận chính quyền năm 2019.',
  'Hội nghị dân vận chính quyền có sự tham dự của lãnh đạo tỉnh và các huyện.',
  'Trời hôm nay nắng đẹp.',
  'Kế hoạch dân vận chính quyền năm 2019 tập trung vào cải cách hành chính ở các huyện.',
].join('\n');

describe('textRank', () => {
  it('prefers the sentences that share most with the others, in article order', () => {
    const out = textRank(text, 20);
    expect(out).not.toContain('Trời hôm nay nắng đẹp.');
    const all = text.split('\n');
    const idx = out.map((s) => all.indexOf(s));
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });
  it('stops once the budget is reached and is deterministic', () => {
    expect(textRank(text, 5)).toHaveLength(1);
    expect(textRank(text, 37)).toEqual(textRank(text, 37));
  });
  it('returns nothing for empty text', () => {
    expect(textRank('', 37)).toEqual([]);
  });
});
