// The single in-page UI host: <dedoc-root> with an OPEN shadow root (the page contract in README.md).
// Everything Dễ Đọc draws lives in it; removing it removes all of our UI.
import { t, uiLanguage } from '../../shared/i18n';
import type { ToolbarSettings } from '../../shared/settings';
import { onTrusted } from './events';
import { ROOT_CSS } from './styles';

export const ROOT_TAG = 'dedoc-root';

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

  constructor(doc: Document, toolbar: ToolbarSettings, private readonly callbacks: ToolbarCallbacks) {
    this.state = { ...toolbar };
    this.host = doc.createElement(ROOT_TAG);
    this.shadow = this.host.attachShadow({ mode: 'open' });
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
    doc.documentElement.append(this.host);
  }

  /** Adds a feature's button to the toolbar; it goes away when the feature's signal aborts. */
  addButton(spec: ToolbarButtonSpec, signal: AbortSignal): HTMLButtonElement {
    const button = this.makeButton(spec, signal);
    this.featureButtons.append(button);
    signal.addEventListener('abort', () => button.remove(), { once: true });
    return button;
  }

  /** Applies toolbar settings that changed elsewhere (popup, options, another tab). */
  update(toolbar: ToolbarSettings): void {
    this.state = { ...toolbar };
    this.render();
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
    this.callbacks.onToolbarChange(this.state);
  }

  private render(): void {
    this.toolbar.dataset.side = this.state.side;
    this.toolbar.dataset.collapsed = String(this.state.collapsed);
    const collapse = this.toolbar.querySelector('[data-action="toolbar-collapse"]');
    // The collapse arrow points toward the screen edge the toolbar folds into.
    if (collapse) collapse.textContent = this.state.side === 'right' ? '›' : '‹';
  }
}
