// The summary model's sentence features read Vietnamese cue phrases whatever letter follows them: a cue that ends
// in a non-ASCII letter ("chia sẻ", "bày tỏ", "nói") is found before a space or punctuation like any other.
import { describe, expect, it } from 'vitest';
import { DENSE_FEATURE_NAMES, denseFeatures, prepareSentences } from '../../../src/core/summary/sentence-features';

function hasAttribution(sentence: string): number {
  const rows = denseFeatures(prepareSentences([sentence]), { window: 37, idf: () => 1, probability: new Map() });
  return rows[0]![DENSE_FEATURE_NAMES.indexOf('hasAttribution')]!;
}

describe('sentence features: attribution cues', () => {
  it.each([
    'Ông Lâm Hoàng Sa chia sẻ rằng công tác dân vận có nhiều chuyển biến.',
    'Bà Thanh bày tỏ mong muốn được lắng nghe cử tri.',
    'Ông Thảo nói cử tri cần giám sát công trình.',
    'Người dân cho biết giá hoa tăng mạnh.',
    '“Đây là việc khó”, ông Thăng nói.',
  ])('finds the cue in "%s"', (sentence) => {
    expect(hasAttribution(sentence)).toBe(1);
  });

  it.each(['Ông nóiđùa.', 'Bộ chia sẻ dữ liệu'.replace('chia sẻ', 'chiasẻ'), 'Giá vàng tăng mạnh trong phiên.'])(
    'finds no cue in "%s"',
    (sentence) => {
      expect(hasAttribution(sentence)).toBe(0);
    },
  );
});
