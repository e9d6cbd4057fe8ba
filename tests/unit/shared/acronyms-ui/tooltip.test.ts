// @vitest-environment happy-dom
// The acronym tooltip (src/shared/acronyms-ui/tooltip.ts) on touch and with "tap or click only": a tap opens it and it
// stays until a tap elsewhere; a finger's pointerover never opens or closes it; in "click" mode a mouse hovering
// opens nothing, a click does. The page and the welcome page use this one class.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AcronymTooltip, ABBR_ATTRIBUTE, type AcronymInfo } from '../../../../src/shared/acronyms-ui/tooltip';
import type { TooltipOpening } from '../../../../src/shared/settings';
import { trusted, userClick } from '../../support/trusted';

const INFO: AcronymInfo = {
  form: 'UBND',
  resolution: { key: 'UBND', expansion: 'Ủy ban nhân dân', alternatives: [], source: 'page' } as unknown as AcronymInfo['resolution'],
};

let controller: AbortController;
let abbr: HTMLElement;
let other: HTMLElement;
let tooltip: AcronymTooltip;
let openOn: TooltipOpening;

function pointer(type: string, target: Element, pointerType: 'mouse' | 'touch', relatedTarget: Element | null = null): void {
  const event = new MouseEvent(type, { bubbles: true, composed: true, relatedTarget }) as unknown as PointerEvent;
  Object.defineProperty(event, 'pointerType', { value: pointerType });
  target.dispatchEvent(trusted(event));
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `<p>Hội nghị của <abbr ${ABBR_ATTRIBUTE}>UBND</abbr> tỉnh, <span id="other">và nơi khác</span>.</p>`;
  abbr = document.querySelector('abbr')!;
  other = document.getElementById('other')!;
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  controller = new AbortController();
  openOn = 'hover';
  tooltip = new AcronymTooltip({
    doc: document,
    shadow,
    signal: controller.signal,
    annotator: { isOurs: (el) => el === abbr, infoOf: (el) => (el === abbr ? INFO : undefined), isUnknownToken: () => false },
    fontPx: () => 18,
    save: async () => undefined,
    openOn: () => openOn,
  });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('acronym tooltip on touch and with "tap or click only"', () => {
  it('opens on a tap and stays after the finger lifts, until a tap elsewhere', () => {
    pointer('pointerdown', abbr, 'touch');
    pointer('pointerover', abbr, 'touch');
    pointer('pointerout', abbr, 'touch', other);
    userClick(abbr);
    vi.advanceTimersByTime(2000);
    expect(tooltip.isOpen).toBe(true);
    expect(tooltip.element.textContent).toContain('Ủy ban nhân dân');
    // A tap on the tooltip itself keeps it.
    pointer('pointerdown', tooltip.element, 'touch');
    expect(tooltip.isOpen).toBe(true);
    pointer('pointerdown', other, 'touch');
    expect(tooltip.isOpen).toBe(false);
  });

  it('never opens from a finger passing over the text', () => {
    pointer('pointerover', abbr, 'touch');
    vi.advanceTimersByTime(2000);
    expect(tooltip.isOpen).toBe(false);
  });

  it('opens on a mouse hover in "hover" mode, not in "click" mode, where a click opens it', () => {
    pointer('pointerover', abbr, 'mouse');
    vi.advanceTimersByTime(500);
    expect(tooltip.isOpen).toBe(true);
    pointer('pointerout', abbr, 'mouse', other);
    vi.advanceTimersByTime(1000);
    expect(tooltip.isOpen).toBe(false);
    openOn = 'click';
    pointer('pointerover', abbr, 'mouse');
    vi.advanceTimersByTime(1000);
    expect(tooltip.isOpen).toBe(false);
    userClick(abbr);
    expect(tooltip.isOpen).toBe(true);
    // Moving away does not close what a click opened.
    pointer('pointerout', abbr, 'mouse', other);
    vi.advanceTimersByTime(1000);
    expect(tooltip.isOpen).toBe(true);
    tooltip.close();
  });

  it('ignores a click the page made (untrusted)', () => {
    abbr.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(tooltip.isOpen).toBe(false);
  });

  it('explains a selected text beside it (the context menu), kept until a tap elsewhere', () => {
    const range = document.createRange();
    range.selectNodeContents(other);
    tooltip.showFor({ kind: 'range', range, info: { ...INFO, form: 'và nơi khác' } }, 'click');
    expect(tooltip.isOpen).toBe(true);
    expect(tooltip.element.getAttribute('role')).toBe('tooltip');
    pointer('pointerdown', document.body, 'mouse');
    expect(tooltip.isOpen).toBe(false);
  });
});
