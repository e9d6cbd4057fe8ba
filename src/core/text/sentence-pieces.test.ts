import { describe, expect, it } from 'vitest';
import { lineRanges, MAX_LINE_CHARS, sentencePieces, sentencesIn } from './sentence-pieces';
import { splitSentences } from './sentences';

const article = 'Sáng 27-5, Ban Dân vận Tỉnh ủy (BDVTU) họp. Tỷ lệ đạt 99,57%.\nHôm qua, đoàn đến TP. Rạch Giá!\n\nXong.';

describe('lineRanges and sentencesIn', () => {
  it('give exactly splitSentences for an article with ordinary lines', () => {
    const pieces = [...lineRanges(article)].flatMap(([start, end]) => sentencesIn(article, start, end));
    expect(pieces).toEqual(splitSentences(article));
  });

  it('cut a line longer than MAX_LINE_CHARS, at a clause boundary, into lines of at most that', () => {
    const long = 'Sở Y tế cho biết 1.200 hồ sơ đạt 61,3%, '.repeat(2000);
    const ranges = [...lineRanges(long)];
    expect(ranges.length).toBeGreaterThan(1);
    for (const [start, end] of ranges) {
      expect(end - start).toBeLessThanOrEqual(MAX_LINE_CHARS);
      const line = long.slice(start, end).trim();
      if (line !== '') expect(line.endsWith(',')).toBe(true);
    }
    expect(ranges.map(([s, e]) => long.slice(s, e)).join('')).toBe(long);
  });
});

describe('sentencePieces', () => {
  it('keeps a short sentence whole', () => {
    const [sentence] = splitSentences('Tỷ lệ hồ sơ trực tuyến đạt 61,3%.');
    expect([...sentencePieces(sentence!, 1500)]).toEqual([sentence]);
  });

  it('cuts a long sentence into trimmed pieces of at most the limit that point at their text', () => {
    const text = `${'Ủy ban nhân dân tỉnh Kiên Giang, '.repeat(400)}xong.`;
    const [sentence] = splitSentences(text);
    const pieces = [...sentencePieces(sentence!, 1500)];
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(1500);
      expect(text.slice(piece.start, piece.end)).toBe(piece.text);
      expect(piece.text).toBe(piece.text.trim());
      expect(piece.text.endsWith(',') || piece.text.endsWith('xong.')).toBe(true);
    }
  });

  it('cuts a sentence without spaces at the limit, never inside a surrogate pair', () => {
    const text = '😀'.repeat(2000);
    const pieces = [...sentencePieces({ text, start: 0, end: text.length }, 1001)];
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const piece of pieces) expect(piece.text.length % 2).toBe(0);
  });
});
