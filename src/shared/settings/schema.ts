// One typed schema for every setting, its defaults, and a validator that turns anything stored into valid settings.
// Pure: no browser API, so it is unit-tested in plain Node.
import { FEATURES, type FeatureId } from '../features';
import { isHostName, normalizeHost } from '../hosts';

export const SCHEMA_VERSION = 2;

/** Text scale bounds (100 % to 300 %). */
export const MIN_SCALE = 1;
export const MAX_SCALE = 3;

export interface SiteSettings {
  /** Dễ Đọc runs on this site. Default sites start on; user-added sites are on once added. */
  enabled: boolean;
  /** Article text scale factor, 1 = the page's own size. */
  scale: number;
  // Reading comfort. Each number is 0 ("the page's own") or a step of COMFORT_RANGES, so that a shipped
  // early-paint file exists for every value (src/shared/settings/scale.ts).
  /** Scale the whole page (all of its text and boxes), not only the article. */
  scaleWholePage: boolean;
  /** Unitless line height of the article's text. */
  lineHeight: number;
  /** Letter spacing, em. */
  letterSpacing: number;
  /** Word spacing, em. */
  wordSpacing: number;
  /** Space after each paragraph, em. */
  paragraphSpacing: number;
  /** 'legible': the bundled Be Vietnam Pro (full Vietnamese coverage) instead of the page's font. */
  font: FontChoice;
  /** Colours of the article; every theme keeps body text at a contrast of at least 7:1. */
  theme: Theme;
  /** Longest line of article text, in characters (ch). */
  maxLineLength: number;
}

/** Reading-comfort colour themes: 'contrast' is dark on light, 'dark' light on dark, 'sepia' dark brown on cream. */
export const THEMES = ['page', 'contrast', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];
export const FONT_CHOICES = ['page', 'legible'] as const;
export type FontChoice = (typeof FONT_CHOICES)[number];

/** The numeric comfort options: 0 means the page's own value, anything else is snapped to min…max by step. */
export const COMFORT_RANGES = {
  lineHeight: { min: 1.5, max: 2.5, step: 0.1 },
  letterSpacing: { min: 0.02, max: 0.2, step: 0.02 },
  wordSpacing: { min: 0.04, max: 0.4, step: 0.04 },
  paragraphSpacing: { min: 0.5, max: 3, step: 0.5 },
  maxLineLength: { min: 45, max: 90, step: 5 },
} as const;
export type ComfortNumber = keyof typeof COMFORT_RANGES;

/** WCAG 2.2 success criterion 1.4.12 (Text Spacing): the one-click spacing preset. */
export const WCAG_SPACING = { lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2 } as const;
/** The line length the "comfortable line length" switch picks (WCAG 1.4.8 asks at most 80 characters). */
export const COMFORTABLE_LINE_LENGTH = 70;

/** Snaps a comfort value to its grid; 0 (or less) stays 0, the page's own value. */
export function snapComfort(key: ComfortNumber, value: number): number {
  if (!(value > 0)) return 0;
  const { min, max, step } = COMFORT_RANGES[key];
  const clamped = Math.min(max, Math.max(min, value));
  return Number((min + Math.round((clamped - min) / step) * step).toFixed(2));
}

export interface ToolbarSettings {
  collapsed: boolean;
  side: 'left' | 'right';
}

/** When an acronym's tooltip opens: 'hover' = pointer over it, a tap or click, keyboard focus; 'click' = only a
 *  tap or click, and keyboard focus (for readers whose pointer wanders over the text and opens tooltips by chance). */
export const TOOLTIP_OPENINGS = ['hover', 'click'] as const;
export type TooltipOpening = (typeof TOOLTIP_OPENINGS)[number];

/** The acronym feature's own preferences (the feature's id is its settings key). */
export interface AcronymPrefs {
  /** The dotted underline that says "this is explained"; off, the explained acronyms look like the page's text. */
  isUnderlined: boolean;
  openOn: TooltipOpening;
}

/** A site's own feature switches, over the ones for every site (`features`); only where they differ. */
export type FeatureOverrides = Partial<Record<FeatureId, boolean>>;

