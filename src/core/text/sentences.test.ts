import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function texts(s: string): string[] {
  return splitSentences(s).map((x) => x.text);
}

describe('splitSentences: offsets', () => {
  it('text is the trimmed slice of the original', () => {
    const s = '  Hôm qua, 27-5, tỉnh họp.   Năm 2018, tỷ lệ hộ nghèo giảm.  \n\n  Tại hội nghị, hai bên ký kết. ';
    const out = splitSentences(s);
    expect(out.map((x) => x.text)).toEqual([
      'Hôm qua, 27-5, tỉnh họp.',
      'Năm 2018, tỷ lệ hộ nghèo giảm.',
      'Tại hội nghị, hai bên ký kết.',
    ]);
    for (const x of out) {
      expect(s.slice(x.start, x.end)).toBe(x.text);
      expect(x.text).toBe(x.text.trim());
    }
  });
  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \u00a0\n')).toEqual([]);
  });
  it('treats NBSP and zero-width spaces as spaces', () => {
    expect(texts('Tỉnh họp.\u00a0Ông Hồng phát biểu.\u200b')).toEqual(['Tỉnh họp.', 'Ông Hồng phát biểu.']);
  });
});

describe('splitSentences: boundaries', () => {
  it('splits at . ! ? before a capital', () => {
    expect(texts('Tỉnh đã làm tốt. Còn gì nữa? Hãy cố gắng! Xin cảm ơn.')).toEqual([
      'Tỉnh đã làm tốt.', 'Còn gì nữa?', 'Hãy cố gắng!', 'Xin cảm ơn.',
    ]);
  });
  it('always splits at newlines, even without a period', () => {
    expect(texts('Hoạt động của lãnh đạo tỉnh\n(08:34 | 28/05/2019)\r\nHôm qua, 27-5, tỉnh họp')).toEqual([
      'Hoạt động của lãnh đạo tỉnh', '(08:34 | 28/05/2019)', 'Hôm qua, 27-5, tỉnh họp',
    ]);
  });
  it('splits before a digit and before an opening quote', () => {
    expect(texts('Tỉnh họp. 5 huyện tham dự. “Phải làm ngay”, ông nói.')).toEqual([
      'Tỉnh họp.', '5 huyện tham dự.', '“Phải làm ngay”, ông nói.',
    ]);
  });
  it('splits a sentence glued to the next one without a space', () => {
    expect(texts('dân chủ được mở rộng.Tuy nhiên còn chậm.')).toEqual(['dân chủ được mở rộng.', 'Tuy nhiên còn chậm.']);
  });
});

describe('splitSentences: abbreviations', () => {
  it.each([
    ['Đoàn công tác đến TP. HCM làm việc với lãnh đạo thành phố.'],
    ['Đoàn công tác đến TP. Hồ Chí Minh làm việc.'],
    ['Hội nghị tổ chức tại Tp. Rạch Giá hôm qua.'],
    ['Hội nghị tổ chức tại TP.HCM hôm qua.'],
    ['Báo cáo do Th.S Nguyễn Văn An trình bày.'],
    ['Báo cáo do ThS. Nguyễn Văn An trình bày.'],
    ['Phát biểu của PGS.TS. Trần Văn Bình được đánh giá cao.'],
    ['Phát biểu của GS.TS. Lê Thị Hoa được đánh giá cao.'],
    ['Theo TS. Phạm Minh Chính, cần cải cách thủ tục.'],
    ['BS. Lê Văn Tâm cho biết bệnh nhân đã ổn định.'],
    ['Đoàn đã đến St. Petersburg vào tháng trước.'],
    ['Các loại giấy tờ, hồ sơ, v.v. đều được số hóa.'],
    ['Ông Nguyễn V. A. cho biết sẽ khắc phục.'],
    ['Ông Nguyễn V. A. Trưởng phòng Nội vụ cho biết sẽ khắc phục.'],
  ])('keeps one sentence: %s', (s) => {
    expect(texts(s)).toEqual([s]);
  });
  it('still splits after TP.HCM at the end of a sentence', () => {
    expect(texts('Hội nghị diễn ra tại TP.HCM. Đại biểu đến từ 63 tỉnh.')).toEqual([
      'Hội nghị diễn ra tại TP.HCM.', 'Đại biểu đến từ 63 tỉnh.',
    ]);
  });
  it('splits after v.v. when a capitalised sentence follows (the list ended the sentence)', () => {
    expect(texts('Cần chuẩn bị giấy tờ, hồ sơ v.v. Ngoài ra, phải nộp phí.')).toEqual([
      'Cần chuẩn bị giấy tờ, hồ sơ v.v.', 'Ngoài ra, phải nộp phí.',
    ]);
  });
  it('keeps a list marker with its item', () => {
    expect(texts('1. Nội dung kế hoạch. 2. Tổ chức thực hiện.')).toEqual(['1. Nội dung kế hoạch.', '2. Tổ chức thực hiện.']);
    expect(texts('II. Nhiệm vụ trọng tâm')).toEqual(['II. Nhiệm vụ trọng tâm']);
  });
});

