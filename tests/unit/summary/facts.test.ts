import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractKeyFacts, keyFactsSteps, warmUpKeyFacts, type KeyFacts } from '../../../src/core/summary/facts';
import type { ExpectedFacts } from '../../../src/core/summary/facts-score';
import { splitSentences } from '../../../src/core/text/index';

const dir = new URL('./facts/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const seed = read('kiengiang-nam-dan-van-chinh-quyen.txt');

function allFacts(f: KeyFacts): Array<{ text: string; span: { start: number; end: number }; sentence: { start: number; end: number } }> {
  return [...f.when, ...f.where, ...f.people, ...f.organisations, ...f.figures];
}

describe('extractKeyFacts: the Kiên Giang seed article', () => {
  const facts = extractKeyFacts(seed);

  it('finds when', () => {
    expect(facts.when.map((w) => w.text)).toEqual(['28/05/2019', 'Hôm qua, 27-5', 'năm 2018', 'năm 2019']);
    expect(facts.when[0]).toMatchObject({ day: 28, month: 5, year: 2019 });
    expect(facts.when[1]).toMatchObject({ day: 27, month: 5 });
  });

  it('finds where', () => {
    expect(facts.where.map((w) => w.name)).toEqual(['Kiên Giang']);
  });

  it('finds the people with all their titles', () => {
    expect(facts.people.map((p) => [p.name, p.titles])).toEqual([
      ['Phạm Vũ Hồng', ['Phó Bí thư Tỉnh ủy', 'Bí thư Ban Cán sự Đảng', 'Chủ tịch UBND tỉnh']],
      ['Lâm Hoàng Sa', ['Ủy viên Ban Thường vụ', 'Trưởng BDVTU']],
    ]);
  });

  it('points each person at the sentence that introduces them', () => {
    const hong = facts.people[0]!;
    expect(seed.slice(hong.sentence.start, hong.sentence.end)).toMatch(/^Các đồng chí: Phạm Vũ Hồng - Phó Bí thư/);
  });

  it('finds the figures with what they measure', () => {
    expect(facts.figures.map((f) => [f.value, f.measure])).toEqual([
      ['19,12%', 'tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính'],
      ['99,57%', 'hồ sơ giải quyết đúng và trước hạn'],
    ]);
    const sentence = seed.slice(facts.figures[0]!.sentence.start, facts.figures[0]!.sentence.end);
    expect(sentence).toMatch(/^Cải cách hành chính, nhất là cải cách thủ tục hành chính.*99,57%\.$/);
  });

  it('finds the organisations, each body once under its fullest name, with the acronyms the article defines', () => {
    const names = facts.organisations.map((o) => o.name);
    // "Ủy ban nhân dân (UBND) tỉnh", "Chủ tịch UBND tỉnh" are one body, named whole without the bracket; so are "Ban
    // Cán sự Đảng" and "Ban Cán sự Đảng UBND tỉnh", and "Ban Dân vận Tỉnh ủy (BDVTU)" and "BDVTU".
    expect(names).toEqual(['Ban Cán sự Đảng UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Ban Dân vận Tỉnh ủy', 'Tỉnh ủy', 'Ban Thường vụ', 'Mặt trận Tổ quốc Việt Nam', 'Chính phủ']);
    expect(facts.organisations.find((o) => o.name === 'Ban Dân vận Tỉnh ủy')?.acronym).toBe('BDVTU');
    expect(facts.organisations.find((o) => o.name === 'Ủy ban nhân dân tỉnh')?.acronym).toBe('UBND');
  });
});

describe('extractKeyFacts: offsets', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it.each(files)('every fact of %s points at its own text and its sentence', (file) => {
    const text = read(file);
    for (const fact of allFacts(extractKeyFacts(text))) {
      expect(text.slice(fact.span.start, fact.span.end)).toBe(fact.text);
      expect(fact.sentence.start).toBeLessThanOrEqual(fact.span.start);
      expect(fact.sentence.end).toBeGreaterThanOrEqual(fact.span.end);
      expect(text.slice(fact.sentence.start, fact.sentence.end)).not.toMatch(/\n/);
    }
  });
});

