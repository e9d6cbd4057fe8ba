// The on-page reading-comfort panel (toolbar button "Aa"): text size with presets, the WCAG spacing preset and
// fine steps for line, letter, word and paragraph spacing, the legible font, colour themes, line length.
// A non-modal dialog in <dedoc-root>'s shadow root; Esc closes it and gives the focus back to its button.
// Every button has a stable data-action (tests) and a name in the UI language; targets are 48 px.
import { t, uiLanguage } from '../../../shared/i18n';
import {
  COMFORTABLE_LINE_LENGTH,
  THEMES,
  WCAG_SPACING,
  type ComfortNumber,
  type SiteSettings,
  type Theme,
} from '../../../shared/settings';
import { SCALE_PRESETS, comfortSteps } from '../../../shared/settings/scale';
import { onTrusted } from '../../ui/events';

export interface PanelCallbacks {
  change(patch: Partial<SiteSettings>): void;
  step(direction: 1 | -1): void;
  resetAll(): void;
  /** The panel closed; `restoreFocus` when the reader closed it from the keyboard or its close button. */
  closed(restoreFocus: boolean): void;
}

const SPACING_KEYS = ['lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing'] as const;
const SPACING_ACTIONS: Record<(typeof SPACING_KEYS)[number], string> = {
  lineHeight: 'line-height',
  letterSpacing: 'letter-spacing',
  wordSpacing: 'word-spacing',
  paragraphSpacing: 'paragraph-spacing',
};
const SPACING_NAMES = {
  lineHeight: 'scale_lineHeight',
  letterSpacing: 'scale_letterSpacing',
  wordSpacing: 'scale_wordSpacing',
  paragraphSpacing: 'scale_paragraphSpacing',
} as const;
const THEME_NAMES: Record<Theme, Parameters<typeof t>[0]> = {
  page: 'scale_themePage',
  contrast: 'scale_themeContrast',
  dark: 'scale_themeDark',
  sepia: 'scale_themeSepia',
};

/** One step of a comfort option: 0 (the page's own) ↔ the grid; a step down from the grid's start is 0 again. */
export function stepComfort(key: ComfortNumber, current: number, direction: 1 | -1): number {
  const values = [0, ...comfortSteps(key)];
  let index = values.findIndex((value) => value >= current - 1e-9);
  if (index < 0) index = values.length - 1;
  if (values[index]! > current + 1e-9 && direction === 1) index -= 1;
  return values[Math.min(values.length - 1, Math.max(0, index + direction))]!;
}

/** Whether all four spacings are at least the WCAG 1.4.12 values (the preset switch shows "on"). */
export function hasWcagSpacing(site: SiteSettings): boolean {
  return SPACING_KEYS.every((key) => site[key] >= WCAG_SPACING[key] - 1e-9);
}

export function formatPercent(scale: number): string {
  return t('scale_percent', String(Math.round(scale * 100)));
}

/** How a comfort value reads: "Gốc" for the page's own, "1,5×" for multiples, "12%" for fractions of a letter. */
export function formatComfort(key: ComfortNumber, value: number): string {
  if (value <= 0) return t('scale_pageOwn');
  const number = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 });
  if (key === 'letterSpacing' || key === 'wordSpacing') return t('scale_percent', number.format(Math.round(value * 100)));
  if (key === 'maxLineLength') return String(value);
  return `${number.format(value)}×`;
}

export class ComfortPanel {
  readonly element: HTMLElement;
  private readonly doc: Document;
  private readonly sizeValue: HTMLElement;
  private readonly presets = new Map<number, HTMLButtonElement>();
  private readonly toggles = new Map<string, HTMLButtonElement>();
  private readonly values = new Map<ComfortNumber, HTMLElement>();
  private readonly themes = new Map<Theme, HTMLButtonElement>();
  private site: SiteSettings | null = null;

