// The rules of issue 17 for key facts, one test per rule, on sentences written the way state news writes them (not
// copied from the evaluation data, whose text may not enter the repository).
import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../src/core/summary/facts';

const names = (text: string): string[] => extractKeyFacts(text).organisations.map((o) => o.name);
const figures = (text: string): Array<[string, string]> => extractKeyFacts(text).figures.map((f) => [f.value, f.measure]);
const measureOf = (text: string, value: string): string | undefined => figures(text).find(([v]) => v === value)?.[1];

describe('organisations: where a name ends', () => {
  it('names a defined body whole with the place after its acronym, one fact with "UBND tỉnh"', () => {
    const facts = extractKeyFacts('Ủy ban nhân dân (UBND) tỉnh Kiên Giang vừa họp. Sau đó, UBND tỉnh giao Sở Y tế kiểm tra.');
    const committee = facts.organisations.filter((o) => o.name.includes('nhân dân') || o.name.startsWith('UBND'));
    expect(committee.map((o) => [o.name, o.acronym])).toEqual([['Ủy ban nhân dân tỉnh Kiên Giang', 'UBND']]);
    // The fact's text stays the span as written, bracket and all.
    expect(committee[0]!.text).toBe('Ủy ban nhân dân (UBND) tỉnh Kiên Giang');
  });

  it('ends a known department name before the verb after it', () => {
    expect(names('UBND thành phố yêu cầu Sở Giao thông vận tải kiểm tra lại tiến độ.')).toContain('Sở Giao thông vận tải');
    // A name whose lowercase words are an object goes on: "Ban Quản lý dự án | đầu tư xây dựng …".
    expect(names('Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh đã ký hợp đồng.')).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh',
    ]);
  });

  it('reads "Thủ tướng chính phủ" written in lowercase as the Government, not "phi chính phủ"', () => {
    expect(names('Năm 2016, Thủ tướng chính phủ đã có văn bản đồng ý chủ trương.')).toEqual(['chính phủ']);
    expect(names('Các tổ chức phi chính phủ đã họp.')).toEqual([]);
  });

  it('ends a department named by its acronym before lowercase words', () => {
    expect(names('UBND thành phố giao Sở GTVT dự phòng phương tiện vận tải.')).toContain('Sở GTVT');
  });

  it("reads a company's trade in lowercase words on to its proper name", () => {
    expect(names('Công ty cổ phần Đầu tư xây dựng Hoàng Long bị phạt.')).toEqual(['Công ty cổ phần Đầu tư xây dựng Hoàng Long']);
  });

  it('keeps a region after the name, and does not take "Trung Bộ" for a ministry', () => {
    expect(names('Tổng công ty Điện lực miền Bắc cho biết đã cấp điện trở lại.')).toEqual(['Tổng công ty Điện lực miền Bắc']);
    expect(names('Khu vực Nam Trung Bộ và Tây Nguyên có mưa lớn.')).toEqual([]);
    expect(names('Tàu cá đã về tránh bão ở vùng biển Trường Sa.')).toEqual([]);
  });

  it('reads a head followed by lowercase name words, a descriptor on to a place or a qualifier, and a number', () => {
    expect(names('Giám đốc Cảng vụ đường thủy nội địa đã ký văn bản.')).toEqual(['Cảng vụ đường thủy nội địa']);
    expect(names('Trung tâm chống ngập TP HCM đã kiểm tra các trạm bơm.')).toEqual(['Trung tâm chống ngập TP HCM']);
    expect(names('Theo Trung tâm dự báo khí tượng thủy văn Trung ương, bão đã mạnh lên.')).toEqual([
      'Trung tâm dự báo khí tượng thủy văn Trung ương',
    ]);
    expect(names('Quân khu 5 đã điều động các đoàn công tác.')).toEqual(['Quân khu 5']);
    expect(names('Anh ta tự nhận làm việc ở Cảng hàng không Đồng Hới.')).toEqual(['Cảng hàng không Đồng Hới']);
  });

  it('reads an investigating body after a lowercase "cơ quan", with its parent', () => {
    expect(names('Chiều qua, cơ quan CSĐT bộ Công an đã khởi tố vụ án.')).toEqual(['cơ quan CSĐT bộ Công an']);
    expect(names('Đây là quyết định của cơ quan Cảnh sát điều tra bộ Công an.')).toEqual(['cơ quan Cảnh sát điều tra bộ Công an']);
    expect(names('Vụ việc đã được chuyển cho cơ quan chức năng.')).toEqual([]);
  });

  it("keeps another country's body apart from the article's own", () => {
    expect(names('Quốc hội đã thông qua luật. Trước đó, Quốc hội Nhật Bản đã ban hành một đạo luật tương tự.')).toEqual(['Quốc hội', 'Quốc hội Nhật Bản']);
  });

  it('leaves a body fused into a title word to the title, and a ministry domain or a code of law without a head alone', () => {
    expect(names('Ông Phạm Văn A làm Trưởng ban Tổ chức Trung ương.')).toEqual([]);
    const titled = names('Tổng Kiểm toán nhà nước và Tổng Thanh tra Chính phủ trả lời chất vấn.');
    expect(titled).not.toContain('Kiểm toán nhà nước');
    expect(titled).not.toContain('Thanh tra Chính phủ');
    expect(names('Các bộ trưởng trả lời gồm: Xây dựng; Khoa học và Công nghệ; Tài chính.')).toEqual([]);
    expect(names('Quốc hội cho ý kiến về Bộ luật Lao động (sửa đổi).')).toEqual(['Quốc hội']);
  });

  it('takes "Thường vụ Quốc hội" for the Standing Committee named whole, and "TP HCM" for Thành phố Hồ Chí Minh', () => {
    expect(names('Ủy ban Thường vụ Quốc hội họp chiều nay. Thường vụ Quốc hội cho ý kiến về dự thảo.')).toEqual(['Ủy ban Thường vụ Quốc hội']);
    expect(names('Ông B làm Bí thư Thành ủy thành phố Hồ Chí Minh. Thành ủy TP HCM đã họp.')).toEqual(['Thành ủy thành phố Hồ Chí Minh']);
  });

  it('reads a research institute on to its place, and a verb after a known body is not its name', () => {
    expect(names('Theo Viện nghiên cứu phát triển TP HCM, dự án khả thi.')).toEqual(['Viện nghiên cứu phát triển TP HCM']);
    expect(names('Thủ tướng chỉ đạo Thanh tra Chính phủ nghiên cứu giải quyết.')).toEqual(['Thanh tra Chính phủ']);
  });

  it('knows the committees of the National Assembly by their whole names', () => {
    expect(names('Chủ nhiệm Ủy ban Các vấn đề xã hội cho rằng dự thảo chưa phù hợp.')).toEqual(['Ủy ban Các vấn đề xã hội']);
  });
});