describe('extractKeyFacts: the real pages', () => {
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(read(f)) as ExpectedFacts)
    .flatMap((f) => (f.text !== undefined && f.when !== undefined ? [{ text: f.text, when: f.when }] : []));

  it.each(fixtures.map((f) => [f.text, f] as const))('finds every date of %s', (_, expected) => {
    const facts = extractKeyFacts(read(expected.text));
    expect(facts.when.map((w) => w.text)).toEqual(expected.when);
  });

  it('reads people and titles on the medical pages', () => {
    const qdnd = extractKeyFacts(read('qdnd-ngo-doc-ruou.txt'));
    expect(qdnd.people.map((p) => p.name)).toEqual(['Trần Huy Nhật', 'Lê Quốc Hùng', 'Phạm Khánh Phong Lan']);
    expect(qdnd.people[1]!.titles).toEqual(['Tiến sĩ, bác sĩ', 'Trưởng Khoa Bệnh nhiệt đới', 'Bệnh viện Chợ Rẫy']);
    const vnexpress = extractKeyFacts(read('vnexpress-ung-thu-lymphoma.txt'));
    expect(vnexpress.people[0]?.titles.slice(0, 2)).toEqual(['BS.CK2', 'Trưởng Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật (HECI)']);
  });

  it('reads money, percentages and counts', () => {
    const danang = extractKeyFacts(read('baodanang-ho-tro-bhyt.txt'));
    expect(danang.figures.map((f) => f.value)).toEqual(['3,75 tỷ đồng', '13.669 người']);
    expect(danang.figures[0]!.measure).toBe('kinh phí thực hiện chính sách hỗ trợ bảo hiểm y tế');
    const gold = extractKeyFacts(read('dantri-gia-vang.txt'));
    expect(gold.figures.map((f) => f.value)).toContain('180,8-183,8 triệu đồng/lượng');
    expect(gold.figures.find((f) => f.value === '5.172 USD/ounce')?.measure).toBe('giá vàng giao ngay');
    const lymphoma = extractKeyFacts(read('vnexpress-ung-thu-lymphoma.txt'));
    expect(lymphoma.figures.find((f) => f.value === '15-25%')?.measure).toBe('ca ung thư ruột non');
  });

  it('does not take document numbers for dates or figures', () => {
    const danang = extractKeyFacts(read('baodanang-ho-tro-bhyt.txt'));
    expect(danang.when.map((w) => w.text)).not.toContain('46/2025');
    expect(danang.organisations.map((o) => o.name)).not.toContain('HĐND');
    expect(danang.figures.some((f) => /46|2025|04/.test(f.value))).toBe(false);
  });
});

describe('extractKeyFacts: hard cases', () => {
  it('needs a time word before a day-month pair', () => {
    const f = extractKeyFacts('Bệnh nhân sụt 2-3 kg trong 15-25 ngày. Sáng 9/11, đoàn đến huyện Vạn Ninh.');
    expect(f.when.map((w) => w.text)).toEqual(['9/11']);
    expect(f.where.map((w) => w.text)).toEqual(['huyện Vạn Ninh']);
  });

  it('separates a place from the person named right after it', () => {
    const f = extractKeyFacts('Chủ tịch UBND tỉnh Khánh Hoà Lê Đức Vinh yêu cầu huyện Vạn Ninh tạm dừng tách thửa.');
    expect(f.where.map((w) => w.name)).toEqual(['Khánh Hoà', 'Vạn Ninh']);
    expect(f.people.map((p) => [p.name, p.titles])).toEqual([['Lê Đức Vinh', ['Chủ tịch UBND tỉnh Khánh Hoà']]]);
  });

  it('treats TP.HCM, TP. HCM and Thành phố Hồ Chí Minh as one place', () => {
    const f = extractKeyFacts('Đoàn đến TP. HCM. Tại TP.HCM, đoàn làm việc. Thành phố Hồ Chí Minh tiếp đoàn.');
    expect(f.where).toHaveLength(1);
  });

  it('does not take a country, a street or a cause for a person or title', () => {
    const f = extractKeyFacts('Hoa nhập từ Hà Lan về đường Lê Duẩn. Nguyên nhân là tăng trưởng Nguyễn Văn An chậm.');
    expect(f.people.map((p) => p.name)).toEqual(['Nguyễn Văn An']);
    expect(f.people[0]!.titles).toEqual([]);
  });

  it('reads a title before the name and the list after it', () => {
    const f = extractKeyFacts(
      'Trả lời báo chí, Đại tá Đỗ Thanh Bình, Phó cục trưởng cục CSGT cho biết: số vụ vi phạm giảm.',
    );
    expect(f.people.map((p) => [p.name, p.titles])).toEqual([['Đỗ Thanh Bình', ['Đại tá', 'Phó cục trưởng cục CSGT']]]);
  });

  it('recognises a foreign name by the courtesy word before it', () => {
    const f = extractKeyFacts('Ông Kyle Rodda - chuyên gia phân tích tại Capital.com - nhận định giá vàng còn biến động.');
    expect(f.people.map((p) => p.name)).toEqual(['Kyle Rodda']);
  });

  it('reads organisations in lowercase-head style and with acronyms', () => {
    const f = extractKeyFacts('Ngày 9/1, cơ quan điều tra bộ Công an phối hợp Bảo hiểm xã hội (BHXH) Việt Nam xử lý vụ án.');
    const names = f.organisations.map((o) => o.name);
    expect(names).toContain('bộ Công an');
    expect(f.organisations.find((o) => o.acronym === 'BHXH')?.name).toBe('Bảo hiểm xã hội');
  });

  it('limits each kind when asked', () => {
    const f = extractKeyFacts(seed, { maxPerKind: 1 });
    expect(f.when).toHaveLength(1);
    expect(f.people).toHaveLength(1);
  });

  it('returns empty lists for empty text', () => {
    expect(extractKeyFacts('')).toEqual({ when: [], where: [], people: [], organisations: [], figures: [] });
  });
});