/** Small preferences: kept in storage.sync so they follow the user to other computers. */
export interface Prefs {
  version: number;
  features: Record<FeatureId, boolean>;
  toolbar: ToolbarSettings;
  /** What a site the user never set gets. */
  siteDefaults: SiteSettings;
  /** How long the summary panel's summary is; the reader's choice follows them to every site. */
  summaryLength: SummaryLength;
  acronyms: AcronymPrefs;
  speech: SpeechPrefs;
}

/** Read-aloud's speaking rates: 0.5× to 2× the voice's normal pace, in steps of 0.1. */
export const SPEECH_RATE_RANGE = { min: 0.5, max: 2, step: 0.1 } as const;

/** The read-aloud feature's own preferences (its id is its settings key). */
export interface SpeechPrefs {
  /** The voice the reader chose (a VoiceDescriptor id: the browser's voice name, or "builtin:vi"); '' = let Dễ Đọc
   *  choose (a Vietnamese voice of the computer, else the built-in one). */
  voiceId: string;
  /** Speaking rate per voice language (its primary subtag, lower case: "vi"); a language without one speaks at 1. */
  rates: Record<string, number>;
  /** Photo captions are read with the article. */
  captions: boolean;
}

/** Longest voice id kept (browser voice names are short; a longer one is not a voice). */
export const MAX_VOICE_ID = 200;
/** Languages with a rate of their own: a reader uses one or two; the cap keeps the synced item small. */
export const MAX_SPEECH_RATES = 16;

/** A rate snapped to its 0.1 grid inside SPEECH_RATE_RANGE. */
export function snapSpeechRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  const { min, max } = SPEECH_RATE_RANGE;
  return Math.round(Math.min(max, Math.max(min, rate)) * 10) / 10;
}

/** The key of a voice language in SpeechPrefs.rates: "vi-VN-X-SOUTH" → "vi". */
export function speechRateKey(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return /^[a-z]{2,8}$/.test(primary) ? primary : 'und';
}

/** Summary lengths offered in the summary panel, shortest first. */
export const SUMMARY_LENGTHS = ['short', 'medium', 'long'] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

/** What one site stores: its own values over the defaults, and its own feature switches. */
export interface SiteEntry extends Partial<SiteSettings> {
  features?: FeatureOverrides;
}

/** Per-site values keyed by hostname: storage.local (it grows with every site visited and set). */
export interface SitesState {
  version: number;
  sites: Record<string, SiteEntry>;
  /** Hosts outside the default list that the user switched on (each has its host permission). */
  userSites: string[];
}

export interface Settings extends Prefs, Omit<SitesState, 'version'> {}

export function defaultPrefs(): Prefs {
  const features = Object.fromEntries(FEATURES.map((f) => [f.id, f.defaultOn])) as Record<FeatureId, boolean>;
  return {
    version: SCHEMA_VERSION,
    features,
    toolbar: { collapsed: false, side: 'right' },
    siteDefaults: {
      enabled: true,
      scale: 1,
      scaleWholePage: false,
      lineHeight: 0,
      letterSpacing: 0,
      wordSpacing: 0,
      paragraphSpacing: 0,
      font: 'page',
      theme: 'page',
      maxLineLength: 0,
    },
    summaryLength: 'medium',
    acronyms: { isUnderlined: true, openOn: 'hover' },
    speech: { voiceId: '', rates: {}, captions: true },
  };
}

/** The fields of one site's settings: of `siteDefaults` and of every entry of `sites`. */
export const SITE_FIELDS: ReadonlySet<string> = new Set(Object.keys(defaultPrefs().siteDefaults));
export const TOOLBAR_FIELDS: ReadonlySet<string> = new Set(Object.keys(defaultPrefs().toolbar));
export const ACRONYM_FIELDS: ReadonlySet<string> = new Set(Object.keys(defaultPrefs().acronyms));
export const SPEECH_FIELDS: ReadonlySet<string> = new Set(Object.keys(defaultPrefs().speech));
export const FEATURE_IDS: ReadonlySet<string> = new Set(FEATURES.map((f) => f.id));

