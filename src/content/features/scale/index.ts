// Text size (100–300 %, per site, in force before the first paint) and reading comfort (spacing, legible font, themes, line length) for the article.
// Pages that show it: the demo kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html and hoi-nghi-cai-cach-hanh-chinh.html
// (its "Xem với cỡ chữ A A" links scale in our steps), the test page tests/e2e/sites/kiengiang.gov.vn/scale/early.html
// (the early-paint check), and every fixture under tests/fixtures/pages (reflow at 200 %; tests/e2e/scale.e2e.ts).
//
// The page contract (src/shared/settings/scale.ts): <html data-dedoc-scale="1.3"> (absent at 100 %) and one
// data-dedoc-* attribute per comfort option; the article's outermost parts carry data-dedoc-scale-target. The
// gated style sheet (the packaged scale/page.css) does the rest (zoom, reflow, spacing, font, theme). On every later visit
// the background's registrations set the same attributes and marks at document_start (no flash); this feature
// takes them over, follows the reader's changes (toolbar, panel, popup, shortcuts, the portal's own size links)
// and removes everything when it stops.
import { t } from '../../../shared/i18n';
import { MAX_SCALE, MIN_SCALE, siteSettings, type Settings, type SiteSettings } from '../../../shared/settings';
import { PAGE_ATTRIBUTES, TARGET_ATTRIBUTE, pageAttributes, stepScale } from '../../../shared/settings/scale';
import { LOCAL_WRITE_INTERVAL_MS, WriteCoalescer } from '../../../shared/settings/write-coalescer';
import type { Feature, FeatureContext } from '../../feature';
import { onTrusted } from '../../ui/events';
import { LegibleFont } from './font';
import { ComfortPanel, formatPercent } from './panel';
import { PageSheet } from './sheet';
import { SCALE_CSS } from './styles';
import { computeTargets, markTargets } from './targets';
import { widgetActionAt, type WidgetAction } from './widgets';

/** How long the "Cỡ chữ 150 %" notice stays: long enough to read twice. */
const NOTICE_MS = 2200;
const ALL_ATTRIBUTES = Object.values(PAGE_ATTRIBUTES);

type Patch = Partial<SiteSettings>;

class ScaleFeature {
  private readonly doc: Document;
  private readonly view: Window;
  private readonly html: HTMLElement;
  private site: SiteSettings;
  /** This page's changes, written in order and coalesced; they win over older settings events until stored. */
  private readonly writes: WriteCoalescer<SiteSettings>;
  private panel: ComfortPanel | null = null;
  /** The open panel moves with the toolbar when it changes sides (subscribed once). */
  private isFollowingSide = false;
  private readonly buttons: Record<'increase' | 'decrease' | 'reset' | 'comfort', HTMLButtonElement>;
  private readonly status: HTMLElement;
  private readonly notice: HTMLElement;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAttributes = '';
  private readonly sheet: PageSheet;
  private readonly font: LegibleFont;

  constructor(
    private readonly context: FeatureContext,
    private readonly signal: AbortSignal,
  ) {
    this.doc = context.document;
    const view = this.doc.defaultView;
    if (!view) throw new Error('no window');
    this.view = view;
    this.html = this.doc.documentElement;
    this.site = context.site();
    this.writes = new WriteCoalescer<SiteSettings>((patch) => context.updateSite(patch), {
      intervalMs: LOCAL_WRITE_INTERVAL_MS,
      onError: (error) => console.warn('[Dễ Đọc] could not save the text size', error),
    });
    signal.addEventListener('abort', () => this.writes.dispose(), { once: true });
    // A click that leaves the page right away still saves its size.
    view.addEventListener('pagehide', () => void this.writes.flush(), { signal });
    this.sheet = new PageSheet(this.doc);
    this.font = new LegibleFont(this.doc);
    const shadow = context.ui.shadow;
    const style = this.doc.createElement('style');
    style.textContent = SCALE_CSS;
    // A polite status line: every size change is read out, whatever caused it.
    this.status = this.doc.createElement('div');
    this.status.className = 'scale-status';
    this.status.setAttribute('role', 'status');
    this.status.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
    this.notice = this.doc.createElement('div');
    this.notice.className = 'scale-notice';
    this.notice.hidden = true;
    this.notice.setAttribute('aria-hidden', 'true');
    shadow.append(style, this.status, this.notice);
    signal.addEventListener(
      'abort',
      () => {
        style.remove();
        this.status.remove();
        this.notice.remove();
        clearTimeout(this.noticeTimer);
      },
      { once: true },
    );
    const ui = context.ui;
    this.buttons = {
      increase: ui.addButton({ action: 'font-increase', label: t('scale_increase'), text: 'A+', onActivate: () => this.step(1) }, signal),
      reset: ui.addButton({ action: 'font-reset', label: '', text: '', onActivate: () => this.resetSize() }, signal),
      decrease: ui.addButton({ action: 'font-decrease', label: t('scale_decrease'), text: 'A−', onActivate: () => this.step(-1) }, signal),
      comfort: ui.addButton(
        { action: 'comfort-panel', label: t('scale_comfortOpen'), text: 'Aa', onActivate: () => this.togglePanel() },
        signal,
      ),
    };
    this.buttons.comfort.setAttribute('aria-expanded', 'false');
    this.buttons.comfort.setAttribute('aria-controls', 'dedoc-scale-panel');
  }

  start(): void {
    this.apply(this.site);
    this.context.onSettings((settings) => this.onSettings(settings));
    this.context.article.onChange(() => this.updateTargets());
    // The portal's own size links: our capture listener on the window runs before the page's handlers.
    onTrusted(this.view, 'click', (event) => this.onPageClick(event), this.signal, { capture: true });
    this.signal.addEventListener('abort', () => this.restore(), { once: true });
  }