  constructor(
    shadow: ShadowRoot,
    private readonly callbacks: PanelCallbacks,
    private readonly signal: AbortSignal,
  ) {
    this.doc = shadow.ownerDocument ?? (shadow.host.ownerDocument as Document);
    const panel = this.make('section', 'scale-panel');
    panel.id = 'dedoc-scale-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'dedoc-scale-panel-title');
    panel.lang = uiLanguage();
    this.element = panel;

    const header = this.make('header');
    const title = this.make('h2', '', t('scale_panelTitle'));
    title.id = 'dedoc-scale-panel-title';
    title.tabIndex = -1;
    header.append(title, this.button('comfort-close', '×', t('scale_close'), () => this.close(true)));

    // Text size.
    const sizeHeading = this.heading('dedoc-scale-size', t('scale_sizeHeading'));
    this.sizeValue = this.make('span', 'value');
    this.sizeValue.setAttribute('aria-hidden', 'true');
    const sizeRow = this.make('div', 'row');
    sizeRow.append(
      this.button('panel-font-decrease', 'A−', t('scale_decrease'), () => this.callbacks.step(-1)),
      this.sizeValue,
      this.button('panel-font-increase', 'A+', t('scale_increase'), () => this.callbacks.step(1)),
    );
    const presets = this.make('div', 'presets');
    presets.setAttribute('role', 'group');
    presets.setAttribute('aria-labelledby', 'dedoc-scale-size');
    for (const preset of SCALE_PRESETS) {
      const button = this.button('scale-preset', formatPercent(preset), t('scale_presetLabel', formatPercent(preset)), () =>
        this.callbacks.change({ scale: preset }),
      );
      button.dataset.value = String(preset);
      this.presets.set(preset, button);
      presets.append(button);
    }
    const wholePage = this.toggle('scale-whole-page', t('scale_wholePage'), () =>
      this.callbacks.change({ scaleWholePage: !this.site?.scaleWholePage }),
    );

    // Spacing.
    const spacingHeading = this.heading('dedoc-scale-spacing', t('scale_spacingHeading'));
    const preset = this.toggle('spacing-preset', t('scale_spacingPreset'), () => {
      if (!this.site) return;
      const isOn = hasWcagSpacing(this.site);
      this.callbacks.change(isOn ? { lineHeight: 0, letterSpacing: 0, wordSpacing: 0, paragraphSpacing: 0 } : { ...WCAG_SPACING });
    });
    const spacingRows = SPACING_KEYS.map((key) => this.stepperRow(key));

    // Font, colours, line length.
    const lookHeading = this.heading('dedoc-scale-look', t('scale_lookHeading'));
    const font = this.toggle('font-legible', t('scale_fontLegible'), () =>
      this.callbacks.change({ font: this.site?.font === 'legible' ? 'page' : 'legible' }),
    );
    const themes = this.make('div', 'themes');
    themes.setAttribute('role', 'group');
    themes.setAttribute('aria-label', t('scale_themeGroup'));
    for (const theme of THEMES) {
      const button = this.button(`theme-${theme}`, '', t(THEME_NAMES[theme]), () => this.callbacks.change({ theme }));
      const swatch = this.make('span', `swatch theme-${theme}`, 'Aa');
      swatch.setAttribute('aria-hidden', 'true');
      button.append(swatch, this.make('span', '', t(THEME_NAMES[theme])));
      // The visible words are the name: no separate aria-label that could differ from them (WCAG 2.5.3).
      button.removeAttribute('aria-label');
      button.removeAttribute('title');
      this.themes.set(theme, button);
      themes.append(button);
    }
    const lineLength = this.toggle('line-length', t('scale_lineLength', String(COMFORTABLE_LINE_LENGTH)), () =>
      this.callbacks.change({ maxLineLength: (this.site?.maxLineLength ?? 0) > 0 ? 0 : COMFORTABLE_LINE_LENGTH }),
    );

    const footer = this.make('footer');
    const reset = this.button('comfort-reset', t('scale_resetAll'), t('scale_resetAll'), () => this.callbacks.resetAll());
    reset.removeAttribute('aria-label');
    footer.append(reset);

    panel.append(
      header,
      sizeHeading,
      sizeRow,
      presets,
      wholePage,
      spacingHeading,
      preset,
      ...spacingRows,
      lookHeading,
      font,
      themes,
      lineLength,
      footer,
    );
    shadow.append(panel);
    signal.addEventListener('abort', () => panel.remove(), { once: true });
    onTrusted(
      panel,
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        this.close(true);
      },
      signal,
    );
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(side: 'left' | 'right'): void {
    this.element.dataset.side = side;
    this.element.hidden = false;
    this.element.querySelector<HTMLElement>('#dedoc-scale-panel-title')?.focus();
  }

