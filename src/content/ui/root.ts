// The single in-page UI host: <dedoc-root> with an OPEN shadow root (the page contract in README.md).
// Everything Dễ Đọc draws lives in it; removing it removes all of our UI.
import { t, uiLanguage } from '../../shared/i18n';
import type { ToolbarSettings } from '../../shared/settings';
import { onTrusted } from './events';
import { ROOT_CSS } from './styles';

export const ROOT_TAG = 'dedoc-root';
/** A phone-sized window: the toolbar becomes a bar along the bottom (or top) edge (styles.ts has the same width). */
export const NARROW_QUERY = '(max-width: 640px)';

/**
 * Keyboard and text-input events that leave our shadow root bubble on into the page (they are composed, retargeted
 * to <dedoc-root>): the page would see every key the reader presses in our UI, and what they type or paste into our
 * fields (a new dictionary entry), and its shortcuts would act on them. They stop at our shadow root. (A page's
 * capture listeners on window or document run before it and still see them, retargeted: see the README.)
 */
const CONTAINED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate',
  'compositionend', 'paste', 'copy', 'cut', 'change', 'select',
] as const;

export interface ToolbarButtonSpec {
  /** Stable, language-independent id used by tests and by the page contract: data-action. */
  action: string;
  /** Accessible name in the UI language. */
  label: string;
  /** Visible glyph or short text. */
  text: string;
  /** For toggle buttons: aria-pressed. */
  isPressed?: boolean;
  onActivate(event: MouseEvent): void;
}

/** A panel of a feature (comfort, glossary, summary, player), as the UI host knows it. */
export interface PanelHandle {
  /** The feature's id: one panel per feature. */
  id: string;
  /** Closes the panel without moving the focus (another panel is taking it). */
  close(): void;
}

/** A stand-in for a feature's button while the feature is not loaded (src/content/features.ts). */
export interface StandInButtonSpec extends ToolbarButtonSpec {
  /** Attributes the feature's own button starts with (aria-expanded, aria-busy …). */
  attributes?: Readonly<Record<string, string>>;
}

/** Where a place-less button goes: after every feature's. */
const LAST_PLACE = Number.MAX_SAFE_INTEGER;

export interface ToolbarCallbacks {
  onToolbarChange(next: ToolbarSettings): void;
  onOpenOptions(): void;
}

