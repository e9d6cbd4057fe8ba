// Text size and reading-comfort controls of the extension's own pages: the popup (for the site of the
// tab, compact) and the options page (the defaults for sites never set, with fine steps). Pure UI: the caller
// saves each change; the page in the tab follows the saved settings at once (live preview).
import './comfort-controls.css';
import { t, uiLanguage } from '../i18n';
import {
  COMFORTABLE_LINE_LENGTH,
  MAX_SCALE,
  MIN_SCALE,
  THEMES,
  WCAG_SPACING,
  type ComfortNumber,
  type SiteSettings,
  type Theme,
} from '../settings/schema';
import { SCALE_PRESETS, SCALE_STEP, comfortSteps, stepScale } from '../settings/scale';

type MessageKey = Parameters<typeof t>[0];

const THEME_NAMES: Record<Theme, MessageKey> = {
  page: 'scale_themePage',
  contrast: 'scale_themeContrast',
  dark: 'scale_themeDark',
  sepia: 'scale_themeSepia',
};
const SPACING_KEYS = ['lineHeight', 'letterSpacing', 'wordSpacing', 'paragraphSpacing'] as const;
const FINE_NAMES: Record<ComfortNumber, MessageKey> = {
  lineHeight: 'scale_lineHeight',
  letterSpacing: 'scale_letterSpacing',
  wordSpacing: 'scale_wordSpacing',
  paragraphSpacing: 'scale_paragraphSpacing',
  maxLineLength: 'scale_maxLineLength',
};

export function percentOf(scale: number): string {
  return t('scale_percent', String(Math.round(scale * 100)));
}

function comfortLabel(key: ComfortNumber, value: number): string {
  if (value <= 0) return t('scale_pageOwn');
  const number = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 });
  if (key === 'letterSpacing' || key === 'wordSpacing') return t('scale_percent', number.format(Math.round(value * 100)));
  if (key === 'maxLineLength') return t('scale_characters', String(value));
  return `${number.format(value)}×`;
}

export function hasWcagSpacing(site: SiteSettings): boolean {
  return SPACING_KEYS.every((key) => site[key] >= WCAG_SPACING[key] - 1e-9);
}

export interface ComfortControlsProps {
  site: SiteSettings;
  onChange(patch: Partial<SiteSettings>): void;
  /** Prefix of element ids (two instances may share a page). */
  idPrefix: string;
  /** What the size slider is for, e.g. "Cỡ chữ trên kiengiang.gov.vn". */
  sliderLabel: string;
  /** The options page shows every fine step; the popup only the one-click choices. */
  isDetailed?: boolean;
}

