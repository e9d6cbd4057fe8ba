import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractKeyFacts, keyFactsSteps, warmUpKeyFacts, type KeyFacts } from '../../../src/core/summary/facts';
import type { ExpectedFacts } from '../../../src/core/summary/facts-score';

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

  it('finds the organisations, with the acronyms the article defines', () => {
    const names = facts.organisations.map((o) => o.name);
    for (const name of ['Ban Dân vận Tỉnh ủy', 'Ủy ban nhân dân', 'Ban Cán sự Đảng UBND tỉnh', 'Mặt trận Tổ quốc Việt Nam', 'Chính phủ']) {
      expect(names).toContain(name);
    }
    expect(facts.organisations.find((o) => o.name === 'Ban Dân vận Tỉnh ủy')?.acronym).toBe('BDVTU');
    expect(facts.organisations.find((o) => o.name === 'Ủy ban nhân dân')?.acronym).toBe('UBND');
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
    .map((f) => JSON.parse(read(f)) as ExpectedFacts);

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
      // At least a step per sentence and kind of fact: no step does a whole article.
      expect(run.count).toBeGreaterThan(5 * run.text.split(/[.!?]\s/).length * 0.5);
    }
  });

  it('warm-up steps run on their own and change nothing', () => {
    const before = extractKeyFacts(seed);
    for (const step of warmUpKeyFacts()) step();
    expect(extractKeyFacts(seed)).toEqual(before);
  });
});

