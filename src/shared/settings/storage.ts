// Reads and writes settings in the browser's storage. Prefs sync (with a local copy when sync refuses a write; the
// newer revision is read); per-site state stays local (STYLE.md). Anything broken in storage is repaired on read,
// and the broken original is kept under a backup key first (the last three are kept), so no user data is ever
// lost to a repair. A write changes only the paths it changed, on what storage holds, so whatever a newer
// Dễ Đọc stored survives an older one (migrations.ts).
import { browser } from '../browser';
import { writeBackup } from '../backups';
import { migrate } from './migrations';
import { applySettingsOps, applyToStored, diffSettings, repairOps, type SettingsOp } from './ops';
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

/** A read that never throws: an area that is unavailable (Firefox with sync off in some builds) holds nothing. */
async function readArea(area: 'sync' | 'local', key: string): Promise<unknown> {
  try {
    return (await browser.storage[area].get(key))[key];
  } catch {
    return undefined;
  }
}

/**
 * The two copies of the preferences. storage.sync holds them; when sync refuses a write (Chrome allows 120 writes
 * a minute and 8 KB an item; sync can also be unavailable) the write goes to storage.local instead. Each copy
 * carries a revision (`rev`), and the newer copy is the preferences: a change saved while sync refused it is
 * never hidden by sync's older copy, and a newer copy that another computer synced wins over an older local one.
 */
interface PrefsCopies {
  sync: unknown;
  local: unknown;
}

/** The revision a copy carries; a copy without one (written before revisions existed) is older than any other. */
function revOf(value: unknown): number {
  const rev = typeof value === 'object' && value !== null ? (value as { rev?: unknown }).rev : undefined;
  return typeof rev === 'number' && Number.isFinite(rev) && rev > 0 ? rev : 0;
}

async function readPrefsCopies(): Promise<PrefsCopies> {
  const [sync, local] = await Promise.all([readArea('sync', PREFS_KEY), readArea('local', PREFS_KEY)]);
  return { sync, local };
}

/** The copy in force: the newer one; on a tie, sync's (what the user's other computers see too). */
function newerPrefs(copies: PrefsCopies): unknown {
  if (copies.local === undefined) return copies.sync;
  if (copies.sync === undefined) return copies.local;
  return revOf(copies.local) > revOf(copies.sync) ? copies.local : copies.sync;
}

/** How long after a refused sync write the local copy is offered to sync again (Chrome counts writes per minute). */
const SYNC_RETRY_MS = 61_000;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleSyncRetry(): void {
  if (retryTimer !== undefined) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void pushPendingPrefs().catch(() => undefined);
  }, SYNC_RETRY_MS);
}

/**
 * Writes the preferences with a revision newer than both copies: to sync, or to local when sync refuses. After a
 * write to sync the local copy is out of date and goes.
 */
async function writePrefs(prefs: Record<string, unknown>, copies: PrefsCopies): Promise<Record<string, unknown>> {
  const stamped = { ...prefs, rev: Math.max(Date.now(), revOf(copies.sync) + 1, revOf(copies.local) + 1) };
  try {
    await browser.storage.sync.set({ [PREFS_KEY]: stamped });
  } catch {
    await browser.storage.local.set({ [PREFS_KEY]: stamped });
    scheduleSyncRetry();
    return stamped;
  }
  if (copies.local !== undefined) await browser.storage.local.remove(PREFS_KEY).catch(() => undefined);
  return stamped;
}

/**
 * Offers a local copy that is newer than sync's to sync again (the background calls this at start-up, and a
 * context whose sync write was refused calls it a minute later). A local copy that is not newer is dropped.
 */
