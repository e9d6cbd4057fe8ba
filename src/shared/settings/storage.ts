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

/** One change of a settings write: set the value at a path (or delete what is there). */
export interface SettingsOp {
  path: string[];
  value?: unknown;
  isDelete?: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a write changed, as the smallest paths: ["sites", "kiengiang.gov.vn", "scale"] = 1.5, not the whole map.
 * Arrays (userSites) are values of their own.
 */
export function diffSettings(before: unknown, after: unknown, path: string[] = []): SettingsOp[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const ops: SettingsOp[] = [];
    for (const key of Object.keys(after)) {
      if (!(key in before)) ops.push({ path: [...path, key], value: after[key] });
      else ops.push(...diffSettings(before[key], after[key], [...path, key]));
    }
    for (const key of Object.keys(before)) if (!(key in after)) ops.push({ path: [...path, key], isDelete: true });
    return ops;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, value: after }];
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/** Applies ops to a copy of the settings; throws on a path that cannot be one (another context's bug). */
export function applySettingsOps(settings: Settings, ops: readonly SettingsOp[]): Settings {
  const next = structuredClone(settings) as unknown as Record<string, unknown>;
  for (const op of ops) {
    if (!Array.isArray(op.path) || op.path.length === 0 || op.path.some((k) => typeof k !== 'string' || FORBIDDEN_SEGMENTS.has(k))) {
      throw new Error(`invalid settings path: ${JSON.stringify(op.path)}`);
    }
    let target = next;
    for (const key of op.path.slice(0, -1)) {
      if (!isPlainObject(target[key])) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    const last = op.path[op.path.length - 1]!;
    if (op.isDelete) delete target[last];
    else target[last] = structuredClone(op.value);
  }
  return next as unknown as Settings;
}

/** Writes of this context, one after the other (a second read-modify-write starts when the first has written). */
let queue: Promise<unknown> = Promise.resolve();
/** Set in content, popup and options: their writes go to the background, which applies them one at a time. */
let remoteWriter: ((ops: SettingsOp[]) => Promise<Settings>) | null = null;

/**
 * Routes this context's settings writes through `send` (the background): every context reads, computes its
 * change and sends only what it changed; the background applies the changes in turn on what storage holds
 * then. Two contexts saving at the same moment (a page's toolbar, the popup's slider, a shortcut) can no
 * longer undo each other, even for two sites of the same map.
 */
export function routeSettingsWrites(send: ((ops: SettingsOp[]) => Promise<Settings>) | null): void {
  remoteWriter = send;
}

async function writeChange(change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const { settings } = await loadSettings();
    const next = change(structuredClone(settings));
    const before = splitSettings(settings);
    const after = splitSettings(next);
    const writes: Promise<void>[] = [];
    if (JSON.stringify(before.prefs) !== JSON.stringify(after.prefs)) writes.push(writeArea('sync', { [PREFS_KEY]: after.prefs }));
    if (JSON.stringify(before.sites) !== JSON.stringify(after.sites)) writes.push(writeArea('local', { [SITES_KEY]: after.sites }));
    await Promise.all(writes);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Applies changes sent by another context (the background's handler of routeSettingsWrites). The result must
 * be valid settings as it stands: a change that would need repairing is refused, and nothing is written.
 */
export function applySettingsChanges(ops: readonly SettingsOp[]): Promise<Settings> {
  return writeChange((current) => {
    const next = applySettingsOps(current, ops);
    const { prefs, sites } = splitSettings(next);
    if (parseStored(prefs, sites).repairs.length > 0) throw new Error('settings change refused: the result is not valid settings');
    return next;
  });
}

/**
 * Read-modify-write of the settings; callers pass a pure function of the current value. Only the storage part
 * that changed is written, so that a toolbar preference saved by a page and a site switched off in the popup at
 * the same moment do not overwrite each other (content, popup, options and background all write). Where writes
 * are routed (routeSettingsWrites), only the change goes, and the background applies it.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  if (!remoteWriter) return writeChange(change);
  const { settings } = await loadSettings();
  const ops = diffSettings(settings, change(structuredClone(settings)));
  if (ops.length === 0) return settings;
  try {
    return await remoteWriter(ops);
  } catch (error) {
    // A refused change stays refused; an unreachable background (being restarted) must not lose the change.
    if (error instanceof Error && error.message.startsWith('settings change refused')) throw error;
    return writeChange((current) => applySettingsOps(current, ops));
  }
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