  close(restoreFocus: boolean): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.callbacks.closed(restoreFocus);
  }

  render(site: SiteSettings): void {
    this.site = site;
    this.sizeValue.textContent = formatPercent(site.scale);
    for (const [preset, button] of this.presets) button.setAttribute('aria-pressed', String(Math.abs(preset - site.scale) < 1e-9));
    this.setPressed('scale-whole-page', site.scaleWholePage);
    this.setPressed('spacing-preset', hasWcagSpacing(site));
    this.setPressed('font-legible', site.font === 'legible');
    this.setPressed('line-length', site.maxLineLength > 0);
    for (const key of SPACING_KEYS) {
      const value = this.values.get(key);
      if (value) value.textContent = formatComfort(key, site[key]);
    }
    for (const [theme, button] of this.themes) button.setAttribute('aria-pressed', String(site.theme === theme));
  }

  private setPressed(action: string, isPressed: boolean): void {
    this.toggles.get(action)?.setAttribute('aria-pressed', String(isPressed));
  }

  private stepperRow(key: (typeof SPACING_KEYS)[number]): HTMLElement {
    const row = this.make('div', 'row');
    row.setAttribute('role', 'group');
    const name = this.make('span', 'name', t(SPACING_NAMES[key]));
    name.id = `dedoc-scale-${SPACING_ACTIONS[key]}`;
    row.setAttribute('aria-labelledby', name.id);
    const value = this.make('span', 'value');
    // Read out after each step by the status line; here it is for the eyes.
    value.setAttribute('aria-live', 'polite');
    this.values.set(key, value);
    const lower = name.textContent?.toLocaleLowerCase(uiLanguage()) ?? '';
    row.append(
      name,
      this.button(`${SPACING_ACTIONS[key]}-decrease`, '−', t('scale_lessOf', lower), () =>
        this.callbacks.change({ [key]: stepComfort(key, this.site?.[key] ?? 0, -1) }),
      ),
      value,
      this.button(`${SPACING_ACTIONS[key]}-increase`, '+', t('scale_moreOf', lower), () =>
        this.callbacks.change({ [key]: stepComfort(key, this.site?.[key] ?? 0, 1) }),
      ),
    );
    return row;
  }

  private heading(id: string, text: string): HTMLElement {
    const heading = this.make('h3', '', text);
    heading.id = id;
    return heading;
  }

  private toggle(action: string, text: string, onActivate: () => void): HTMLButtonElement {
    const button = this.button(action, text, text, onActivate);
    button.classList.add('toggle');
    button.removeAttribute('aria-label');
    button.removeAttribute('title');
    button.setAttribute('aria-pressed', 'false');
    this.toggles.set(action, button);
    return button;
  }

  private button(action: string, text: string, label: string, onActivate: () => void): HTMLButtonElement {
    const button = this.make('button', '', text) as HTMLButtonElement;
    button.type = 'button';
    button.dataset.action = action;
    if (label !== text) {
      button.setAttribute('aria-label', label);
      button.title = label;
    }
    onTrusted(button, 'click', () => onActivate(), this.signal);
    return button;
  }

  private make(tag: string, className = '', text?: string): HTMLElement {
    const element = this.doc.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }
}