export async function pushPendingPrefs(): Promise<void> {
  const copies = await readPrefsCopies();
  if (copies.local === undefined) return;
  if (revOf(copies.local) > revOf(copies.sync)) {
    try {
      await browser.storage.sync.set({ [PREFS_KEY]: copies.local });
    } catch {
      scheduleSyncRetry();
      return;
    }
  }
  await browser.storage.local.remove(PREFS_KEY).catch(() => undefined);
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

/** What storage holds: both copies of the preferences (the newer one in force) and the per-site state. */
interface Stored {
  copies: PrefsCopies;
  rawPrefs: unknown;
  rawSites: unknown;
}

async function readStored(): Promise<Stored> {
  const [copies, rawSites] = await Promise.all([readPrefsCopies(), readArea('local', SITES_KEY)]);
  return { copies, rawPrefs: newerPrefs(copies), rawSites };
}

function isFromFuture(stored: Stored): boolean {
  return migrate(stored.rawPrefs).isFromFuture || migrate(stored.rawSites).isFromFuture;
}

/**
 * Keeps the broken originals, then stores the repaired settings so every part of Dễ Đọc reads the same. Only
 * what is broken is replaced: fields this version does not know stay.
 */
async function writeRepair(stored: Stored, loaded: LoadedSettings): Promise<void> {
  const notice: RepairNotice = { at: new Date().toISOString(), paths: loaded.repairs.map((r) => r.path) };
  await writeBackup(BACKUP_PREFIX, { prefs: stored.rawPrefs ?? null, sites: stored.rawSites ?? null }, { [REPAIR_NOTICE_KEY]: notice });
  const { prefs, sites } = splitSettings(loaded.settings);
  await Promise.all([
    writePrefs(applyToStored(stored.rawPrefs, repairOps(stored.rawPrefs, prefs)), stored.copies),
    browser.storage.local.set({ [SITES_KEY]: applyToStored(stored.rawSites, repairOps(stored.rawSites, sites)) }),
  ]);
}

export async function loadSettings(): Promise<LoadedSettings> {
  const stored = await readStored();
  const loaded = parseStored(stored.rawPrefs, stored.rawSites);
  // Settings from a newer Dễ Đọc are read as far as they fit and left as they are.
  if (loaded.repairs.length > 0 && !isFromFuture(stored)) {
    // A full storage.local must not stop Dễ Đọc from starting: the repair then holds in memory only, and the
    // original stays where it is (the backup is written first, so nothing is replaced without one).
    await writeRepair(stored, loaded).catch((error: unknown) => console.warn('[Dễ Đọc] settings: repair not stored', error));
  }
  return loaded;
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

/** The top-level settings fields kept in storage.local's per-site state; all others are preferences (sync). */
const SITE_STATE_FIELDS = new Set(['sites', 'userSites']);

async function writeChange(change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    await loadSettings();
    const stored = await readStored();
    const current = parseStored(stored.rawPrefs, stored.rawSites).settings;
    const next = change(structuredClone(current));
    // Only what changed is written, and onto what storage holds: fields of a newer version stay.
    const ops = diffSettings(current, next);
    const prefsOps = ops.filter((op) => !SITE_STATE_FIELDS.has(op.path[0] ?? ''));
    const siteOps = ops.filter((op) => SITE_STATE_FIELDS.has(op.path[0] ?? ''));
    const { copies } = stored;
    // A local copy newer than sync's is written out with the next change, so sync catches up.
    const isLocalAhead = copies.local !== undefined && revOf(copies.local) > revOf(copies.sync);
    const writes: Array<Promise<unknown>> = [];
    if (prefsOps.length > 0 || isLocalAhead) writes.push(writePrefs(applyToStored(stored.rawPrefs, prefsOps), copies));
    if (siteOps.length > 0) writes.push(browser.storage.local.set({ [SITES_KEY]: applyToStored(stored.rawSites, siteOps) }));
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
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const writer = remoteWriter;
  if (!writer) return writeChange(change);
  // One change at a time from this context: each is computed on what the one before it wrote. Two quick changes
  // (expand the toolbar, then Esc folds it) would otherwise both read the old value, and the second, seen as no
  // change, would be dropped while the first still landed.
  const run = remoteQueue.then(() => sendChange(writer, change));
  remoteQueue = run.catch(() => undefined);
  return run;
}

let remoteQueue: Promise<unknown> = Promise.resolve();

async function sendChange(write: (ops: SettingsOp[]) => Promise<Settings>, change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const ops = diffSettings(settings, change(structuredClone(settings)));
  if (ops.length === 0) return settings;
  try {
    return await write(ops);
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
      void Promise.all([readPrefsCopies(), readArea('local', SITES_KEY)]).then(([copies, s]) =>
        callback(parseStored(newerPrefs(copies), s)),
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