/**
 * Whether a path into the settings names something this version knows: a field of the schema, a known feature,
 * a site of the map (any host) and a field of it, or one of its feature switches. What a newer version added is
 * unknown here; it is kept as it is in storage (storage.ts), and a change that names it is refused (the
 * background's checks).
 */
export function isKnownPath(path: readonly string[]): boolean {
  const [head, key, field, sub, ...rest] = path;
  if (head === undefined || rest.length > 0) return false;
  if (sub !== undefined) return head === 'sites' && field === 'features' && FEATURE_IDS.has(sub);
  switch (head) {
    case 'features':
      return key === undefined || (field === undefined && FEATURE_IDS.has(key));
    case 'toolbar':
      return key === undefined || (field === undefined && TOOLBAR_FIELDS.has(key));
    case 'acronyms':
      return key === undefined || (field === undefined && ACRONYM_FIELDS.has(key));
    case 'speech':
      // speech.rates.<language> names one language's rate.
      return key === undefined || (field === undefined && SPEECH_FIELDS.has(key)) || (key === 'rates' && field !== undefined);
    case 'siteDefaults':
      return key === undefined || (field === undefined && SITE_FIELDS.has(key));
    case 'sites':
      return key === undefined || field === undefined || SITE_FIELDS.has(field) || field === 'features';
    case 'version':
    case 'summaryLength':
    case 'userSites':
      return key === undefined;
    default:
      return false;
  }
}

export function defaultSitesState(): SitesState {
  return { version: SCHEMA_VERSION, sites: {}, userSites: [] };
}

export function defaultSettings(): Settings {
  const { version: _v, ...sites } = defaultSitesState();
  return { ...defaultPrefs(), ...sites };
}

/** What a given site gets: its own values over the defaults (its feature switches are isFeatureOn's). */
export function siteSettings(settings: Settings, host: string): SiteSettings {
  const { features: _features, ...own } = settings.sites[normalizeHost(host)] ?? {};
  return { ...settings.siteDefaults, ...own };
}

/** A problem found while reading stored settings; each one was repaired with a default. */
export interface Repair {
  path: string;
  problem: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Scale snapped to the 10 % steps of the UI and clamped to its bounds. */
export function clampScale(value: number): number {
  const snapped = Math.round(value * 10) / 10;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, snapped));
}

function readBoolean(value: unknown, fallback: boolean, path: string, repairs: Repair[]): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  repairs.push({ path, problem: `expected true/false, found ${JSON.stringify(value)}` });
  return fallback;
}

function readScale(value: unknown, fallback: number, path: string, repairs: Repair[]): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value)) return clampScale(value);
  repairs.push({ path, problem: `expected a number, found ${JSON.stringify(value)}` });
  return fallback;
}

function readSite(value: unknown, path: string, repairs: Repair[]): SiteEntry | null {
  if (!isRecord(value)) {
    repairs.push({ path, problem: 'not an object' });
    return null;
  }
  const site: SiteEntry = {};
  if (value.enabled !== undefined) {
    const enabled = readBoolean(value.enabled, true, `${path}.enabled`, repairs);
    if (typeof value.enabled === 'boolean') site.enabled = enabled;
  }
  if (value.scale !== undefined) {
    const scale = readScale(value.scale, 1, `${path}.scale`, repairs);
    if (typeof value.scale === 'number' && Number.isFinite(value.scale)) site.scale = scale;
  }
  readComfort(value, site, path, repairs);
  return site;
}

/** A site's own feature switches: each known feature's true/false is kept, anything else repaired away. */
function readFeatureOverrides(value: unknown, path: string, repairs: Repair[]): FeatureOverrides | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    repairs.push({ path, problem: 'not an object' });
    return undefined;
  }
  const overrides: FeatureOverrides = {};
  for (const [id, isOn] of Object.entries(value)) {
    // A feature of a newer version: not ours to judge (it stays in storage, see ops.ts).
    if (!FEATURE_IDS.has(id)) continue;
    if (typeof isOn === 'boolean') overrides[id as FeatureId] = isOn;
    else repairs.push({ path: `${path}.${id}`, problem: 'expected true/false' });
  }
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}

