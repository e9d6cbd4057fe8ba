// Shows the reader where a summary sentence is in the article: scrolls to it and highlights it for a moment,
// without changing the page's text or elements. Where the CSS Custom Highlight API exists (Chrome 105+,
// Firefox 140+) the range is registered as the "dedoc-summary" highlight and painted by page.css; elsewhere
// boxes drawn from Range.getClientRects() in a layer of <dedoc-root> cover the sentence instead.
import pageCss from './page.css?raw';

export const HIGHLIGHT_NAME = 'dedoc-summary';
/** The <html> attribute that gates page.css; present only while a sentence is highlighted. */
export const HIGHLIGHT_ATTRIBUTE = 'data-dedoc-summary-highlight';
/** Long enough for a reader who moves their eyes slowly to find the marked sentence, short enough not to linger. */
export const HIGHLIGHT_MS = 4000;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(view: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (view as Window & { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (view as Window & { Highlight?: HighlightConstructor }).Highlight;
  if (!css?.highlights || typeof Highlight !== 'function') return null;
  return { registry: css.highlights, Highlight };
}

export interface HighlighterOptions {
  /** Forces the overlay even where the Highlight API exists (tests of the fallback). */
  forceOverlay?: boolean;
}

export class SentenceHighlighter {
  private readonly view: Window;
  private readonly layer: HTMLElement;
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private overlayRange: Range | null = null;
  private frame = 0;
  private readonly onViewportChange = (): void => this.scheduleOverlay();

  constructor(
    private readonly doc: Document,
    shadow: ShadowRoot,
    signal: AbortSignal,
    private readonly options: HighlighterOptions = {},
  ) {
    const view = doc.defaultView;
    if (!view) throw new Error('no window');
    this.view = view;
    this.layer = doc.createElement('div');
    this.layer.className = 'summary-highlight-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    shadow.append(this.layer);
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** True when the page's text is painted by the Highlight API (not the overlay). */
  get usesHighlightApi(): boolean {
    return !this.options.forceOverlay && highlightApi(this.view) !== null;
  }

  /** Highlights `range` for HIGHLIGHT_MS (a new call replaces the previous sentence). */
  show(range: Range, durationMs = HIGHLIGHT_MS): void {
    this.clear();
    const api = this.options.forceOverlay ? null : highlightApi(this.view);
    if (api) {
      this.ensurePageCss();
      api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
      this.doc.documentElement.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
    } else {
      this.overlayRange = range;
      this.view.addEventListener('scroll', this.onViewportChange, { passive: true, capture: true });
      this.view.addEventListener('resize', this.onViewportChange, { passive: true });
      this.drawOverlay();
    }
    this.timer = setTimeout(() => this.clear(), durationMs);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    highlightApi(this.view)?.registry.delete(HIGHLIGHT_NAME);
    this.doc.documentElement.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    this.overlayRange = null;
    this.view.removeEventListener('scroll', this.onViewportChange, { capture: true });
    this.view.removeEventListener('resize', this.onViewportChange);
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.layer.replaceChildren();
  }

  private destroy(): void {
    this.clear();
    this.layer.remove();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
    this.styleElement?.remove();
    this.styleElement = null;
  }

  /**
   * page.css goes into the page's document as a constructed, adopted style sheet: it is not a node (the page's
   * DOM stays as it was) and a strict Content-Security-Policy does not apply to it (checked in both browsers on
   * tests/e2e/sites/moit.gov.vn/strict.csp.html). A <style> element is the fallback where that is missing.
   */
  private ensurePageCss(): void {
    if (this.sheet || this.styleElement) return;
    try {
      const Sheet = (this.view as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
      const sheet = new Sheet();
      sheet.replaceSync(pageCss);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      const style = this.doc.createElement('style');
      style.setAttribute('data-dedoc-summary', '');
      style.textContent = pageCss;
      (this.doc.head ?? this.doc.documentElement).append(style);
      this.styleElement = style;
    }
  }

  private scheduleOverlay(): void {
    if (this.frame || !this.overlayRange) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      this.drawOverlay();
    });
  }

  /** Boxes over the sentence's line boxes; the layer is fixed to the viewport, like the client rects. */
  private drawOverlay(): void {
    const range = this.overlayRange;
    if (!range) return;
    const boxes = [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => {
        const box = this.doc.createElement('div');
        box.className = 'summary-highlight-box';
        box.style.left = `${r.left - 2}px`;
        box.style.top = `${r.top - 1}px`;
        box.style.width = `${r.width + 4}px`;
        box.style.height = `${r.height + 2}px`;
        return box;
      });
    this.layer.replaceChildren(...boxes);
  }
}

export function prefersReducedMotion(view: Window): boolean {
  return view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Scrolls the window (or the sentence's scroll container) so that the range sits in the middle of the view. */
export function scrollRangeIntoView(range: Range, doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  const behavior: ScrollBehavior = prefersReducedMotion(view) ? 'auto' : 'smooth';
  const scroller = doc.scrollingElement;
  const isWindowScrolling = scroller !== null && scroller.scrollHeight > view.innerHeight;
  const rect = range.getBoundingClientRect();
  if (!isWindowScrolling || (rect.width === 0 && rect.height === 0)) {
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const viewHeight = view.innerHeight;
  // A sentence taller than most of the view: show its beginning near the top instead of its middle.
  const offset = rect.height > viewHeight * 0.7 ? rect.top - viewHeight * 0.15 : rect.top + rect.height / 2 - viewHeight / 2;
  view.scrollBy({ top: offset, behavior });
}
