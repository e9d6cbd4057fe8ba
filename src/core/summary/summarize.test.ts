import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences, syllables } from '../text/index';
import { readdirSync } from 'node:fs';
import { MAX_SENTENCE_CHARS, summarize, summarizePrepared, summaryPreparation } from './summarize';
import { SENTENCES_PER_STEP } from './steps';

const seed = readFileSync(new URL('../../../tests/unit/summary/facts/kiengiang-nam-dan-van-chinh-quyen.txt', import.meta.url), 'utf8');
const seedTitle = 'Góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế, xã hội của tỉnh';

function indexIn(text: string, sentences: readonly string[]): number[] {
  const all = splitSentences(text).map((s) => s.text);
  return sentences.map((s) => all.indexOf(s));
}

describe('summarize', () => {
  it('returns nothing for empty or blank text', () => {
    expect(summarize('')).toEqual([]);
    expect(summarize(' \n\n \u00a0')).toEqual([]);
  });

  it('returns the only sentence of a one-sentence text', () => {
    expect(summarize('Hôm qua, 27-5, tỉnh tổ chức hội nghị triển khai kế hoạch năm 2019.')).toEqual([
      'Hôm qua, 27-5, tỉnh tổ chức hội nghị triển khai kế hoạch năm 2019.',
    ]);
  });

  it('returns sentences exactly as in the text, in article order', () => {
    for (const options of [{}, { title: seedTitle }, { maxSyllables: 120, maxSentences: 5 }]) {
      const out = summarize(seed, options);
      expect(out.length).toBeGreaterThan(0);
      const idx = indexIn(seed, out);
      expect(idx.every((i) => i >= 0)).toBe(true);
      expect([...idx].sort((a, b) => a - b)).toEqual(idx);
      expect(new Set(idx).size).toBe(idx.length);
    }
  });

  it('starts with the lead paragraph of the seed article, not the page furniture above it', () => {
    const [first] = summarize(seed);
    expect(first).toMatch(/^Hôm qua, 27-5, Ban Cán sự Đảng/);
  });

  it('never picks the title line or lines such as the dateline and "Xem với cỡ chữ"', () => {
    for (const options of [{}, { title: seedTitle }, { maxSyllables: 300, maxSentences: 20 }]) {
      for (const s of summarize(seed, options)) {
        expect(s).not.toBe(seedTitle);
        expect(s).not.toMatch(/^\(08:34|^Xem với cỡ chữ|^QUỐC TRINH|^Cổng thông tin/);
      }
    }
  });

  it('is deterministic', () => {
    expect(summarize(seed, { title: seedTitle })).toEqual(summarize(seed, { title: seedTitle }));
    expect(summarize(seed)).toEqual(summarize(seed));
  });

  it('respects the sentence limit and stops once the syllable budget is reached', () => {
    const out = summarize(seed, { maxSyllables: 60, maxSentences: 2 });
    expect(out.length).toBeLessThanOrEqual(2);
    const lengths = out.map((s) => syllables(s).length);
    // Every sentence but the last was added while the budget was not yet spent.
    const beforeLast = lengths.slice(0, -1).reduce((a, b) => a + b, 0);
    expect(beforeLast).toBeLessThan(60);
    expect(summarize(seed, { maxSentences: 1 })).toHaveLength(1);
  });

  it('adds sentences until a larger budget is filled', () => {
    const short = summarize(seed, { maxSyllables: 20, maxSentences: 10 });
    const long = summarize(seed, { maxSyllables: 200, maxSentences: 10 });
    const total = (xs: string[]): number => xs.reduce((a, s) => a + syllables(s).length, 0);
    expect(total(long)).toBeGreaterThanOrEqual(200);
    expect(total(long)).toBeGreaterThan(total(short));
  });

  it('handles decomposed (NFD) input and returns the text as given', () => {
    const nfd = seed.normalize('NFD');
    const out = summarize(nfd);
    expect(out.length).toBeGreaterThan(0);
    for (const s of out) expect(nfd.includes(s)).toBe(true);
  });

  it('falls back to short lines when the text has no prose at all', () => {
    const out = summarize('Trang chủ\nTin tức\nLiên hệ', { maxSentences: 2 });
    expect(out).toEqual(['Trang chủ', 'Tin tức']);
  });
});

describe('summaryPreparation + summarizePrepared (the panel prepares once, in steps, then picks each length)', () => {
  const dir = new URL('../../../tests/unit/summary/facts/', import.meta.url);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const budgets = [{}, { maxSyllables: 20, maxSentences: 1 }, { maxSyllables: 60, maxSentences: 3 }, { maxSyllables: 120, maxSentences: 5 }];

  it('gives exactly summarize() for every length, with and without a title, in many small steps', () => {
    expect(texts.length).toBeGreaterThan(3);
    const long = texts.join('\n');
    for (const text of [...texts, long]) {
      for (const title of [undefined, seedTitle]) {
        const steps = summaryPreparation(text, title ? { title } : {});
        let count = 0;
        let next = steps.next();
        for (; !next.done; next = steps.next()) count++;
        for (const budget of budgets) {
          expect(summarizePrepared(next.value, budget)).toEqual(summarize(text, { ...budget, ...(title ? { title } : {}) }));
        }
        // Tokenising goes a few sentences a step: a long text is many steps, none of them the whole text.
        expect(count).toBeGreaterThanOrEqual(Math.ceil(splitSentences(text).length / 20) + 3);
      }
    }
    // Eleven articles, their concatenation, two titles, four budgets: seconds of work on a loaded machine.
  }, 60_000);

  it('prepares nothing for a text without sentences', () => {
    const steps = summaryPreparation('  \n ');
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value).toBeNull();
    expect(summarizePrepared(next.value)).toEqual([]);
  });
});


describe('summaryPreparation on a 100,000-character sentence', () => {
  it('works through it in many small steps and gives exactly summarize()', () => {
    const sentence = `${'Sở Y tế tỉnh Kiên Giang cho biết 1.200 hồ sơ đạt 61,3%, '.repeat(1800)}xong.`;
    expect(sentence.length).toBeGreaterThan(100000);
    const steps = summaryPreparation(sentence);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    // At most MAX_SENTENCE_CHARS of the sentence is tokenised or scored per step.
    expect(count).toBeGreaterThan(sentence.length / MAX_SENTENCE_CHARS / SENTENCES_PER_STEP);
    expect(next.value?.sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(summarizePrepared(next.value)).toEqual(summarize(sentence));
  }, 60_000);
});