  /** Settings changed (this tab, the popup, a shortcut, another tab): what this page wrote last still wins. */
  private onSettings(settings: Settings): void {
    const previous = this.site.scale;
    this.apply(this.writes.overlay(siteSettings(settings, this.context.host)));
    if (this.site.scale !== previous) this.announce();
  }

  /** A change made on this page: shown at once, saved in order (each write reads what the previous wrote). */
  private change(patch: Patch): void {
    this.apply({ ...this.site, ...patch });
    if (patch.scale !== undefined) this.announce();
    this.writes.change(patch);
  }

  private step(direction: 1 | -1): void {
    const next = stepScale(this.site.scale, direction);
    if (next === this.site.scale) {
      this.say(t(direction === 1 ? 'scale_atMax' : 'scale_atMin', formatPercent(this.site.scale)));
      return;
    }
    this.change({ scale: next });
  }

  private resetSize(): void {
    if (this.site.scale === MIN_SCALE) {
      this.say(t('scale_atMin', formatPercent(MIN_SCALE)));
      return;
    }
    this.change({ scale: MIN_SCALE });
  }

  private resetAll(): void {
    const defaults = this.context.settings().siteDefaults;
    const { enabled: _enabled, ...look } = defaults;
    this.change({ ...look, scale: MIN_SCALE });
  }

  /** Brings the page in line with `site`: <html> attributes, article marks, sheet, toolbar and panel. */
  private apply(site: SiteSettings): void {
    this.site = site;
    const attributes = pageAttributes(site);
    const key = JSON.stringify(attributes);
    if (key !== this.lastAttributes) {
      this.lastAttributes = key;
      const wanted = new Map(attributes);
      for (const name of ALL_ATTRIBUTES) {
        const value = wanted.get(name);
        if (value === undefined) this.html.removeAttribute(name);
        else if (this.html.getAttribute(name) !== value) this.html.setAttribute(name, value);
      }
      if (attributes.length > 0) this.sheet.ensure();
      if (site.enabled && site.font === 'legible') this.font.ensure();
    }
    this.updateTargets();
    this.render();
  }

  /** Marks the article's parts while something is set; no marks at all otherwise (the page stays as it was). */
  private updateTargets(): void {
    const isActive = this.lastAttributes !== '[]' && this.lastAttributes !== '';
    const targets = isActive ? computeTargets(this.context.article.current(), this.doc) : [];
    this.context.article.ignoreMutations(() => markTargets(this.doc, targets));
  }

  private render(): void {
    const { scale } = this.site;
    const percent = formatPercent(scale);
    this.buttons.reset.textContent = percent;
    const resetLabel = t('scale_resetLabel', percent);
    this.buttons.reset.setAttribute('aria-label', resetLabel);
    this.buttons.reset.title = resetLabel;
    this.buttons.increase.setAttribute('aria-disabled', String(scale >= MAX_SCALE));
    this.buttons.decrease.setAttribute('aria-disabled', String(scale <= MIN_SCALE));
    this.panel?.render(this.site);
  }

  private announce(): void {
    this.say(t('scale_notice', formatPercent(this.site.scale)));
  }

  /** Tells the reader what happened: read out (status line) and shown for a moment beside the toolbar. */
  private say(text: string): void {
    this.status.textContent = text;
    this.notice.textContent = text;
    this.notice.dataset.side = this.context.settings().toolbar.side;
    this.notice.hidden = false;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.notice.hidden = true;
    }, NOTICE_MS);
  }

  private togglePanel(): void {
    if (this.panel?.isOpen) {
      this.panel.close(true);
      return;
    }
    if (!this.panel) {
      this.panel = new ComfortPanel(
        this.context.ui.shadow,
        {
          change: (patch) => this.change(patch),
          step: (direction) => this.step(direction),
          resetAll: () => this.resetAll(),
          closed: (restoreFocus) => {
            this.context.ui.panelClosed('scale');
            this.buttons.comfort.setAttribute('aria-expanded', 'false');
            if (restoreFocus) this.buttons.comfort.focus();
          },
        },
        this.signal,
      );
    }
    this.panel.render(this.site);
    this.notice.hidden = true;
    const panel = this.panel;
    if (!this.isFollowingSide) {
      this.isFollowingSide = true;
      this.context.ui.onSideChange((side) => {
        if (this.panel?.isOpen) this.panel.element.dataset.side = side;
      }, this.signal);
    }
    this.context.ui.panelOpening({ id: 'scale', close: () => panel.close(false) });
    panel.open(this.context.ui.side);
    this.buttons.comfort.setAttribute('aria-expanded', 'true');
  }

  /** A real click on the portal's own size link: our step instead of the portal's inline px. */
  private onPageClick(event: MouseEvent): void {
    const target = event.target as Element | null;
    if (typeof target?.closest !== 'function' || target.closest('dedoc-root')) return;
    const action: WidgetAction | null = widgetActionAt(target);
    if (!action) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (action === 'reset') this.resetSize();
    else this.step(action === 'increase' ? 1 : -1);
  }

  /** The feature stops (switched off, site off, extension gone): the page goes back to exactly what it was. */
  private restore(): void {
    for (const name of ALL_ATTRIBUTES) this.html.removeAttribute(name);
    this.sheet.remove();
    this.font.remove();
    this.context.article.ignoreMutations(() => {
      for (const element of this.doc.querySelectorAll(`[${TARGET_ATTRIBUTE}]`)) element.removeAttribute(TARGET_ATTRIBUTE);
    });
    this.lastAttributes = '';
  }
}

export const scale: Feature = {
  id: 'scale',
  init(context: FeatureContext, signal: AbortSignal): void {
    new ScaleFeature(context, signal).start();
  },
};