describe('splitSentences: news conventions', () => {
  it('keeps the attribution after a quotation', () => {
    expect(texts('"Cần rà soát, sửa đổi quy định, hậu kiểm…" - Thủ tướng gợi ý. Hội nghị kết thúc.')).toEqual([
      '"Cần rà soát, sửa đổi quy định, hậu kiểm…" - Thủ tướng gợi ý.', 'Hội nghị kết thúc.',
    ]);
    expect(texts('“Phải làm ngay.” – ông nói.')).toEqual(['“Phải làm ngay.” – ông nói.']);
  });
  it('does not split after dotted initials', () => {
    expect(texts('Đây là 2 dự án do công ty TNHH I.V. C làm chủ đầu tư.')).toEqual([
      'Đây là 2 dự án do công ty TNHH I.V. C làm chủ đầu tư.',
    ]);
    expect(texts('Ông T.M. T., giám đốc công ty, cho biết.')).toEqual(['Ông T.M. T., giám đốc công ty, cho biết.']);
  });
  it('attaches a stray punctuation piece to the sentence before it', () => {
    const s = 'so sánh với yêu cầu thiết kế... ". Sau đó ông về.';
    const out = splitSentences(s);
    expect(out.map((x) => x.text)).toEqual(['so sánh với yêu cầu thiết kế... ".', 'Sau đó ông về.']);
    for (const x of out) expect(s.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('splitSentences: numbers and dates', () => {
  it.each([
    ['Tỉnh đã giải quyết 1.500 hồ sơ trong năm.'],
    ['Tỷ lệ cắt giảm chi phí đạt 19,12% so với năm trước.'],
    ['Tăng trưởng đạt 3.5 điểm phần trăm.'],
    ['Hôm qua, 27-5, tỉnh tổ chức hội nghị.'],
    ['Văn bản ban hành ngày 28/05/2019 có hiệu lực ngay.'],
    ['(08:34 | 28/05/2019)'],
    ['Giá vàng lên 1.234.567 đồng/lượng lúc 9.30 sáng.'],
  ])('keeps one sentence: %s', (s) => {
    expect(texts(s)).toEqual([s]);
  });
  it('splits after a number that ends a sentence', () => {
    expect(texts('Hồ sơ đúng hạn đạt 99,57%. Tại hội nghị, hai bên ký kết.')).toEqual([
      'Hồ sơ đúng hạn đạt 99,57%.', 'Tại hội nghị, hai bên ký kết.',
    ]);
  });
});

describe('splitSentences: ellipses', () => {
  it('continues after an ellipsis followed by lowercase', () => {
    expect(texts('Các ngành... và các cấp đều tham gia.')).toEqual(['Các ngành... và các cấp đều tham gia.']);
    expect(texts('Các ngành… và các cấp đều tham gia.')).toEqual(['Các ngành… và các cấp đều tham gia.']);
  });
  it('splits after an ellipsis followed by a capital', () => {
    expect(texts('dân chủ trực tiếp được mở rộng... Tuy nhiên, sự phối hợp còn chậm.')).toEqual([
      'dân chủ trực tiếp được mở rộng...', 'Tuy nhiên, sự phối hợp còn chậm.',
    ]);
    expect(texts('thực hiện tốt quy chế dân chủ… Năm 2018, tỉnh đạt nhiều kết quả.')).toEqual([
      'thực hiện tốt quy chế dân chủ…', 'Năm 2018, tỉnh đạt nhiều kết quả.',
    ]);
  });
});

describe('splitSentences: quotes', () => {
  it('keeps the closing quote with the sentence it ends', () => {
    expect(texts('Phương châm năm 2019 là “Kỷ cương, liêm chính, hành động, sáng tạo, bứt phá, hiệu quả.” Tỉnh quyết tâm thực hiện.')).toEqual([
      'Phương châm năm 2019 là “Kỷ cương, liêm chính, hành động, sáng tạo, bứt phá, hiệu quả.”',
      'Tỉnh quyết tâm thực hiện.',
    ]);
  });
  it('does not split inside a quotation', () => {
    expect(texts('Ông nói: “Chúng ta phải làm. Nhất định phải làm.” Hội trường vỗ tay.')).toEqual([
      'Ông nói: “Chúng ta phải làm. Nhất định phải làm.”',
      'Hội trường vỗ tay.',
    ]);
    expect(texts('Bà nói: "Tôi đồng ý. Rất đồng ý." Sau đó bà rời đi.')).toEqual([
      'Bà nói: "Tôi đồng ý. Rất đồng ý."',
      'Sau đó bà rời đi.',
    ]);
  });
  it('keeps a straight or single closing quote', () => {
    expect(texts("Khẩu hiệu là 'Năm dân vận chính quyền.' Mọi người hưởng ứng.")).toEqual([
      "Khẩu hiệu là 'Năm dân vận chính quyền.'",
      'Mọi người hưởng ứng.',
    ]);
  });
  it('does not let an unclosed quote swallow the rest of the line', () => {
    expect(texts('Ông nói: “Phải làm. Nhất định phải làm. Hội trường vỗ tay.')).toEqual([
      'Ông nói: “Phải làm.', 'Nhất định phải làm.', 'Hội trường vỗ tay.',
    ]);
  });
  it('does not split inside brackets', () => {
    expect(texts('Ban Dân vận (Tỉnh ủy. Kiên Giang) tổ chức hội nghị. Ai cũng đến.')).toEqual([
      'Ban Dân vận (Tỉnh ủy. Kiên Giang) tổ chức hội nghị.', 'Ai cũng đến.',
    ]);
  });
});

describe('splitSentences: seed article', () => {
  it('splits the Kiên Giang lead paragraph into its two sentences', () => {
    const p =
      'Hôm qua, 27-5, Ban Cán sự Đảng Ủy ban nhân dân (UBND) tỉnh phối hợp Ban Dân vận Tỉnh ủy (BDVTU) tổ chức hội nghị trực tuyến với các địa phương trong tỉnh triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019. Các đồng chí: Phạm Vũ Hồng - Phó Bí thư Tỉnh ủy, Bí thư Ban Cán sự Đảng, Chủ tịch UBND tỉnh; Lâm Hoàng Sa - Ủy viên Ban Thường vụ, Trưởng BDVTU, chủ trì hội nghị.';
    const out = texts(p);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^Hôm qua, 27-5,.*\(NDVCQ\) 2019\.$/);
    expect(out[1]).toMatch(/^Các đồng chí: Phạm Vũ Hồng.*chủ trì hội nghị\.$/);
  });
});

describe('hostile text stays linear', () => {
  it.each(['A.', '1.', 'TP.HCM.', '"', '. '])('splits 100,000 characters of "%s" without scanning back to the line start at every stop', (unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const spans = splitSentences(text);
    // Spans tile the text in order (the invariant of splitSentences), whatever the count.
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});