describe('extractKeyFacts: figures, by class of error', () => {
  const figures = (text: string): Array<[string, string]> => extractKeyFacts(text).figures.map((f) => [f.value, f.measure]);

  it('counts a quantity once however often it is repeated', () => {
    const f = figures('Thửa đất rộng 1.261 m2 ở phía đông. Sau đó, công ty rào thửa đất 1.261 m2 lại.');
    expect(f.map(([v]) => v)).toEqual(['1.261 m2']);
  });

  it('does not read a mobile network generation as grams, nor an anniversary as a figure', () => {
    expect(figures('Mạng 4G đã phủ sóng 95% dân số.').map(([v]) => v)).toEqual(['95%']);
    expect(figures('Sáng nay, tỉnh tổ chức lễ kỷ niệm 70 năm ngày thành lập ngành.')).toEqual([]);
  });

  it('reads a number after "tổng số" or "trong số", and a percentage or decimal after a time word', () => {
    const f = figures('Có tổng số 182 bài được chấm lại. Trong số 19 điểm giữ xe, chỉ 5 điểm có phép. Tăng trưởng hằng năm 20%, mỗi ngày 1,3 tỷ USD.');
    expect(f.map(([v]) => v)).toEqual(['182 bài', '19 điểm', '5 điểm', '20%', '1,3 tỷ USD']);
  });

  it('reads a unit of two words and a count of office holders whole', () => {
    expect(figures('Trang trại rộng 9 héc ta.').map(([v]) => v)).toEqual(['9 héc ta']);
    expect(figures('Hiện sở có 3 Phó giám đốc.').map(([v]) => v)).toEqual(['3 Phó giám đốc']);
  });

  it('says what was done to what was counted, and keeps a place that says which ones', () => {
    const [[, measure]] = figures('Năm qua, thanh tra đã xử lý hành chính 43 cá nhân.') as [[string, string]];
    expect(measure).toContain('xử lý hành chính');
    const [[, flooded]] = figures('Trận mưa làm 400 nhà tại xã Yên Bình bị ngập sâu.') as [[string, string]];
    expect(flooded).toBe('nhà tại xã Yên Bình bị ngập sâu');
  });

  it('does not count the population a rate is per, nor take "Gần" at a clause start for a name', () => {
    expect(figures('Hiện nay, tính trên 1.000 người dân có 40 ôtô.').map(([v]) => v)).toEqual(['40 ôtô']);
    expect(figures('Mưa lũ kéo dài - Gần 400 nhà bị ngập.').map(([v]) => v)).toEqual(['400 nhà']);
  });

  it('says what a bare measure noun measures from the verb phrase before it', () => {
    const [[, measure]] = figures('Bộ cũng trao tặng UBND tỉnh Hà Tĩnh số tiền 200 triệu đồng.') as [[string, string]];
    expect(measure).toBe('số tiền trao tặng UBND tỉnh Hà Tĩnh');
  });

  it('takes the verb phrase next to the number in a long clause, and keeps a rise or a fall', () => {
    const [[, fine]] = figures('Vì công ty chậm hoàn thành thủ tục nên UBND huyện đã xử phạt hành chính 40 triệu đồng.') as [[string, string]];
    expect(fine).toBe('xử phạt hành chính');
    const [[, fall]] = figures('Giá vàng miếng hôm nay giảm 900.000 đồng/lượng.') as [[string, string]];
    expect(fall).toContain('giảm');
  });
});

