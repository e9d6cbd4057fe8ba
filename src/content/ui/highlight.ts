// Marks a stretch of the page's text (one Range) without changing the page's text or elements: the summary's chosen
// sentence, the sentence being read aloud and its current word. Where the CSS Custom Highlight API exists (Chrome
// 105+, Firefox 140+) the range is registered under the highlight's name and painted by the caller's page CSS (its
// ::highlight(<name>) rules, gated by an <html> attribute set only while something is highlighted); elsewhere boxes
// drawn from Range.getClientRects() in a layer of <dedoc-root> cover it instead.

export interface HighlightOptions {
  /** The CSS Custom Highlight name, e.g. "dedoc-summary". */
  name: string;
  /** The <html> attribute that gates the page CSS; present only while a range is highlighted. */
  attribute: string;
  /** The page CSS: ::highlight(<name>) rules gated by `attribute`. Adopted once into the page's document. */
  pageCss: string;
  /** The fallback boxes' look inside the shadow root: background and outline (CSS declarations). */
  boxCss: string;
  /** Forces the overlay even where the Highlight API exists (tests of the fallback). */
  forceOverlay?: boolean;
}

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

export class Highlighter {
  private readonly view: Window;
  private readonly layer: HTMLElement;
  private readonly layerStyle: HTMLStyleElement;
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private overlayRange: Range | null = null;
  private frame = 0;
  private current: Range | null = null;
  private readonly onViewportChange = (): void => this.scheduleOverlay();

  constructor(
    private readonly doc: Document,
    shadow: ShadowRoot,
    signal: AbortSignal,
    private readonly options: HighlightOptions,
  ) {
    const view = doc.defaultView;
    if (!view) throw new Error('no window');
    this.view = view;
    this.layer = doc.createElement('div');
    this.layer.className = 'dedoc-highlight-layer';
    this.layer.dataset.highlight = options.name;
    this.layer.setAttribute('aria-hidden', 'true');
    this.layerStyle = doc.createElement('style');
    this.layerStyle.textContent =
      `.dedoc-highlight-layer[data-highlight="${options.name}"] { position: fixed; inset: 0; pointer-events: none; }\n` +
      `.dedoc-highlight-layer[data-highlight="${options.name}"] > div { position: fixed; border-radius: 3px; ${options.boxCss} }\n` +
      `@media (forced-colors: active) { .dedoc-highlight-layer[data-highlight="${options.name}"] > div { outline: 2px solid Highlight; background: transparent; } }`;
    shadow.append(this.layerStyle, this.layer);
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** True when the page's text is painted by the Highlight API (not the overlay). */
  get usesHighlightApi(): boolean {
    return !this.options.forceOverlay && highlightApi(this.view) !== null;
  }

  /** The range highlighted now, if any. */
  get range(): Range | null {
    return this.current;
  }

  /** Highlights `range` (replacing what was highlighted), for `durationMs` or until cleared when it is absent. */
  show(range: Range, durationMs?: number): void {
    this.clear();
    this.current = range;
    const api = this.options.forceOverlay ? null : highlightApi(this.view);
    if (api) {
      this.ensurePageCss();
      api.registry.set(this.options.name, new api.Highlight(range));
      this.doc.documentElement.setAttribute(this.options.attribute, '');
    } else {
      this.overlayRange = range;
      this.view.addEventListener('scroll', this.onViewportChange, { passive: true, capture: true });
      this.view.addEventListener('resize', this.onViewportChange, { passive: true });
      this.drawOverlay();
    }
    if (durationMs !== undefined) this.timer = setTimeout(() => this.clear(), durationMs);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.current = null;
    highlightApi(this.view)?.registry.delete(this.options.name);
    this.doc.documentElement.removeAttribute(this.options.attribute);
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
    this.layerStyle.remove();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
    this.styleElement?.remove();
    this.styleElement = null;
  }

  /**
   * The page CSS goes into the page's document as a constructed, adopted style sheet: it is not a node (the page's
   * DOM stays as it was) and a strict Content-Security-Policy does not apply to it (checked in both browsers on
   * tests/e2e/sites/moit.gov.vn/strict.csp.html). A <style> element is the fallback where that is missing.
   */
  private ensurePageCss(): void {
    if (this.sheet || this.styleElement) return;
    try {
      const Sheet = (this.view as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
      const sheet = new Sheet();
      sheet.replaceSync(this.options.pageCss);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      const style = this.doc.createElement('style');
      style.setAttribute('data-dedoc-highlight', this.options.name);
      style.textContent = this.options.pageCss;
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

  /** Boxes over the range's line boxes; the layer is fixed to the viewport, like the client rects. */
  private drawOverlay(): void {
    const range = this.overlayRange;
    if (!range) return;
    const boxes = [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => {
        const box = this.doc.createElement('div');
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

/**
 * Scrolls the window (or the range's scroll container) so that the range sits in the middle of the view. With
 * `onlyWhenOutside`, nothing moves while the range is inside that share of the view's height around its middle
 * (read-aloud keeps the sentence in view without making the page jump at every sentence).
 */
export function scrollRangeIntoView(range: Range, doc: Document, onlyWhenOutside?: number): void {
  const view = doc.defaultView;
  if (!view) return;
  const behavior: ScrollBehavior = prefersReducedMotion(view) ? 'auto' : 'smooth';
  const scroller = doc.scrollingElement;
  const isWindowScrolling = scroller !== null && scroller.scrollHeight > view.innerHeight;
  const rect = range.getBoundingClientRect();
  const viewHeight = view.innerHeight;
  if (onlyWhenOutside !== undefined) {
    const margin = (viewHeight * (1 - onlyWhenOutside)) / 2;
    if (rect.top >= margin && rect.bottom <= viewHeight - margin) return;
  }
  if (!isWindowScrolling || (rect.width === 0 && rect.height === 0)) {
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  // A range taller than most of the view: show its beginning near the top instead of its middle.
  const offset = rect.height > viewHeight * 0.7 ? rect.top - viewHeight * 0.15 : rect.top + rect.height / 2 - viewHeight / 2;
  view.scrollBy({ top: offset, behavior });
}