export function ComfortControls({ site, onChange, idPrefix, sliderLabel, isDetailed = false }: ComfortControlsProps) {
  const id = (name: string): string => `${idPrefix}-${name}`;
  const percent = percentOf(site.scale);
  return (
    <div class="comfort-controls">
      <div class="size-row">
        <button
          type="button"
          class="step"
          data-action={`${idPrefix}-font-decrease`}
          aria-label={t('scale_decrease')}
          title={t('scale_decrease')}
          disabled={site.scale <= MIN_SCALE}
          onClick={() => onChange({ scale: stepScale(site.scale, -1) })}
        >
          A−
        </button>
        <div class="slider">
          <label for={id('scale')}>{sliderLabel}</label>
          <input
            id={id('scale')}
            type="range"
            data-setting="scale"
            min={MIN_SCALE * 100}
            max={MAX_SCALE * 100}
            step={SCALE_STEP * 100}
            value={Math.round(site.scale * 100)}
            aria-valuetext={percent}
            onInput={(event) => onChange({ scale: Number((event.currentTarget as HTMLInputElement).value) / 100 })}
          />
        </div>
        <output class="size-value" for={id('scale')} aria-hidden="true">
          {percent}
        </output>
        <button
          type="button"
          class="step"
          data-action={`${idPrefix}-font-increase`}
          aria-label={t('scale_increase')}
          title={t('scale_increase')}
          disabled={site.scale >= MAX_SCALE}
          onClick={() => onChange({ scale: stepScale(site.scale, 1) })}
        >
          A+
        </button>
      </div>
      <div class="presets" role="group" aria-label={t('scale_presetsLabel')}>
        {SCALE_PRESETS.map((preset) => (
          <button
            type="button"
            class="secondary"
            key={preset}
            data-action={`${idPrefix}-preset`}
            data-value={String(preset)}
            aria-pressed={Math.abs(site.scale - preset) < 1e-9 ? 'true' : 'false'}
            onClick={() => onChange({ scale: preset })}
          >
            {percentOf(preset)}
          </button>
        ))}
      </div>
      <label class="row">
        <input
          type="checkbox"
          data-setting="scaleWholePage"
          checked={site.scaleWholePage}
          onChange={(event) => onChange({ scaleWholePage: (event.currentTarget as HTMLInputElement).checked })}
        />
        {t('scale_wholePage')}
      </label>
      <SpacingSwitch site={site} onChange={onChange} />
      {isDetailed && (
        <div class="fine">
          {([...SPACING_KEYS, 'maxLineLength'] as ComfortNumber[]).map((key) => (
            <label class="row" key={key}>
              <span class="name">{t(FINE_NAMES[key])}</span>
              <select
                data-setting={key}
                value={String(site[key])}
                onChange={(event) => onChange({ [key]: Number((event.currentTarget as HTMLSelectElement).value) })}
              >
                {[0, ...comfortSteps(key)].map((value) => (
                  <option value={String(value)} key={value}>
                    {comfortLabel(key, value)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      <FontSwitch site={site} onChange={onChange} />
      {!isDetailed && (
        <label class="row">
          <input
            type="checkbox"
            data-setting="lineLength"
            checked={site.maxLineLength > 0}
            onChange={(event) =>
              onChange({ maxLineLength: (event.currentTarget as HTMLInputElement).checked ? COMFORTABLE_LINE_LENGTH : 0 })
            }
          />
          {t('scale_lineLength', String(COMFORTABLE_LINE_LENGTH))}
        </label>
      )}
      <ThemeChoices site={site} onChange={onChange} name={id('theme')} />
    </div>
  );
}

/** The look of a site, each piece on its own (the welcome page offers them one step at a time). */
export interface LookChoiceProps {
  site: SiteSettings;
  onChange(patch: Partial<SiteSettings>): void;
}

/** One click for the WCAG 1.4.12 spacing (line, letter, word and paragraph spacing together). */
export function SpacingSwitch({ site, onChange }: LookChoiceProps) {
  return (
    <label class="row">
      <input
        type="checkbox"
        data-setting="spacing"
        checked={hasWcagSpacing(site)}
        onChange={(event) =>
          onChange(
            (event.currentTarget as HTMLInputElement).checked
              ? { ...WCAG_SPACING }
              : { lineHeight: 0, letterSpacing: 0, wordSpacing: 0, paragraphSpacing: 0 },
          )
        }
      />
      {t('scale_spacingPreset')}
    </label>
  );
}

/** The bundled legible font instead of the page's. */
export function FontSwitch({ site, onChange }: LookChoiceProps) {
  return (
    <label class="row">
      <input
        type="checkbox"
        data-setting="font"
        checked={site.font === 'legible'}
        onChange={(event) => onChange({ font: (event.currentTarget as HTMLInputElement).checked ? 'legible' : 'page' })}
      />
      {t('scale_fontLegible')}
    </label>
  );
}

/** The colour themes as radio buttons with a swatch each; `name` groups them (two groups may share a page). */
export function ThemeChoices({ site, onChange, name }: LookChoiceProps & { name: string }) {
  return (
    <fieldset class="themes">
      <legend>{t('scale_themeGroup')}</legend>
      {THEMES.map((theme) => (
        <label class={`theme theme-${theme}`} key={theme}>
          <input type="radio" name={name} data-setting="theme" value={theme} checked={site.theme === theme} onChange={() => onChange({ theme })} />
          <span class="swatch" aria-hidden="true">
            Aa
          </span>
          {t(THEME_NAMES[theme])}
        </label>
      ))}
    </fieldset>
  );
}