describe('figures: what a number measures', () => {
  it('reads a prison term after the name of the one sentenced', () => {
    expect(measureOf('Tòa tuyên phạt bị cáo Nguyễn Văn Hùng 12 năm tù về tội tham ô tài sản.', '12 năm')).toBe('tù về tội tham ô tài sản');
  });

  it('gives the second number of a change the measure of the first', () => {
    const f = figures('UBND tỉnh đồng ý điều chỉnh mật độ xây dựng từ 40% lên 45%.');
    expect(f.map(([v]) => v)).toEqual(['40%', '45%']);
    expect(f[1]![1]).toBe(f[0]![1]);
    expect(f[1]![1]).toContain('mật độ xây dựng');
  });

  it('counts the second item of a list by what counts the first', () => {
    expect(measureOf('Khi hoàn thành, bãi xe ngầm đáp ứng được 2.000 ôtô và 3.500 xe máy.', '3.500 xe máy')).toContain('đáp ứng');
  });

  it('adds a purpose or a place after a short measure', () => {
    expect(measureOf('Anh ta đòi thêm số tiền 40 triệu đồng để lo thủ tục.', '40 triệu đồng')).toContain('để lo thủ tục');
    expect(measureOf('Trong đó có lô đất 2.500 m2 tại phường An Hải.', '2.500 m2')).toBe('lô đất tại phường An Hải');
  });

  it('says whose measure it is before "có"', () => {
    expect(measureOf('Trong khi đó, tại dự án khu dân cư Hòa Xuân có diện tích 20ha, chủ đầu tư chưa nộp tiền.', '20ha')).toBe(
      'diện tích dự án khu dân cư Hòa Xuân',
    );
  });

  it('completes a lone noun after a measurement from its own clause, not an earlier one', () => {
    expect(measureOf('Mỗi ngày toàn thành phố thải ra 900 tấn rác.', '900 tấn')).toBe('rác Mỗi ngày toàn thành phố thải ra');
    expect(measureOf('Đoàn phát hiện 12 đơn vị sai phạm, hơn 3.000 m2 đất, kiến nghị xử lý 5 cá nhân.', '3.000 m2')).toBe('đất');
  });

  it('reads a two-syllable counted noun whole, and a per-day unit of two words', () => {
    expect(figures('Thành phố có 2 vấn đề cần giải quyết.').map(([v]) => v)).toEqual(['2 vấn đề']);
    expect(figures('Dự án quy hoạch 228 biệt thự.').map(([v]) => v)).toEqual(['228 biệt thự']);
    expect(figures('Quỹ được khai thác theo 3 hình thức.').map(([v]) => v)).toEqual(['3 hình thức']);
    // "trở lên" belongs to the figure before, not to the next one's measure.
    expect(measureOf('Không uống rượu 30 độ trở lên, vượt quá 30ml/người/ngày.', '30ml/người/ngày')).toBe('vượt quá');
    expect(figures('Nhà máy nâng công suất lên 1.050 m3 / ngày đêm.').map(([v]) => v)).toEqual(['1.050 m3 / ngày đêm']);
  });

  it('does not keep a bracket that holds another figure, nor count "vài"', () => {
    expect(measureOf('Phương án này cần tăng thêm 1.000 biên chế (mỗi huyện 1-2 người).', '1.000 biên chế')).not.toContain('(');
    expect(measureOf('Nông dân sẽ gieo sạ tiếp 14.000 ha vài ngày tới.', '14.000 ha')).not.toContain('vài');
  });

  it('reads a lone measure noun with the subject of the clause before it', () => {
    expect(measureOf('Phụ nữ: 339 người, tỷ lệ 40%; người dân tộc thiểu số: 204 người, tỷ lệ 23%.', '23%')).toBe('tỷ lệ người dân tộc thiểu số');
  });

  it('keeps an amount with multiplier before "tiền" as money, measured by the noun after it', () => {
    expect(measureOf('Thành phố chưa thể hoàn trả 26.000 tỉ đồng tiền tạm ứng ngân sách.', '26.000 tỉ đồng')).toBe('tiền tạm ứng ngân sách');
    expect(measureOf('Doanh nghiệp góp 5 tỷ đồng vốn điều lệ.', '5 tỷ đồng')).toBe('vốn điều lệ');
    // "6 đồng tiền chủ chốt" counts currencies: no amount.
    expect(figures('Có 6 đồng tiền chủ chốt tăng giá.')).toEqual([]);
  });

  it('reads a second count after a slash, but not the base of a rate', () => {
    const f = figures('Năm 2014, cơ quan tố tụng khởi tố mới 256 vụ / 593 bị can.');
    expect(f.map(([v]) => v)).toEqual(['256 vụ', '593 bị can']);
    expect(f[0]![1]).not.toContain('593');
    expect(figures('Tỉnh có 8,2 bác sĩ / 10.000 dân và 3 giường bệnh / 1.000 người.').map(([v]) => v)).toEqual(['8,2 bác sĩ', '3 giường']);
  });

  it('ends a measure after a counted noun at "và" before another verb', () => {
    expect(measureOf('Chủ đầu tư chia khu đất thành 300 lô và được cấp giấy chứng nhận.', '300 lô')).not.toContain('được cấp');
  });
});