/** Reading-comfort fields of one site entry: each valid one is kept (snapped to its grid), each broken one dropped. */
function readComfort(value: Record<string, unknown>, site: Partial<SiteSettings>, path: string, repairs: Repair[]): void {
  if (value.scaleWholePage !== undefined) {
    if (typeof value.scaleWholePage === 'boolean') site.scaleWholePage = value.scaleWholePage;
    else repairs.push({ path: `${path}.scaleWholePage`, problem: 'expected true/false' });
  }
  for (const key of Object.keys(COMFORT_RANGES) as ComfortNumber[]) {
    const raw = value[key];
    if (raw === undefined) continue;
    if (typeof raw === 'number' && Number.isFinite(raw)) site[key] = snapComfort(key, raw);
    else repairs.push({ path: `${path}.${key}`, problem: `expected a number, found ${JSON.stringify(raw)}` });
  }
  if (value.font !== undefined) {
    if ((FONT_CHOICES as readonly unknown[]).includes(value.font)) site.font = value.font as FontChoice;
    else repairs.push({ path: `${path}.font`, problem: `expected ${FONT_CHOICES.join(' / ')}` });
  }
  if (value.theme !== undefined) {
    if ((THEMES as readonly unknown[]).includes(value.theme)) site.theme = value.theme as Theme;
    else repairs.push({ path: `${path}.theme`, problem: `expected ${THEMES.join(' / ')}` });
  }
}

/** Validates stored prefs (already migrated to SCHEMA_VERSION): keeps every valid field, repairs the rest. */
export function sanitizePrefs(raw: unknown, repairs: Repair[]): Prefs {
  const defaults = defaultPrefs();
  if (raw === undefined) return defaults;
  if (!isRecord(raw)) {
    repairs.push({ path: 'prefs', problem: 'not an object' });
    return defaults;
  }
  const features = { ...defaults.features };
  if (raw.features !== undefined && !isRecord(raw.features)) {
    repairs.push({ path: 'features', problem: 'not an object' });
  } else if (isRecord(raw.features)) {
    for (const id of Object.keys(features) as FeatureId[]) {
      features[id] = readBoolean(raw.features[id], features[id], `features.${id}`, repairs);
    }
  }
  const toolbarRaw = isRecord(raw.toolbar) ? raw.toolbar : {};
  if (raw.toolbar !== undefined && !isRecord(raw.toolbar)) repairs.push({ path: 'toolbar', problem: 'not an object' });
  let side = defaults.toolbar.side;
  if (toolbarRaw.side === 'left' || toolbarRaw.side === 'right') side = toolbarRaw.side;
  else if (toolbarRaw.side !== undefined) repairs.push({ path: 'toolbar.side', problem: 'expected "left" or "right"' });
  const siteDefaultsRaw = raw.siteDefaults === undefined ? {} : readSite(raw.siteDefaults, 'siteDefaults', repairs);
  return {
    version: SCHEMA_VERSION,
    features,
    toolbar: {
      collapsed: readBoolean(toolbarRaw.collapsed, defaults.toolbar.collapsed, 'toolbar.collapsed', repairs),
      side,
    },
    siteDefaults: { ...defaults.siteDefaults, ...siteDefaultsRaw },
    summaryLength: readSummaryLength(raw.summaryLength, defaults.summaryLength, repairs),
    acronyms: readAcronymPrefs(raw.acronyms, defaults.acronyms, repairs),
    speech: readSpeechPrefs(raw.speech, defaults.speech, repairs),
  };
}

/** Whether a value can be stored as one language's rate: on the grid, inside the range. */
export function isSpeechRate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && snapSpeechRate(value) === value;
}

/** Whether a key can name a language in SpeechPrefs.rates. */
export function isSpeechRateKey(key: string): boolean {
  return speechRateKey(key) === key;
}

