// Background: the message router, and the registrations of content scripts for user-added sites.
import { browser } from '../shared/browser';
import { listen, type SiteStatus } from '../shared/messages';
import { isDefaultSite, normalizeHost } from '../shared/hosts';
import { applySettingsChanges, loadSettings, siteSettings, updateSettings } from '../shared/settings';
import { hasHostPermission, injectIntoTab, registerHost, syncRegistrations, unregisterHost } from './registrations';
// Text size and reading comfort (issue 4): early-paint registrations, keyboard shortcuts.
import './scale';

async function siteStatus(rawHost: string): Promise<SiteStatus> {
  const host = normalizeHost(rawHost);
  const { settings } = await loadSettings();
  const isDefault = isDefaultSite(host);
  const isUserSite = !isDefault && settings.userSites.includes(host) && (await hasHostPermission(host));
  const isEnabled = (isDefault || isUserSite) && siteSettings(settings, host).enabled;
  return { host, isDefault, isUserSite, isEnabled };
}

/** Brings registrations in line with settings and permissions; drops user sites whose permission is gone. */
async function reconcile(): Promise<void> {
  const { settings } = await loadSettings();
  const kept = await syncRegistrations(settings.userSites);
  if (kept.length !== settings.userSites.length) {
    await updateSettings((current) => ({ ...current, userSites: current.userSites.filter((h) => kept.includes(h)) }));
  }
}

listen({
  // Every settings write of content, popup and options comes here and is applied in turn (see routeSettingsWrites).
  'settings/apply': ({ ops }) => {
    if (!Array.isArray(ops)) throw new Error('settings change refused: no list of changes');
    return applySettingsChanges(ops);
  },
  'options/open': () => browser.runtime.openOptionsPage(),
  // Acronyms (issue 5): the gated page CSS goes in through the browser, which a strict page CSP cannot block.
  // Only our own content scripts can send this; the CSS lands in the sending frame and nowhere else.
  'acronyms/insert-css': async ({ css }, sender) => {
    const { tab, frameId } = sender as { tab?: { id?: number }; frameId?: number };
    if (tab?.id === undefined || typeof css !== 'string' || css.length > 20_000) return;
    await browser.scripting.insertCSS({ target: { tabId: tab.id, frameIds: [frameId ?? 0] }, css });
  },
  'site/status': ({ host }) => siteStatus(host),
  'site/enable': async ({ host: rawHost, tabId }) => {
    const host = normalizeHost(rawHost);
    const isDefault = isDefaultSite(host);
    if (!isDefault) {
      if (!(await hasHostPermission(host))) throw new Error(`no host permission for ${host}`);
      await registerHost(host);
    }
    await updateSettings((current) => ({
      ...current,
      userSites: isDefault || current.userSites.includes(host) ? current.userSites : [...current.userSites, host],
      sites: { ...current.sites, [host]: { ...current.sites[host], enabled: true } },
    }));
    // A listed site's content script is already in the tab and starts on the settings change; a newly
    // added site has none yet. Injecting twice is harmless: boot guards against a second start.
    if (!isDefault && tabId !== undefined) await injectIntoTab(tabId).catch(() => undefined);
    return siteStatus(host);
  },
  'site/disable': async ({ host: rawHost }) => {
    const host = normalizeHost(rawHost);
    const isDefault = isDefaultSite(host);
    // Settings first: the content script in open tabs sees the change and removes everything it added.
    await updateSettings((current) => ({
      ...current,
      userSites: current.userSites.filter((h) => h !== host),
      // The site's own values (its text size…) are kept for when it is switched on again.
      sites: { ...current.sites, [host]: { ...current.sites[host], enabled: false } },
    }));
    if (!isDefault) {
      await unregisterHost(host);
      await browser.permissions.remove({ origins: [`*://${host}/*`] }).catch(() => false);
    }
    return siteStatus(host);
  },
});

browser.runtime.onInstalled.addListener(() => void reconcile());
browser.runtime.onStartup.addListener(() => void reconcile());
// The user can also withdraw a site's permission in the browser's own extension settings.
browser.permissions.onRemoved.addListener(() => void reconcile());
