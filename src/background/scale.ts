// Text size and reading comfort, background side. Installed by one import in index.ts.
// - Keeps the early-paint registrations (scale-plan.ts) equal to the settings: on every settings change, at
//   install and browser start, and when a site's permission comes or goes. They persist across sessions, so the
//   reader's size is in force before the first paint of every later visit.
// - Keyboard shortcuts (commands in manifest.json): Alt+Shift+↑ / ↓ / 0 grow, shrink and reset the text of the
//   active tab's site.
import { browser } from '../shared/browser';
import { hostOfUrl } from '../shared/hosts';
import { isFeatureOn, isSiteActive, loadSettings, onSettingsChanged, siteSettings, updateSite } from '../shared/settings';
import { stepScale } from '../shared/settings/scale';
import { SCALE_ID_PREFIX, planScaleRegistrations, type EarlyRegistration } from './scale-plan';

/** Settings can change many times a second while the popup's slider moves: register once it rests. */
const SYNC_DELAY_MS = 150;

export const SCALE_COMMANDS = { 'scale-increase': 1, 'scale-decrease': -1, 'scale-reset': 0 } as const;

function log(message: string, error?: unknown): void {
  console.warn(`[Dễ Đọc] scale: ${message}`, error ?? '');
}

/** Firefox may report files as absolute moz-extension:// URLs; registrations are compared by package path. */
function packagePath(file: string): string {
  const base = browser.runtime.getURL('/');
  return (file.startsWith(base) ? file.slice(base.length) : file).replace(/^\//, '');
}

interface Registered {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  css?: string[];
  js?: string[];
}

function isSame(current: Registered, wanted: EarlyRegistration): boolean {
  const same = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
    JSON.stringify((a ?? []).map(packagePath)) === JSON.stringify(b.map(packagePath));
  return (
    JSON.stringify(current.matches ?? []) === JSON.stringify(wanted.matches) &&
    JSON.stringify(current.excludeMatches ?? []) === JSON.stringify(wanted.excludeMatches) &&
    same(current.css, wanted.css) &&
    same(current.js, wanted.js)
  );
}

function toScript(registration: EarlyRegistration) {
  return {
    id: registration.id,
    matches: registration.matches,
    excludeMatches: registration.excludeMatches,
    css: registration.css,
    js: registration.js,
    runAt: 'document_start' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Makes the registered early-paint scripts equal to the plan for the current settings. */
export async function syncScaleRegistrations(): Promise<void> {
  const { settings } = await loadSettings();
  const plan = planScaleRegistrations(settings);
  const registered = ((await browser.scripting.getRegisteredContentScripts()) as Registered[]).filter((s) =>
    s.id.startsWith(SCALE_ID_PREFIX),
  );
  const wanted = new Map(plan.map((r) => [r.id, r]));
  const stale = registered.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const changed = plan.filter((r) => {
    const current = registered.find((s) => s.id === r.id);
    return current !== undefined && !isSame(current, r);
  });
  const added = plan.filter((r) => !registered.some((s) => s.id === r.id));
  if (changed.length > 0) {
    try {
      await browser.scripting.updateContentScripts(changed.map(toScript));
    } catch (error) {
      // An update the browser refuses (or does not know) is done as remove-and-add.
      log('update failed, registering anew', error);
      await browser.scripting.unregisterContentScripts({ ids: changed.map((r) => r.id) });
      added.push(...changed);
    }
  }
  for (const registration of added) {
    try {
      await browser.scripting.registerContentScripts([toScript(registration)]);
    } catch (error) {
      // One bad site (a pattern the browser rejects) must not cost the others their registration.
      log(`could not register ${registration.id}`, error);
    }
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<void> = Promise.resolve();

/** Runs a sync after the settings have rested; syncs never overlap. */
function scheduleSync(delay = SYNC_DELAY_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    queue = queue.then(syncScaleRegistrations).catch((error: unknown) => log('sync failed', error));
  }, delay);
}

interface CommandTab {
  id?: number;
  url?: string;
}

/** A shortcut: one step up or down (or back to 100 %) for the active tab's site, saved like a toolbar click. */
export async function runScaleCommand(command: string, tab: CommandTab | undefined): Promise<void> {
  if (!(command in SCALE_COMMANDS)) return;
  const direction = SCALE_COMMANDS[command as keyof typeof SCALE_COMMANDS];
  const target = tab?.url ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const host = hostOfUrl(target?.url);
  if (!host) return;
  const { settings } = await loadSettings();
  const site = siteSettings(settings, host);
  if (!isSiteActive(settings, host) || !isFeatureOn(settings, host, 'scale')) return;
  const scale = direction === 0 ? 1 : stepScale(site.scale, direction);
  if (scale !== site.scale) await updateSite(host, { scale });
}

function installScale(): void {
  onSettingsChanged(() => scheduleSync());
  browser.runtime.onInstalled.addListener(() => scheduleSync(0));
  browser.runtime.onStartup.addListener(() => scheduleSync(0));
  browser.permissions.onAdded.addListener(() => scheduleSync());
  browser.permissions.onRemoved.addListener(() => scheduleSync());
  // Firefox for Android has no keyboard shortcuts (no commands API): everything they do has a button.
  browser.commands?.onCommand.addListener((command: string, tab?: CommandTab) => {
    runScaleCommand(command, tab).catch((error: unknown) => log(`command ${command} failed`, error));
  });
}

installScale();