export class UiHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly toolbar: HTMLElement;
  private readonly featureButtons: HTMLElement;
  private readonly controller = new AbortController();
  private state: ToolbarSettings;
  private openPanel: PanelHandle | null = null;
  private readonly sideListeners = new Set<(side: 'left' | 'right') => void>();
  /** Each feature button's place (its feature's position in the feature list) and what it does. */
  private readonly places = new WeakMap<Element, number>();
  private readonly specs = new WeakMap<Element, ToolbarButtonSpec>();
  private readonly standIns = new Set<HTMLButtonElement>();
  /** Shown once (show()): the page may not keep it out of <html> after that. */
  private isWanted = false;

  /**
   * `isShown` false: the host is built but not yet in the page (show() puts it there), so that features loaded on
   * demand can add their buttons first and the toolbar appears whole, without buttons moving under the pointer.
   */
  constructor(doc: Document, toolbar: ToolbarSettings, private readonly callbacks: ToolbarCallbacks, isShown = true) {
    this.state = { ...toolbar };
    this.host = doc.createElement(ROOT_TAG);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    // Bubbling listeners inside (ours) run before this one; the page's bubbling listeners outside never see them.
    for (const type of CONTAINED_EVENTS) {
      this.shadow.addEventListener(type, (event) => event.stopPropagation(), { signal: this.controller.signal });
    }
    const style = doc.createElement('style');
    style.textContent = ROOT_CSS;
    this.toolbar = doc.createElement('div');
    this.toolbar.className = 'toolbar';
    this.toolbar.setAttribute('role', 'toolbar');
    this.toolbar.setAttribute('aria-orientation', 'vertical');
    this.toolbar.setAttribute('aria-label', t('toolbarLabel'));
    this.toolbar.lang = uiLanguage();
    this.featureButtons = doc.createElement('div');
    this.featureButtons.className = 'feature-buttons';
    const signal = this.controller.signal;
    const expand = this.makeButton({ action: 'toolbar-expand', label: t('toolbarExpand'), text: 'Đ', onActivate: () => this.setCollapsed(false) }, signal);
    const collapse = this.makeButton({ action: 'toolbar-collapse', label: t('toolbarCollapse'), text: '', onActivate: () => this.setCollapsed(true) }, signal);
    const move = this.makeButton({ action: 'toolbar-move', label: t('toolbarMove'), text: '⇄', onActivate: () => this.setSide(this.state.side === 'right' ? 'left' : 'right') }, signal);
    const settings = this.makeButton({ action: 'open-options', label: t('toolbarSettings'), text: '⚙', onActivate: () => this.callbacks.onOpenOptions() }, signal);
    for (const button of [expand, collapse, move, settings]) button.classList.add('tool');
    this.toolbar.append(expand, this.featureButtons, move, settings, collapse);
    this.shadow.append(style, this.toolbar);
    this.render();
    // Esc on the toolbar collapses it, the way Esc closes any of our surfaces.
    onTrusted(this.toolbar, 'keydown', (event) => {
      if (event.key === 'Escape' && !this.state.collapsed) {
        this.setCollapsed(true);
        event.stopPropagation();
      }
    }, signal);
    if (isShown) this.show();
  }

  /** Puts the host into the page (once); from then on attach() puts it back where the page moved it from. */
  show(): void {
    if (this.controller.signal.aborted) return;
    this.isWanted = true;
    if (!this.host.isConnected) this.host.ownerDocument.documentElement.append(this.host);
  }

  get isShown(): boolean {
    return this.host.isConnected;
  }

  /**
   * Adds a feature's button to the toolbar; it goes away when the feature's signal aborts. Buttons stand in the
   * order of their features (`place`), whenever each feature adds its own; a stand-in with the same action (a
   * feature not loaded yet) gives its place, and its focus, to the feature's own button.
   */
  addButton(spec: ToolbarButtonSpec, signal: AbortSignal, place = LAST_PLACE): HTMLButtonElement {
    const button = this.makeButton(spec, signal);
    this.specs.set(button, spec);
    this.places.set(button, place);
    const standIn = [...this.standIns].find((b) => b.dataset.action === spec.action);
    if (standIn) {
      const hadFocus = this.shadow.activeElement === standIn;
      this.standIns.delete(standIn);
      standIn.replaceWith(button);
      if (hadFocus) button.focus();
    } else {
      const next = [...this.featureButtons.children].find((b) => (this.places.get(b) ?? LAST_PLACE) > place);
      this.featureButtons.insertBefore(button, next ?? null);
    }
    signal.addEventListener('abort', () => button.remove(), { once: true });
    return button;
  }

  /**
   * Holds the place of a feature's button while its bundle is not loaded (on a page without an article it is not
   * needed until the reader opens its panel): the same action, name and text; its click is the runner's to handle.
   * Goes when `signal` aborts or the feature adds its own button.
   */
  addStandIn(spec: StandInButtonSpec, signal: AbortSignal, place: number): HTMLButtonElement {
    const button = this.addButton(spec, signal, place);
    for (const [name, value] of Object.entries(spec.attributes ?? {})) button.setAttribute(name, value);
    this.standIns.add(button);
    signal.addEventListener('abort', () => this.standIns.delete(button), { once: true });
    return button;
  }

  /** Does what a click on the feature button `action` does (after its stand-in was clicked). False if none. */
  activate(action: string, event: MouseEvent): boolean {
    const button = [...this.featureButtons.children].find(
      (b) => (b as HTMLElement).dataset.action === action && !this.standIns.has(b as HTMLButtonElement),
    );
    const spec = button ? this.specs.get(button) : undefined;
    if (!spec) return false;
    spec.onActivate(event);
    return true;
  }

  /** This host as a feature sees it: the buttons it adds stand in its place among the features' buttons. */
  placed(place: number): UiHost {
    const add = (spec: ToolbarButtonSpec, signal: AbortSignal): HTMLButtonElement => this.addButton(spec, signal, place);
    return new Proxy(this, {
      get: (target, property) => {
        if (property === 'addButton') return add;
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** Applies toolbar settings that changed elsewhere (popup, options, another tab). */
  update(toolbar: ToolbarSettings): void {
    const side = this.state.side;
    this.state = { ...toolbar };
    this.render();
    if (side !== this.state.side) this.notifySide();
  }

  /** The screen edge the toolbar sits on: panels open beside it. */
  get side(): 'left' | 'right' {
    return this.state.side;
  }

  /** Calls back when the toolbar moves to the other edge (an open panel follows it); ends with `signal`. */
  onSideChange(callback: (side: 'left' | 'right') => void, signal: AbortSignal): void {
    this.sideListeners.add(callback);
    signal.addEventListener('abort', () => this.sideListeners.delete(callback), { once: true });
  }

  /**
   * Only one panel is open at a time: a feature calls this just before it shows its panel, and the panel open
   * before (another feature's) is closed first, without taking the focus back.
   */
  panelOpening(panel: PanelHandle): void {
    const previous = this.openPanel;
    this.openPanel = panel;
    if (previous && previous.id !== panel.id) previous.close();
  }

  /** A feature's panel has closed. */
  panelClosed(id: string): void {
    if (this.openPanel?.id === id) this.openPanel = null;
  }

  /**
   * On a narrow screen (a phone) the toolbar is a bar along the bottom edge; while the article's first line would be
   * behind it, the bar goes to the top edge (and back when the line is there), so it never covers that line.
   * `lineOf` gives the line's box in the window (null without an article). Returns the function that places the
   * bar again (after the article changed).
   */
  keepClearOf(lineOf: () => DOMRect | null): () => void {
    const view = this.host.ownerDocument.defaultView;
    if (!view?.matchMedia) return () => undefined;
    const signal = this.controller.signal;
    const narrow = view.matchMedia(NARROW_QUERY);
    let frame = 0;
    const place = (): void => {
      frame = 0;
      this.toolbar.setAttribute('aria-orientation', narrow.matches ? 'horizontal' : 'vertical');
      if (!narrow.matches) {
        delete this.toolbar.dataset.edge;
        return;
      }
      const line = lineOf();
      const bar = this.toolbar.getBoundingClientRect();
      const edge = this.toolbar.dataset.edge === 'top' ? 'top' : 'bottom';
      this.toolbar.dataset.edge = edge;
      if (!line || bar.height === 0) return;
      const barTop = edge === 'top' ? 0 : view.innerHeight - bar.height;
      const isCovered = line.bottom > barTop && line.top < barTop + bar.height;
      if (isCovered) this.toolbar.dataset.edge = edge === 'top' ? 'bottom' : 'top';
    };
    const schedule = (): void => {
      if (!frame && !signal.aborted) frame = view.requestAnimationFrame(place);
    };
    view.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
    view.addEventListener('resize', schedule, { passive: true, signal });
    narrow.addEventListener('change', schedule, { signal });
    if (typeof view.ResizeObserver === 'function') {
      // The bar grows as features add their buttons, and shrinks to one button when collapsed.
      const observer = new view.ResizeObserver(schedule);
      observer.observe(this.toolbar);
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    signal.addEventListener('abort', () => frame && view.cancelAnimationFrame(frame), { once: true });
    schedule();
    return schedule;
  }

  /** Puts the host (back) on <html>, the one place where only our own :host rules decide how it looks; not before
   *  it was first shown (it may be waiting for the features that load on demand). */
  attach(): void {
    if (!this.isWanted || this.controller.signal.aborted) return;
    this.host.ownerDocument.documentElement.append(this.host);
  }

  destroy(): void {
    this.controller.abort();
    this.host.remove();
  }

  private makeButton(spec: ToolbarButtonSpec, signal: AbortSignal): HTMLButtonElement {
    const button = this.host.ownerDocument.createElement('button');
    button.type = 'button';
    button.dataset.action = spec.action;
    button.setAttribute('aria-label', spec.label);
    button.title = spec.label;
    button.textContent = spec.text;
    if (spec.isPressed !== undefined) button.setAttribute('aria-pressed', String(spec.isPressed));
    onTrusted(button, 'click', (event) => spec.onActivate(event), signal);
    return button;
  }

  private setCollapsed(collapsed: boolean): void {
    this.state = { ...this.state, collapsed };
    this.render();
    // Keep the keyboard user's place: focus moves to the button that undoes what they just did.
    const target = this.toolbar.querySelector<HTMLButtonElement>(
      `[data-action="${collapsed ? 'toolbar-expand' : 'toolbar-collapse'}"]`,
    );
    target?.focus();
    this.callbacks.onToolbarChange(this.state);
  }

  private setSide(side: 'left' | 'right'): void {
    this.state = { ...this.state, side };
    this.render();
    this.notifySide();
    this.callbacks.onToolbarChange(this.state);
  }

  private notifySide(): void {
    for (const listener of this.sideListeners) listener(this.state.side);
  }

  private render(): void {
    this.toolbar.dataset.side = this.state.side;
    this.toolbar.dataset.collapsed = String(this.state.collapsed);
    const collapse = this.toolbar.querySelector('[data-action="toolbar-collapse"]');
    // The collapse arrow points toward the screen edge the toolbar folds into.
    if (collapse) collapse.textContent = this.state.side === 'right' ? '›' : '‹';
  }
}
