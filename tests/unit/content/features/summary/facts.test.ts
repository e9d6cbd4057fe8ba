// Key facts as the panel shows them (core's extractKeyFacts through toFactView): people with titles, dates,
// figures with what they measure, organisations with acronyms expanded.
import { describe, expect, it } from 'vitest';
import { articleResolver } from '../../../../../src/core/index';
import { computeFacts } from '../../../../../src/content/features/summary/facts';
import { loadPage } from './pages';

describe('key facts in the panel', () => {
  it('demo page: the publication date from the date line, then the event date; people, figures, organisations', () => {
    const view = computeFacts(loadPage('demo').model!);
    expect(view.when[0]).toEqual({ main: '28/05/2019', detail: 'summary_factPublished' });
    expect(view.when.map((w) => w.main).join(' | ')).toContain('27-5');
    expect(view.people).toContainEqual({ main: 'Phạm Vũ Hồng', detail: 'Phó Bí thư Tỉnh ủy, Bí thư Ban Cán sự Đảng, Chủ tịch UBND tỉnh' });
    expect(view.people.map((p) => p.main)).toContain('Lâm Hoàng Sa');
    const figures = view.figures.map((f) => `${f.main} — ${f.detail ?? ''}`);
    expect(figures.some((f) => f.startsWith('19,12') && f.includes('cắt giảm chi phí tuân thủ thủ tục hành chính'))).toBe(true);
    expect(figures.some((f) => f.startsWith('99,57') && f.includes('hồ sơ giải quyết đúng và trước hạn'))).toBe(true);
    expect(view.organisations.some((o) => o.main === 'BDVTU' || o.detail === 'Ban Dân vận Tỉnh ủy' || o.main === 'Ban Dân vận Tỉnh ủy')).toBe(true);
  });

  it('qdnd: a title before a name ("Bác sĩ Trần Huy Nhật")', () => {
    const view = computeFacts(loadPage('qdnd').model!);
    expect(view.people.find((p) => p.main === 'Trần Huy Nhật')?.detail ?? '').toContain('Bác sĩ');
  });

  it("demo page: the organisations read acronyms through the article's resolution (its definitions before the reader's)", () => {
    const model = loadPage('demo').model!;
    // A reader's entry for an acronym the article defines itself does not change what it means here.
    const view = computeFacts(model, () => articleResolver(model, [{ short: 'BDVTU', long: 'Ban Dân vận (mục của bạn đọc)' }]));
    // "UBND tỉnh" and "Ủy ban nhân dân (UBND)" are one organisation, shown with its acronym and its long form.
    expect(view.organisations.filter((o) => o.main.startsWith('UBND') || o.main.startsWith('Ủy ban nhân dân'))).toHaveLength(1);
    const listed = view.organisations.map((o) => `${o.main} – ${o.detail ?? ''}`).join('\n');
    expect(listed).toMatch(/UBND.*Ủy ban nhân dân/);
    expect(listed).toMatch(/BDVTU – Ban Dân vận Tỉnh ủy/);
  });
});
