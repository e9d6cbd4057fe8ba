// One typed schema for every setting, its defaults, and a validator that turns anything stored into valid settings.
// Pure: no browser API, so it is unit-tested in plain Node.
import { FEATURES, type FeatureId } from '../features';
import { normalizeHost } from '../hosts';

export const SCHEMA_VERSION = 1;

/** Text scale bounds (issue 4: 100 % to 300 %). */
export const MIN_SCALE = 1;
export const MAX_SCALE = 3;

export interface SiteSettings {
  /** Dễ Đọc runs on this site. Default sites start on; user-added sites are on once added. */
  enabled: boolean;
  /** Article text scale factor, 1 = the page's own size. */
  scale: number;
  // Reading comfort (issue 4). Each number is 0 ("the page's own") or a step of COMFORT_RANGES, so that a shipped
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

/** Small preferences: kept in storage.sync so they follow the user to other computers. */
export interface Prefs {
  version: number;
  features: Record<FeatureId, boolean>;
  toolbar: ToolbarSettings;
  /** What a site the user never set gets. */
  siteDefaults: SiteSettings;
  /** How long the summary panel's summary is (issue 6); the reader's choice follows them to every site. */
  summaryLength: SummaryLength;
}

/** Summary lengths offered in the summary panel, shortest first. */
export const SUMMARY_LENGTHS = ['short', 'medium', 'long'] as const;
export type SummaryLength = (typeof SUMMARY_LENGTHS)[number];

/** Per-site values keyed by hostname: storage.local (it grows with every site visited and set). */
export interface SitesState {
  version: number;
  sites: Record<string, Partial<SiteSettings>>;
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
  };
}

export function defaultSitesState(): SitesState {
  return { version: SCHEMA_VERSION, sites: {}, userSites: [] };
}

export function defaultSettings(): Settings {
  const { version: _v, ...sites } = defaultSitesState();
  return { ...defaultPrefs(), ...sites };
}

/** What a given site gets: its own values over the defaults. */
export function siteSettings(settings: Settings, host: string): SiteSettings {
  return { ...settings.siteDefaults, ...settings.sites[normalizeHost(host)] };
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

function readSite(value: unknown, path: string, repairs: Repair[]): Partial<SiteSettings> | null {
  if (!isRecord(value)) {
    repairs.push({ path, problem: 'not an object' });
    return null;
  }
  const site: Partial<SiteSettings> = {};
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
  };
}

function readSummaryLength(value: unknown, fallback: SummaryLength, repairs: Repair[]): SummaryLength {
  if (value === undefined) return fallback;
  if ((SUMMARY_LENGTHS as readonly unknown[]).includes(value)) return value as SummaryLength;
  repairs.push({ path: 'summaryLength', problem: `expected ${SUMMARY_LENGTHS.join(' / ')}, found ${JSON.stringify(value)}` });
  return fallback;
}

const HOST_PATTERN = /^[a-z0-9.-]+$/;

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
        if (!HOST_PATTERN.test(host)) {
          repairs.push({ path: `sites.${key}`, problem: 'not a host name' });
          continue;
        }
        const site = readSite(value, `sites.${host}`, repairs);
        if (site && Object.keys(site).length > 0) state.sites[host] = site;
      }
    }
  }
  if (raw.userSites !== undefined) {
    if (!Array.isArray(raw.userSites)) repairs.push({ path: 'userSites', problem: 'not a list' });
    else {
      for (const entry of raw.userSites) {
        const host = typeof entry === 'string' ? normalizeHost(entry) : '';
        if (HOST_PATTERN.test(host)) {
          if (!state.userSites.includes(host)) state.userSites.push(host);
        } else repairs.push({ path: 'userSites', problem: `not a host name: ${JSON.stringify(entry)}` });
      }
    }
  }
  return state;
}
