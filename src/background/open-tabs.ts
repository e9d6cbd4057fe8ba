// After an install or update, the boot script goes into the tabs already open on our sites. Chrome injects manifest
// content scripts only into pages loaded afterwards (an updated extension's old copies are orphans that stop
// themselves, see content/orphan.ts), so without this an open tab would lose Dễ Đọc until reloaded. Firefox injects
// manifest content scripts into open tabs itself: there nothing is done, so that no tab gets a copy twice (boot's
// flag guards one world only, and each injection makes a new one there). Also the other end of boot's port
// (content/orphan.ts): accepted and left alone — it carries nothing, its disconnect is the signal.
// Installed by one import in index.ts.
import { browser, type Runtime } from '../shared/browser';
import { BOOT_PORT_NAME } from '../shared/messages';
import { SPEECH_PORT_NAME } from '../shared/speech-messages';
import { VOICE_HOST_PORT_NAME } from '../voice/protocol';
import { contentScriptFiles } from './registrations';

/** Firefox extension pages live at moz-extension:// (Chrome's at chrome-extension://). */
export function injectsIntoOpenTabsItself(baseUrl: string): boolean {
  return baseUrl.startsWith('moz-extension:');
}

/** The match patterns of our content scripts: the manifest's and those of the sites the user added. */
export async function contentScriptMatches(): Promise<string[]> {
  const manifest = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  return [...new Set([...manifest, ...registered.flatMap((script) => script.matches ?? [])])];
}

/** Injects boot into every open tab that matches; returns the tabs it went into. Tabs that refuse are skipped. */
export async function injectIntoOpenTabs(): Promise<number[]> {
  const matches = await contentScriptMatches();
  if (matches.length === 0) return [];
  const tabs = await browser.tabs.query({ url: matches });
  const files = contentScriptFiles();
  const done: number[] = [];
  for (const tab of tabs) {
    // A discarded tab has no page to run in; it loads afresh (with the manifest's script) when it is shown.
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files });
      done.push(tab.id);
    } catch {
      // A page still loading, an error page, a tab the browser does not let us into: it gets the script when it
      // loads next.
    }
  }
  return done;
}

browser.runtime.onInstalled.addListener((details: Runtime.OnInstalledDetailsType) => {
  if (details.reason !== 'install' && details.reason !== 'update') return;
  if (injectsIntoOpenTabsItself(browser.runtime.getURL(''))) return;
  void injectIntoOpenTabs().catch(() => undefined);
});

/** Ports other listeners of the background take (read-aloud: speech/index.ts). */
const OTHER_PORT_NAMES: readonly string[] = [SPEECH_PORT_NAME, VOICE_HOST_PORT_NAME];

browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (OTHER_PORT_NAMES.includes(port.name)) return;
  // Only our own boot script's port; nothing is sent on it, so it never keeps the worker awake.
  if (port.name !== BOOT_PORT_NAME || port.sender?.id !== browser.runtime.id) port.disconnect();
});
