// @vitest-environment happy-dom
// The highlight never changes the page's text: with the CSS Custom Highlight API it is a registry entry plus gated
// page CSS; without it, boxes in our own shadow root. Either way it goes after a moment and when the feature stops.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../../src/content/ui/highlight';

const HIGHLIGHT_NAME = 'dedoc-test';
const HIGHLIGHT_ATTRIBUTE = 'data-dedoc-test-highlight';
const OPTIONS = { name: HIGHLIGHT_NAME, attribute: HIGHLIGHT_ATTRIBUTE, pageCss: `html[${HIGHLIGHT_ATTRIBUTE}] ::highlight(${HIGHLIGHT_NAME}) { background: yellow; }`, boxCss: 'background: yellow;' };

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

describe('highlight of a range of the page', () => {
  let shadow: ShadowRoot;
  let host: HTMLElement;
  let controller: AbortController;
  let range: Range;
  let registry: Map<string, unknown>;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="p">Câu một. Câu hai được chọn. Câu ba.</p>';
    host = document.createElement('dedoc-root');
    document.documentElement.append(host);
    shadow = host.attachShadow({ mode: 'open' });
    controller = new AbortController();
    const text = document.getElementById('p')!.firstChild!;
    range = document.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 27);
    registry = new Map();
  });

  afterEach(() => {
    controller.abort();
    host.remove();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('uses CSS.highlights where it exists, with page CSS gated by an <html> attribute, then clears itself', () => {
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const before = document.body.innerHTML;
    const sheetsBefore = document.adoptedStyleSheets.length;
    const highlighter = new Highlighter(document, shadow, controller.signal, OPTIONS);
    expect(highlighter.usesHighlightApi).toBe(true);
    highlighter.show(range, 1000);
    const entry = registry.get(HIGHLIGHT_NAME) as FakeHighlight;
    expect(entry.ranges[0]?.toString()).toBe('Câu hai được chọn.');
    expect(document.documentElement.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(true);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    expect(document.body.innerHTML).toBe(before);
    vi.advanceTimersByTime(1000);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(document.documentElement.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(false);
    controller.abort();
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    expect(shadow.querySelector('.dedoc-highlight-layer')).toBeNull();
  });

  it('falls back to boxes drawn from the range client rects, in the shadow root', () => {
    range.getClientRects = () => [new DOMRect(10, 20, 200, 24), new DOMRect(10, 44, 120, 24)] as unknown as DOMRectList;
    const highlighter = new Highlighter(document, shadow, controller.signal, { ...OPTIONS, forceOverlay: true });
    expect(highlighter.usesHighlightApi).toBe(false);
    const before = document.body.innerHTML;
    highlighter.show(range, 1000);
    const boxes = [...shadow.querySelectorAll<HTMLElement>('.dedoc-highlight-layer > div')];
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.style.left).toBe('8px');
    expect(boxes[0]!.style.width).toBe('204px');
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(shadow.querySelectorAll('.dedoc-highlight-layer > div')).toHaveLength(0);
  });

  it('a new sentence replaces the previous one; stopping removes everything at once', () => {
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const highlighter = new Highlighter(document, shadow, controller.signal, OPTIONS);
    highlighter.show(range);
    const other = document.createRange();
    other.selectNodeContents(document.getElementById('p')!);
    highlighter.show(other);
    expect((registry.get(HIGHLIGHT_NAME) as FakeHighlight).ranges[0]).toBe(other);
    controller.abort();
    expect(registry.size).toBe(0);
    expect(document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-dedoc-'))).toEqual([]);
  });
});