function readSpeechPrefs(value: unknown, fallback: SpeechPrefs, repairs: Repair[]): SpeechPrefs {
  if (value === undefined) return { ...fallback, rates: { ...fallback.rates } };
  if (!isRecord(value)) {
    repairs.push({ path: 'speech', problem: 'not an object' });
    return { ...fallback, rates: { ...fallback.rates } };
  }
  let voiceId = fallback.voiceId;
  if (typeof value.voiceId === 'string' && value.voiceId.length <= MAX_VOICE_ID) voiceId = value.voiceId;
  else if (value.voiceId !== undefined) repairs.push({ path: 'speech.voiceId', problem: 'expected a voice id' });
  const rates: Record<string, number> = {};
  if (isRecord(value.rates)) {
    for (const [lang, rate] of Object.entries(value.rates)) {
      if (!isSpeechRateKey(lang) || Object.keys(rates).length >= MAX_SPEECH_RATES) {
        repairs.push({ path: `speech.rates.${lang.slice(0, 20)}`, problem: 'not a language' });
      } else if (typeof rate === 'number' && Number.isFinite(rate)) {
        rates[lang] = snapSpeechRate(rate);
      } else {
        repairs.push({ path: `speech.rates.${lang}`, problem: 'expected a number' });
      }
    }
  } else if (value.rates !== undefined) {
    repairs.push({ path: 'speech.rates', problem: 'not an object' });
  }
  return { voiceId, rates, captions: readBoolean(value.captions, fallback.captions, 'speech.captions', repairs) };
}

function readAcronymPrefs(value: unknown, fallback: AcronymPrefs, repairs: Repair[]): AcronymPrefs {
  if (value === undefined) return { ...fallback };
  if (!isRecord(value)) {
    repairs.push({ path: 'acronyms', problem: 'not an object' });
    return { ...fallback };
  }
  let openOn = fallback.openOn;
  if ((TOOLTIP_OPENINGS as readonly unknown[]).includes(value.openOn)) openOn = value.openOn as TooltipOpening;
  else if (value.openOn !== undefined) repairs.push({ path: 'acronyms.openOn', problem: `expected ${TOOLTIP_OPENINGS.join(' / ')}` });
  return { isUnderlined: readBoolean(value.isUnderlined, fallback.isUnderlined, 'acronyms.isUnderlined', repairs), openOn };
}

function readSummaryLength(value: unknown, fallback: SummaryLength, repairs: Repair[]): SummaryLength {
  if (value === undefined) return fallback;
  if ((SUMMARY_LENGTHS as readonly unknown[]).includes(value)) return value as SummaryLength;
  repairs.push({ path: 'summaryLength', problem: `expected ${SUMMARY_LENGTHS.join(' / ')}, found ${JSON.stringify(value)}` });
  return fallback;
}

/** Validates stored per-site state: a broken entry for one site never costs the others theirs. */
export function sanitizeSitesState(raw: unknown, repairs: Repair[]): SitesState {
  const state = defaultSitesState();
  if (raw === undefined) return state;
  if (!isRecord(raw)) {
    repairs.push({ path: 'sites', problem: 'not an object' });
    return state;
  }
  if (raw.sites !== undefined) {
    if (!isRecord(raw.sites)) repairs.push({ path: 'sites', problem: 'not an object' });
    else {
      for (const [key, value] of Object.entries(raw.sites)) {
        const host = normalizeHost(key);
        if (!isHostName(host)) {
          repairs.push({ path: `sites.${key}`, problem: 'not a host name' });
          continue;
        }
        const site = readSite(value, `sites.${host}`, repairs);
        if (!site) continue;
        const features = isRecord(value) ? readFeatureOverrides(value.features, `sites.${host}.features`, repairs) : undefined;
        if (features) site.features = features;
        if (Object.keys(site).length > 0) state.sites[host] = site;
      }
    }
  }
  if (raw.userSites !== undefined) {
    if (!Array.isArray(raw.userSites)) repairs.push({ path: 'userSites', problem: 'not a list' });
    else {
      for (const entry of raw.userSites) {
        const host = typeof entry === 'string' ? normalizeHost(entry) : '';
        if (isHostName(host)) {
          if (!state.userSites.includes(host)) state.userSites.push(host);
        } else repairs.push({ path: 'userSites', problem: `not a host name: ${JSON.stringify(entry)}` });
      }
    }
  }
  return state;
}
