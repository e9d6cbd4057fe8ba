// The extension's own state, set up the way the extension itself changes it: settings go through the background's
// `settings/apply` (the path every context uses), sent from an extension page of the test (`control`). Each test
// starts from the defaults (resetExtension), so no test depends on what another one stored.
import type { Harness, TestPage } from './browsers';
import { tabIdOf } from './helpers';

export interface SettingsOp {
  path: string[];
  value?: unknown;
  isDelete?: boolean;
}

/** A nested patch as the smallest paths: { features: { acronyms: false } } → ["features", "acronyms"] = false. */
function opsOf(patch: Record<string, unknown>, path: string[] = []): SettingsOp[] {
  return Object.entries(patch).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? opsOf(value as Record<string, unknown>, [...path, key])
      : [{ path: [...path, key], value }],
  );
}

/** Applies settings changes through the background, as the popup and the options page do. */
export async function applySettings(control: TestPage, ops: SettingsOp[]): Promise<void> {
  const error = await control.evaluate(async (list) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    try {
      await api.runtime.sendMessage({ type: 'settings/apply', payload: { ops: list } });
      return null;
    } catch (e) {
      return String(e);
    }
  }, ops);
  if (error) throw new Error(`settings/apply ${JSON.stringify(ops)}: ${error}`);
}

/** Sets preferences (features, toolbar, summary length, defaults for every site …) by a nested patch. */
export function setPrefs(control: TestPage, patch: Record<string, unknown>): Promise<void> {
  return applySettings(control, opsOf(patch));
}

/** Sets one site's values (a patch), or forgets the site's own values (null). */
export function setSite(control: TestPage, host: string, patch: Record<string, unknown> | null): Promise<void> {
  return applySettings(control, patch === null ? [{ path: ['sites', host], isDelete: true }] : opsOf(patch, ['sites', host]));
}

/** What the background reads back: the stored settings as one object (sites and prefs). */
export function readSettings(control: TestPage): Promise<any> {
  return control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.runtime.sendMessage({ type: 'settings/apply', payload: { ops: [] } });
  });
}

/** The stored settings once `ready` holds for them (10 s at most, then whatever is stored, for the test's own
 * assertion to report). A page's saves are coalesced: they reach storage a moment after the page shows the change. */
export async function settingsWhen(control: TestPage, ready: (settings: any) => boolean): Promise<any> {
  for (let i = 0; ; i++) {
    const settings = await readSettings(control);
    if (ready(settings) || i >= 100) return settings;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The content scripts the background registered (early-paint files, user sites), with paths shortened. */
export function registrations(control: TestPage): Promise<Array<{ id: string; js: string[]; matches: string[]; excludeMatches?: string[] }>> {
  return control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const scripts = await api.scripting.getRegisteredContentScripts();
    return scripts.map((s: any) => ({ id: s.id, js: (s.js ?? []).map((f: string) => f.replace(/^.*?\/scale\//, 'scale/')), matches: s.matches, excludeMatches: s.excludeMatches }));
  });
}

/**
 * Back to a fresh install: both storage areas emptied (the defaults), and the background's registrations of
 * early-paint files gone with them, before the next test starts.
 */
export async function resetExtension(control: TestPage): Promise<void> {
  await control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.sync.clear();
    await api.storage.local.clear();
  });
  await control.waitFor(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const scripts: Array<{ id: string }> = await api.scripting.getRegisteredContentScripts();
    return !scripts.some((s) => s.id.startsWith('scale:'));
  }, undefined, 10_000);
}

/**
 * The popup, opened as a tab for the tab of `page` (a toolbar popup cannot be opened by a test: RECIPES.md), ready.
 */
export async function openPopupFor(harness: Harness, control: TestPage, page: TestPage, url: string): Promise<TestPage> {
  const tabId = await tabIdOf(control, page);
  return harness.openExtensionPage(`src/popup/index.html?tabId=${tabId}&url=${encodeURIComponent(url)}`);
}

/** The welcome page, as the extension's own tabs show it (runtime pages of ours, whatever the test harness sees). */
export const WELCOME_PATH = '/src/welcome/index.html';

/** How many tabs of the welcome page are open now. */
export function welcomeTabs(control: TestPage): Promise<number> {
  return control.evaluate((path) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.extension.getViews({ type: 'tab' }).filter((view: Window) => view.location.pathname === path).length as number;
  }, WELCOME_PATH);
}

/**
 * Waits up to `timeoutMs` for the welcome page the install opened, closes every tab of it, and says how many there
 * were: tests then start without it, and the welcome test checks that the install opened exactly one.
 */
export async function closeWelcomeTabs(control: TestPage, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while ((await welcomeTabs(control)) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return control.evaluate(async (path) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const views: Window[] = api.extension.getViews({ type: 'tab' }).filter((view: Window) => view.location.pathname === path);
    for (const view of views) {
      const tab = await ((view as any).browser ?? (view as any).chrome).tabs.getCurrent();
      if (tab?.id !== undefined) await api.tabs.remove(tab.id);
    }
    return views.length;
  }, WELCOME_PATH);
}
