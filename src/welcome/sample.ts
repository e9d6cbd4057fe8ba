// The sample text of the welcome page: the opening of the seed article (demo/kiengiang.gov.vn/tin-tuc/
// nam-dan-van-chinh-quyen.html, word for word: tests/unit/welcome/sample.test.ts checks it), on which the reader tries
// their text size and look, and whose acronyms they open with the real tooltip. Pure (core only).
import {
  AcronymResolver,
  findAcronymDefinitions,
  tokenizeAcronyms,
  type AcronymResolution,
} from '../core/index';

/** The article's first sentence: it defines UBND, BDVTU and NDVCQ in brackets. */
export const SAMPLE_PARAGRAPH =
  'Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân (UBND) tỉnh phối hợp Ban Dân vận Tỉnh ủy (BDVTU) tổ chức hội nghị trực tuyến với các địa phương trong tỉnh triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019.';

/** A later sentence of the article that uses the acronyms without explaining them: what readers meet. */
export const SAMPLE_ACRONYM_SENTENCE =
  'Phát biểu kết luận hội nghị, đồng chí Phạm Vũ Hồng cho rằng, năm 2018, Ban Cán sự Đảng UBND tỉnh và BDVTU triển khai NDVCQ phù hợp tình hình thực tế của tỉnh.';

export type SamplePiece = { text: string } | { text: string; resolution: AcronymResolution };

/**
 * The acronym sentence cut into plain text and acronyms, each with its meaning as Dễ Đọc resolves it on the
 * article: the definitions of the first sentence first (source "page"), then the built-in dictionary.
 */
export function sampleAcronymPieces(): SamplePiece[] {
  const resolver = new AcronymResolver({ page: findAcronymDefinitions(SAMPLE_PARAGRAPH) });
  const pieces: SamplePiece[] = [];
  let at = 0;
  for (const occurrence of tokenizeAcronyms(SAMPLE_ACRONYM_SENTENCE, resolver).known) {
    const resolution = resolver.resolve(occurrence.form, SAMPLE_ACRONYM_SENTENCE, occurrence.start);
    if (!resolution) continue;
    if (occurrence.start > at) pieces.push({ text: SAMPLE_ACRONYM_SENTENCE.slice(at, occurrence.start) });
    pieces.push({ text: occurrence.form, resolution });
    at = occurrence.end;
  }
  if (at < SAMPLE_ACRONYM_SENTENCE.length) pieces.push({ text: SAMPLE_ACRONYM_SENTENCE.slice(at) });
  return pieces;
}
