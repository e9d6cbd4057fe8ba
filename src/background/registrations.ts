// Content scripts for the sites the user added: registered with scripting.registerContentScripts so they
// survive a browser restart (persistAcrossSessions), one registration per host, id "site:<host>".
import { browser } from '../shared/browser';
import { patternsForHost } from '../shared/hosts';

const ID_PREFIX = 'site:';

/** The built content-script file(s), read from the manifest so they stay right whatever the bundler names them. */
export function contentScriptFiles(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  // Firefox reports them as absolute moz-extension:// URLs, which registerContentScripts rejects.
  const base = browser.runtime.getURL('/');
  return (scripts[0]?.js ?? []).map((file) => (file.startsWith(base) ? file.slice(base.length) : file));
}

export function hasHostPermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: patternsForHost(host) });
}

async function registeredHosts(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(ID_PREFIX)).map((s) => s.id.slice(ID_PREFIX.length));
}

export async function registerHost(host: string): Promise<void> {
  if ((await registeredHosts()).includes(host)) return;
  await browser.scripting.registerContentScripts([
    {
      id: `${ID_PREFIX}${host}`,
      matches: patternsForHost(host),
      js: contentScriptFiles(),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function unregisterHost(host: string): Promise<void> {
  if (!(await registeredHosts()).includes(host)) return;
  await browser.scripting.unregisterContentScripts({ ids: [`${ID_PREFIX}${host}`] });
}

/** Makes the registrations equal to the user's sites that still have their permission; returns those sites. */
export async function syncRegistrations(userSites: readonly string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const host of userSites) {
    if (await hasHostPermission(host)) {
      await registerHost(host);
      kept.push(host);
    }
  }
  for (const host of await registeredHosts()) {
    if (!kept.includes(host)) await unregisterHost(host);
  }
  return kept;
}

/** Starts the content script in a tab that is already open (registration only covers later loads). */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
}