describe('extractKeyFacts: organisations, by class of error', () => {
  const names = (text: string): string[] => extractKeyFacts(text).organisations.map((o) => o.name);

  it('reads a lowercase descriptor on to the proper name or place it leads to', () => {
    expect(names('Xí nghiệp gạch ngói Tân Phú vừa đóng cửa.')).toEqual(['Xí nghiệp gạch ngói Tân Phú']);
    expect(names('Ông A kiến nghị Hiệp hội vận tải ô tô Việt Nam xem xét.')).toEqual(['Hiệp hội vận tải ô tô Việt Nam']);
    expect(names('Lãnh đạo Sở giao thông tỉnh Hà Tĩnh có mặt.')).toEqual(['Sở giao thông tỉnh Hà Tĩnh']);
    expect(names('Công ty CP Tư vấn, xây dựng, dịch vụ nhà đất Minh Khang chưa nộp phạt.')).toEqual([
      'Công ty CP Tư vấn, xây dựng, dịch vụ nhà đất Minh Khang',
    ]);
  });

  it('does not run a descriptor on through a verb into the next name', () => {
    expect(names('Bộ Tài chính thừa nhận Việt Nam còn khó khăn.')).toEqual(['Bộ Tài chính']);
    expect(names('Hội nghị Trung ương 7 khai mạc sáng nay.')).toEqual([]);
  });

  it('ends a name where a person named after it begins, whatever the surname', () => {
    expect(names('Bộ Nội vụ Trương Văn Khải cho biết như vậy.')).toEqual(['Bộ Nội vụ']);
    expect(names('Ông Đoàn Văn Hùng Anh nhận quyết định.')).toEqual([]);
  });

  it('leaves a ministry fused into a title, and the office in "Chánh văn phòng", to the title', () => {
    expect(names('Bộ trưởng Công an Lê Văn Ba đọc tờ trình.')).toEqual([]);
    expect(names('Ông Ba làm Chánh văn phòng UBND tỉnh Long An.')).toEqual(['UBND tỉnh Long An']);
  });

  it('reads a Party committee with its district and a whole name as it is spelled', () => {
    expect(names('Quận ủy Ngũ Hành Sơn họp sáng nay.')).toEqual(['Quận ủy Ngũ Hành Sơn']);
    expect(names('Ông là cán bộ thuộc diện Ban bí thư quản lý.')).toEqual(['Ban bí thư']);
  });

  it('does not take a body inside a document name, every body of a kind, or a masthead', () => {
    expect(names('Hai nước tôn trọng Công ước Liên hợp quốc về Luật Biển.')).toEqual([]);
    expect(names('Uỷ ban nhân dân các tỉnh chỉ đạo khắc phục hậu quả.')).toEqual([]);
    expect(names('Vị trí trạm được công khai tại trụ sở UBND quận (huyện).')).toEqual([]);
    expect(names('Cổng thông tin điện tử Long An')).toEqual([]);
  });

  it('knows news outlets and companies by name, with their capitals, and not a credited source', () => {
    expect(names('Trao đổi với Tuổi Trẻ Online, ông A cho biết Vietcombank đã giảm lãi suất.')).toEqual(['Tuổi Trẻ Online', 'Vietcombank']);
    expect(names('Thanh niên và người lao động tham gia đông đủ.')).toEqual([]);
    expect(names('Giá xăng giảm lần thứ ba (Theo VnExpress)')).toEqual([]);
  });

  it('takes a short name in brackets for the same body, and reads a name on to its acronym in brackets', () => {
    const f = extractKeyFacts('Cổ phần của CTCP Bia Sài Gòn (Sabeco) được bán. Sau đó, Sabeco tăng vốn.');
    expect(f.organisations.map((o) => o.name)).toEqual(['CTCP Bia Sài Gòn']);
    expect(names('Ông dự họp với Quỹ Đầu tư phát triển đô thị Việt Nam (VUDF).')).toEqual(['Quỹ Đầu tư phát triển đô thị Việt Nam']);
  });

  it('reads bodies listed after one plural head, and acronyms joined by dashes', () => {
    expect(names('Lãnh đạo các Bộ Tài chính, Kế hoạch và Đầu tư, Y tế dự họp.')).toEqual(['Bộ Tài chính', 'Bộ Kế hoạch và Đầu tư', 'Bộ Y tế']);
    expect(names('Đại diện các hãng Samsung, Canon và Intel có mặt.')).toEqual(['Samsung', 'Canon', 'Intel']);
    expect(names('Ông là nguyên Thứ trưởng bộ LĐ - TB & XH.')).toEqual(['bộ LĐ - TB & XH']);
  });

  it('takes a shorter name for the fuller one of the same body, not for another body', () => {
    expect(names('Bộ Tài nguyên và Môi trường họp báo. Theo Bộ Tài nguyên, nguyên nhân đã rõ.')).toEqual(['Bộ Tài nguyên và Môi trường']);
    expect(names('Bộ Giao thông Vận tải ra thông cáo. Theo Bộ Giao thông, phương án này tốt.')).toEqual(['Bộ Giao thông Vận tải']);
    expect(names('Bộ trưởng bộ T T&T T phát biểu tại hội thảo của Bộ Thông tin và Truyền thông.')).toEqual(['Bộ Thông tin và Truyền thông']);
    expect(names('Ngân hàng Nhà nước chi nhánh An Giang báo cáo Ngân hàng Nhà nước.')).toHaveLength(2);
    expect(names('Đại diện Kiểm toán Nhà nước khu vực III và Kiểm toán Nhà nước dự họp.')).toHaveLength(2);
  });

  it('reads a committee\'s remit, a document title after its issuer, and a quantity after a name apart', () => {
    expect(names('Ban Chỉ đạo Trung ương về phòng chống thiên tai họp.')).toEqual(['Ban Chỉ đạo Trung ương về phòng chống thiên tai']);
    expect(names('Thông tư của Bộ GTVT Quy định về trạm thu phí.')).toEqual(['Bộ GTVT']);
    expect(names('Sở phạt Công ty xây dựng Minh Phát 50 triệu đồng.')).toEqual(['Công ty xây dựng Minh Phát']);
  });

  it('takes "Trường ĐH X" and "ĐH X" for one school, and one meaning for an acronym in an article', () => {
    expect(names('Trường ĐH Cần Thơ tuyển sinh. Năm nay ĐH Cần Thơ tăng chỉ tiêu.')).toHaveLength(1);
  });
});

describe('keyFactsSteps: the same facts in small steps', () => {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => read(f));

  it('gives exactly extractKeyFacts, even with two articles stepped in turn', () => {
    expect(texts.length).toBeGreaterThan(3);
    const runs = texts.map((text) => ({ text, steps: keyFactsSteps(text), result: null as KeyFacts | null, count: 0 }));
    // Round robin: a step of each article in turn, as two pages' (or a rebuilt article's) preparations could go.
    while (runs.some((r) => r.result === null)) {
      for (const run of runs) {
        if (run.result) continue;
        const next = run.steps.next();
        run.count++;
        if (next.done) run.result = next.value;
      }
    }
    for (const run of runs) {
      expect(run.result).toEqual(extractKeyFacts(run.text));
      // At least a step per sentence: no step does a whole article.
      expect(run.count).toBeGreaterThanOrEqual(splitSentences(run.text).length);
    }
  });

  it('warm-up steps run on their own and change nothing', () => {
    const before = extractKeyFacts(seed);
    for (const step of warmUpKeyFacts()) step();
    expect(extractKeyFacts(seed)).toEqual(before);
  });
});

