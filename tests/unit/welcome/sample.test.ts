// The welcome page's sample is the seed article's own text, and its acronyms mean what the article defines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ACRONYM_SENTENCE, SAMPLE_PARAGRAPH, sampleAcronymPieces } from '../../../src/welcome/sample';

const DEMO = readFileSync(new URL('../../../demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html', import.meta.url), 'utf8');

describe('welcome sample', () => {
  it('is the demo article’s text, word for word', () => {
    expect(DEMO).toContain(SAMPLE_PARAGRAPH);
    // The sentence ends where the article's goes on with ";": up to there it is the article's.
    expect(DEMO).toContain(SAMPLE_ACRONYM_SENTENCE.slice(0, -1));
  });

  it('cuts the sentence into its text and its acronyms, explained by the article', () => {
    const pieces = sampleAcronymPieces();
    expect(pieces.map((p) => p.text).join('')).toBe(SAMPLE_ACRONYM_SENTENCE);
    const acronyms = pieces.flatMap((p) => ('resolution' in p ? [[p.text, p.resolution.expansion, p.resolution.source]] : []));
    expect(acronyms).toEqual([
      ['UBND', 'Ủy ban nhân dân', 'page'],
      ['BDVTU', 'Ban Dân vận Tỉnh ủy', 'page'],
      ['NDVCQ', 'Năm dân vận chính quyền', 'page'],
    ]);
  });
});
