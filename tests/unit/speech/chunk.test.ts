// Chunks: sentences, long sentences cut at punctuation then word gaps, each with its source offsets.
import { describe, expect, it } from 'vitest';
import { chunkForSpeech, SPOKEN_CHARS_PER_SECOND, MAX_CHUNK_SECONDS } from '../../../src/core/speech/index';
import { expectValidSpeech } from './map-invariants';

const SEED_PARAGRAPH =
  'Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân (UBND) tỉnh phối hợp Ban Dân vận Tỉnh ủy (BDVTU) tổ chức hội nghị trực tuyến với các địa phương trong tỉnh triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019. Các đồng chí: Phạm Vũ Hồng - Phó Bí thư Tỉnh ủy, Bí thư Ban Cán sự Đảng, Chủ tịch UBND tỉnh; Lâm Hoàng Sa - Ủy viên Ban Thường vụ, Trưởng BDVTU, chủ trì hội nghị.';

// From the demo portal's second article (demo/kiengiang.gov.vn/tin-tuc/hoi-nghi-cai-cach-hanh-chinh.html), the first
// sentence shortened so that both fit in one chunk each.
const DEMO_PARAGRAPH =
  'Chiều 19-6, Ủy ban nhân dân (UBND) tỉnh tổ chức hội nghị trực tuyến sơ kết công tác cải cách hành chính (CCHC) 6 tháng đầu năm. Đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo CCHC tỉnh chủ trì hội nghị.';

// The seed's longest sentence: about 900 characters without a full stop.
const LONG_SENTENCE =
  'Về nhiệm vụ thực hiện kế hoạch NDVCQ 2019, đồng chí Phạm Vũ Hồng đề nghị các ngành, các cấp trong tỉnh triển khai ngay kế hoạch thực hiện; tiếp tục nâng cao hiệu lực, hiệu quả quản lý nhà nước; quán triệt chủ trương, chỉ đạo của Đảng và Nhà nước về công tác dân vận để tạo chuyển biến trong nhận thức và hành động của người đứng đầu cấp ủy, chính quyền, cơ quan, đơn vị và đội ngũ cán bộ, đảng viên trong mối quan hệ với dân; đảm bảo chính sách, pháp luật phù hợp thực tiễn, đáp ứng nguyện vọng, quyền và lợi ích chính đáng, hợp pháp của nhân dân; nâng cao trình độ nghiệp vụ, đạo đức công vụ, thái độ cán bộ, nhất là cán bộ trực tiếp thực hiện công việc liên quan đến dân.';

const LIMIT = MAX_CHUNK_SECONDS * SPOKEN_CHARS_PER_SECOND;

function expectChunksOf(text: string, chunks: ReturnType<typeof chunkForSpeech>): void {
  let at = 0;
  for (const chunk of chunks) {
    expect(chunk.text).toBe(text.slice(chunk.start, chunk.end));
    expect(chunk.start).toBeGreaterThanOrEqual(at);
    at = chunk.end;
    expectValidSpeech(text, chunk.speech);
    expect(chunk.speech.map.sourceRange(0, chunk.speech.text.length)).toEqual({ start: chunk.start, end: chunk.end });
  }
}

describe('chunkForSpeech', () => {
  it('gives one chunk per sentence when sentences are short', () => {
    const chunks = chunkForSpeech(DEMO_PARAGRAPH);
    expect(chunks.map((c) => c.sentence)).toEqual([0, 1]);
    expect(chunks[0]!.text.startsWith('Chiều 19-6')).toBe(true);
    expect(chunks[0]!.speech.text.startsWith('Chiều mười chín tháng sáu, Ủy ban nhân dân tỉnh')).toBe(true);
    expect(chunks[1]!.speech.text).toBe('Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh chủ trì hội nghị.');
    expectChunksOf(DEMO_PARAGRAPH, chunks);
  });

  it('cuts the seed’s first sentence (about 14 s at 16 characters a second) at a comma', () => {
    const chunks = chunkForSpeech(SEED_PARAGRAPH);
    expect(chunks.map((c) => c.sentence)).toEqual([0, 0, 1]);
    expect(chunks[0]!.speech.text.startsWith('Hôm qua, hai mươi bảy tháng năm,')).toBe(true);
    expect(chunks[2]!.speech.text).toContain('Trưởng Ban Dân vận Tỉnh ủy');
    expectChunksOf(SEED_PARAGRAPH, chunks);
  });

  it('resolves acronyms against the whole text: a definition in one sentence serves the next', () => {
    const [, second] = chunkForSpeech('Ban Dân vận Tỉnh ủy (BDVTU) họp. Trưởng BDVTU phát biểu.');
    expect(second!.speech.text).toBe('Trưởng Ban Dân vận Tỉnh ủy phát biểu.');
  });

  it('cuts a long sentence at punctuation so no chunk passes about 12 s', () => {
    const chunks = chunkForSpeech(LONG_SENTENCE);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.speech.text.length).toBeLessThanOrEqual(LIMIT);
      expect(chunk.estimatedSeconds).toBeLessThanOrEqual(MAX_CHUNK_SECONDS);
      expect(chunk.sentence).toBe(0);
      // Cut after punctuation: every chunk but the last ends with a mark.
    }
    for (const chunk of chunks.slice(0, -1)) expect(chunk.speech.text).toMatch(/[,;:]$/);
    expectChunksOf(LONG_SENTENCE, chunks);
  });

  it('cuts at word gaps when a phrase has no punctuation, never inside a number read aloud', () => {
    const text = `${'cán bộ '.repeat(60)}được 1.842.000 đồng ${'công chức '.repeat(40)}.`;
    const chunks = chunkForSpeech(text, { maxSeconds: 5 });
    for (const chunk of chunks) expect(chunk.speech.text.length).toBeLessThanOrEqual(5 * SPOKEN_CHARS_PER_SECOND);
    const withNumber = chunks.filter((c) => c.speech.text.includes('nghìn'));
    expect(withNumber).toHaveLength(1);
    expect(withNumber[0]!.speech.text).toContain('một triệu tám trăm bốn mươi hai nghìn đồng');
    expectChunksOf(text, chunks);
  });

  it('makes shorter chunks for slower speech', () => {
    const normal = chunkForSpeech(LONG_SENTENCE, { rate: 1 });
    const slow = chunkForSpeech(LONG_SENTENCE, { rate: 0.5 });
    expect(slow.length).toBeGreaterThan(normal.length);
    for (const chunk of slow) expect(chunk.speech.text.length).toBeLessThanOrEqual(LIMIT / 2);
  });

  it('cuts a single overlong token into pieces rather than losing it', () => {
    const code = 'A'.repeat(500);
    const chunks = chunkForSpeech(`Mã ${code} hết.`, { maxSeconds: 2 });
    expect(chunks.map((c) => c.speech.text).join(' ').length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(chunk.speech.text.length).toBeLessThanOrEqual(2 * SPOKEN_CHARS_PER_SECOND);
  });

  it('returns nothing for blank text', () => {
    expect(chunkForSpeech('  \n ')).toEqual([]);
  });

  it('keeps offsets into the text given, lines and all', () => {
    const text = 'Tiêu đề bài viết\n\nNgày 5/3, UBND tỉnh họp.';
    const chunks = chunkForSpeech(text);
    expect(chunks.map((c) => c.text)).toEqual(['Tiêu đề bài viết', 'Ngày 5/3, UBND tỉnh họp.']);
    expectChunksOf(text, chunks);
  });
});
