// What the panel shows for real pages: the sapo as the lead only where the page has one, key sentences that are
// exact sentences of the article (never the sapo), longer lengths never shorter than shorter ones.
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../../../src/core/index';
import { findLead, summarizeArticle, summaryElements, summaryText } from '../../../../../src/content/features/summary/compute';
import { locateSentence } from '../../../../../src/content/ui/locate';
import { SUMMARY_LENGTHS } from '../../../../../src/shared/settings';
import { loadPage, type PageName } from './pages';

const ARTICLES: PageName[] = ['demo', 'baochinhphu', 'vnexpress', 'qdnd'];

describe('summary content of real pages', () => {
  it.each([
    ['baochinhphu', 'Tháng 3/2026 có nhiều chính sách mới có hiệu lực'],
    ['vnexpress', 'Trung Quốc, Nhật Bản, Thái Lan hạn chế xuất khẩu nhiên liệu'],
    ['qdnd', 'Tết là thời điểm nhu cầu tiêu thụ các loại rượu, bia tăng ca'],
  ] as const)('%s: the sapo is the lead', (name, start) => {
    const { model } = loadPage(name);
    expect(findLead(model!)?.text.startsWith(start)).toBe(true);
  });

  it('demo page: no lead (its italic photo caption is not a sapo)', () => {
    const { model } = loadPage('demo');
    expect(model).not.toBeNull();
    expect(findLead(model!)).toBeNull();
  });

  it.each(ARTICLES)('%s: every key sentence is an exact sentence of the article text, outside the sapo', (name) => {
    const { model } = loadPage(name);
    const full = articleText(model!);
    const lead = findLead(model!)?.text ?? null;
    for (const length of SUMMARY_LENGTHS) {
      const sentences = summarizeArticle(model!, length);
      expect(sentences.length, `${name} ${length}`).toBeGreaterThan(0);
      for (const sentence of sentences) {
        expect(full.includes(sentence), sentence).toBe(true);
        expect(summaryText(model!).includes(sentence)).toBe(true);
        if (lead) expect(lead.includes(sentence), `${sentence} is in the sapo`).toBe(false);
      }
    }
  });

  // summarize() may choose other sentences for another budget (it is not bound to extend a shorter summary), but a
  // longer choice never gives the reader fewer sentences.
  it.each(ARTICLES)('%s: short ≤ medium ≤ long in sentences', (name) => {
    const { model } = loadPage(name);
    const [short, medium, long] = SUMMARY_LENGTHS.map((length) => summarizeArticle(model!, length));
    expect(short!.length).toBeLessThanOrEqual(medium!.length);
    expect(medium!.length).toBeLessThanOrEqual(long!.length);
  });

  it.each(ARTICLES)('%s: every key sentence is found on the live page', (name) => {
    const { model } = loadPage(name);
    for (const sentence of summarizeArticle(model!, 'long')) {
      const range = locateSentence(summaryElements(model!), sentence);
      expect(range, sentence).not.toBeNull();
    }
  });

  it('the demo home page has no article (so no button)', () => {
    expect(loadPage('demoHome').model).toBeNull();
  });
});
