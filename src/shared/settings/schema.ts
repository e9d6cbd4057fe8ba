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
    siteDefaults: { enabled: true, scale: 1 },
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
  return site;
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
