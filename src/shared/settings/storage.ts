// Reads and writes settings in the browser's storage. Prefs sync; per-site state stays local (STYLE.md).
// Anything broken in storage is repaired on read, and the broken original is kept under a backup key first,
// so no user data is ever lost to a repair.
import { browser } from '../browser';
import { migrate } from './migrations';
import {
  defaultSettings,
  sanitizePrefs,
  sanitizeSitesState,
  type Prefs,
  type Repair,
  type Settings,
  type SiteSettings,
  type SitesState,
} from './schema';
import { normalizeHost } from '../hosts';

export const PREFS_KEY = 'prefs';
export const SITES_KEY = 'sites';
export const BACKUP_PREFIX = 'backup:';
/** Set when a read repaired broken settings; the popup and options show a notice until the user dismisses it. */
export const REPAIR_NOTICE_KEY = 'repairNotice';

export interface RepairNotice {
  at: string;
  paths: string[];
}

export interface LoadedSettings {
  settings: Settings;
  repairs: Repair[];
}

async function readArea(area: 'sync' | 'local', key: string): Promise<unknown> {
  try {
    const stored = await browser.storage[area].get(key);
    // A write to sync that failed fell back to local (writeArea): look there before giving up.
    if (stored[key] === undefined && area === 'sync') return (await browser.storage.local.get(key))[key];
    return stored[key];
  } catch {
    // storage.sync can be unavailable (Firefox with sync off in some builds, or quota): fall back to local.
    if (area === 'sync') return readArea('local', key);
    return undefined;
  }
}

async function writeArea(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage[area].set(items);
  } catch (error) {
    if (area === 'sync') await browser.storage.local.set(items);
    else throw error;
  }
}

function splitSettings(settings: Settings): { prefs: Prefs; sites: SitesState } {
  const { sites, userSites, ...prefs } = settings;
  return { prefs, sites: { version: prefs.version, sites, userSites } };
}

/** Parses what storage holds into valid settings; exported for tests and for the storage.onChanged listeners. */
export function parseStored(rawPrefs: unknown, rawSites: unknown): LoadedSettings {
  const repairs: Repair[] = [];
  const prefs = sanitizePrefs(migrate(rawPrefs).value, repairs);
  const sites = sanitizeSitesState(migrate(rawSites).value, repairs);
  const { version: _v, ...siteFields } = sites;
  return { settings: { ...prefs, ...siteFields }, repairs };
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [rawPrefs, rawSites] = await Promise.all([readArea('sync', PREFS_KEY), readArea('local', SITES_KEY)]);
  const loaded = parseStored(rawPrefs, rawSites);
  const isFromFuture = migrate(rawPrefs).isFromFuture || migrate(rawSites).isFromFuture;
  if (loaded.repairs.length > 0 && !isFromFuture) {
    // Keep the broken originals, then store the repaired settings so every part of Dễ Đọc reads the same.
    const stamp = new Date().toISOString();
    await writeArea('local', {
      [`${BACKUP_PREFIX}${stamp}`]: { prefs: rawPrefs ?? null, sites: rawSites ?? null },
      [REPAIR_NOTICE_KEY]: { at: stamp, paths: loaded.repairs.map((r) => r.path) } satisfies RepairNotice,
    });
    await saveSettings(loaded.settings);
  }
  return loaded;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const { prefs, sites } = splitSettings(settings);
  await Promise.all([writeArea('sync', { [PREFS_KEY]: prefs }), writeArea('local', { [SITES_KEY]: sites })]);
}

/**
 * Read-modify-write of the settings; callers pass a pure function of the current value. Only the storage part
 * that changed is written, so that a toolbar preference saved by a page and a site switched off in the popup at
 * the same moment do not overwrite each other (content, popup, options and background all write).
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = change(structuredClone(settings));
  const before = splitSettings(settings);
  const after = splitSettings(next);
  const writes: Promise<void>[] = [];
  if (JSON.stringify(before.prefs) !== JSON.stringify(after.prefs)) writes.push(writeArea('sync', { [PREFS_KEY]: after.prefs }));
  if (JSON.stringify(before.sites) !== JSON.stringify(after.sites)) writes.push(writeArea('local', { [SITES_KEY]: after.sites }));
  await Promise.all(writes);
  return next;
}

export function updateSite(host: string, patch: Partial<SiteSettings>): Promise<Settings> {
  const key = normalizeHost(host);
  return updateSettings((current) => ({
    ...current,
    sites: { ...current.sites, [key]: { ...current.sites[key], ...patch } },
  }));
}

/** Calls back with fresh settings whenever either storage part changes. Returns the unsubscribe function. */
export function onSettingsChanged(callback: (loaded: LoadedSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if ((area === 'sync' || area === 'local') && (PREFS_KEY in changes || SITES_KEY in changes)) {
      void Promise.all([readArea('sync', PREFS_KEY), readArea('local', SITES_KEY)]).then(([p, s]) =>
        callback(parseStored(p, s)),
      );
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { defaultSettings };

/** The pending notice about repaired settings, if any (whichever part of Dễ Đọc read them first). */
export async function readRepairNotice(): Promise<RepairNotice | null> {
  const value = await readArea('local', REPAIR_NOTICE_KEY);
  return value && typeof value === 'object' && 'at' in value ? (value as RepairNotice) : null;
}

export async function dismissRepairNotice(): Promise<void> {
  await browser.storage.local.remove(REPAIR_NOTICE_KEY);
}
