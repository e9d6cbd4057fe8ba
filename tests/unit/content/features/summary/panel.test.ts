// @vitest-environment happy-dom
// The panel's contract: a labelled dialog that takes the focus, closes with Esc or its close button and gives the
// focus back, length buttons with aria-pressed, one button per sentence, facts grouped, an empty read-aloud slot.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { SummaryLength } from '../../../../../src/shared/settings';
import { SummaryPanel } from '../../../../../src/content/features/summary/panel';
import type { FactView } from '../../../../../src/content/features/summary/facts';
import { userClick, userKey } from '../../../support/trusted';

const FACTS: FactView = {
  when: [{ main: '27-5-2019' }],
  where: [{ main: 'Kiên Giang' }],
  people: [{ main: 'Phạm Vũ Hồng', detail: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' }],
  organisations: [{ main: 'BDVTU', detail: 'Ban Dân vận Tỉnh ủy' }],
  figures: [{ main: '19,12%', detail: 'tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính', separator: '—' }],
};

describe('summary panel', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;
  let opener: HTMLButtonElement;
  let controller: AbortController;
  let callbacks: { onClose: Mock<() => void>; onLength: Mock<(length: SummaryLength) => void>; onSentence: Mock<(index: number) => boolean> };
  let panel: SummaryPanel;

  beforeEach(() => {
    document.body.innerHTML = '';
    host = document.createElement('dedoc-root');
    document.documentElement.append(host);
    shadow = host.attachShadow({ mode: 'open' });
    opener = document.createElement('button');
    shadow.append(opener);
    controller = new AbortController();
    callbacks = { onClose: vi.fn<() => void>(), onLength: vi.fn<(length: SummaryLength) => void>(), onSentence: vi.fn<(index: number) => boolean>(() => true) };
    panel = new SummaryPanel(document, shadow, callbacks, controller.signal);
    panel.render({ lead: 'Lời dẫn của tòa soạn.', length: 'medium', sentences: ['Câu một.', 'Câu hai.'], facts: FACTS });
  });

  afterEach(() => {
    controller.abort();
    host.remove();
  });

  const q = <T extends Element = HTMLElement>(selector: string) => shadow.querySelector<T & Element>(selector);

  it('is a labelled, non-modal dialog with a close button and an empty read-aloud slot', () => {
    const dialog = q('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = shadow.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('summary_panelTitle');
    expect(q('[data-action="summary-close"]')?.getAttribute('aria-label')).toBe('summary_close');
    const slot = q('[data-slot="read-aloud"]')!;
    expect(slot).not.toBeNull();
    expect(slot.childElementCount).toBe(0);
  });

  it('takes the focus when opened; Esc closes it and the focus goes back to the opener', () => {
    opener.focus();
    panel.open(opener);
    expect(panel.isOpen).toBe(true);
    expect(shadow.activeElement?.id).toBe('dedoc-summary-title');
    userKey(q('ol.sentences button')!, 'Escape');
    expect(callbacks.onClose).toHaveBeenCalledTimes(1);
    panel.close();
    expect(panel.isOpen).toBe(false);
    expect(shadow.activeElement).toBe(opener);
  });

  it('ignores untrusted events (a page script cannot drive the panel)', () => {
    panel.open(opener);
    q('[data-action="summary-close"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    q('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(callbacks.onClose).not.toHaveBeenCalled();
    userClick(q('[data-action="summary-close"]')!);
    expect(callbacks.onClose).toHaveBeenCalledTimes(1);
  });

  it('length buttons carry aria-pressed and report the choice', () => {
    const pressed = () => [...shadow.querySelectorAll('.lengths button')].map((b) => `${(b as HTMLElement).dataset.action}=${b.getAttribute('aria-pressed')}`);
    expect(pressed()).toEqual(['summary-length-short=false', 'summary-length-medium=true', 'summary-length-long=false']);
    expect(q('.lengths')?.getAttribute('role')).toBe('group');
    userClick(q('[data-action="summary-length-long"]')!);
    expect(callbacks.onLength).toHaveBeenCalledWith('long');
    panel.render({ lead: null, length: 'long', sentences: ['Câu một.', 'Câu hai.', 'Câu ba.'], facts: FACTS });
    expect(pressed()).toEqual(['summary-length-short=false', 'summary-length-medium=false', 'summary-length-long=true']);
  });

  it('shows the lead apart from the sentences, and hides it when the page has none', () => {
    expect(q('.lead')?.textContent).toBe('Lời dẫn của tòa soạn.');
    expect(q('.lead-section')?.hidden).toBe(false);
    panel.render({ lead: null, length: 'medium', sentences: ['Câu một.'], facts: FACTS });
    expect(q('.lead-section')?.hidden).toBe(true);
  });

  it('each sentence is a button; a click reports it, marks it current and announces the result', async () => {
    const buttons = [...shadow.querySelectorAll<HTMLButtonElement>('ol.sentences button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Câu một.', 'Câu hai.']);
    expect(buttons.every((b) => b.getAttribute('aria-describedby') === 'dedoc-summary-hint')).toBe(true);
    expect(q('ol.sentences')?.getAttribute('lang')).toBe('vi');
    userClick(buttons[1]!);
    expect(callbacks.onSentence).toHaveBeenCalledWith(1);
    expect(buttons[1]!.getAttribute('aria-current')).toBe('true');
    await new Promise((r) => setTimeout(r, 80));
    expect(q('[role="status"]')?.textContent).toBe('summary_sentenceShown');
  });

  it('renders the key facts grouped, with people titles and what figures measure', () => {
    const group = (name: string) => q(`dd[data-fact="${name}"]`)?.textContent;
    expect(group('people')).toBe('Phạm Vũ Hồng – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
    expect(group('figures')).toBe('19,12% — tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính');
    expect(group('organisations')).toBe('BDVTU – Ban Dân vận Tỉnh ủy');
    expect(shadow.querySelectorAll('dt')).toHaveLength(5);
  });

  it('says so when there are no facts, and while they are computed', () => {
    panel.render({ lead: null, length: 'medium', sentences: [], facts: null });
    expect(q('.facts')?.textContent).toBe('summary_computing');
    panel.render({ lead: null, length: 'medium', sentences: [], facts: { when: [], where: [], people: [], organisations: [], figures: [] } });
    expect(q('.facts')?.textContent).toBe('summary_noFacts');
  });

  it('follows the text size, theme and toolbar side it is given', () => {
    panel.setLook({ scale: 2, theme: 'dark', side: 'left', toolbarWidth: 60 });
    const dialog = q('[role="dialog"]')!;
    expect(dialog.style.getPropertyValue('--summary-scale')).toBe('2');
    expect(dialog.dataset.theme).toBe('dark');
    expect(dialog.dataset.side).toBe('left');
    panel.setLook({ scale: 1, theme: null, side: 'right', toolbarWidth: 60 });
    expect(dialog.dataset.theme).toBeUndefined();
  });

  it('goes away entirely when the feature stops', () => {
    controller.abort();
    expect(q('[role="dialog"]')).toBeNull();
  });
});
