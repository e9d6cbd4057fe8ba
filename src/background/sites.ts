// Switching Dễ Đọc on and off for a site, the same way whoever asks: the popup's switch and the options page
// (site/enable, site/disable) and the context menu's "Dùng Dễ Đọc trên trang này". A site off the list must already
// have its host permission: permissions.request needs the reader's click, so the caller asks in its own handler.
import { isDefaultSite } from '../shared/hosts';
import type { SiteStatus } from '../shared/messages';
import { isSiteActive, isSiteAllowed, loadSettings, updateSettings } from '../shared/settings';
import { hasHostPermission, injectIntoTab, registerHost, unregisterHost } from './registrations';
import { browser } from '../shared/browser';

export async function siteStatus(host: string): Promise<SiteStatus> {
  const { settings } = await loadSettings();
  const isDefault = isDefaultSite(host);
  const isUserSite = !isDefault && isSiteAllowed(settings, host) && (await hasHostPermission(host));
  const isEnabled = (isDefault || isUserSite) && isSiteActive(settings, host);
  return { host, isDefault, isUserSite, isEnabled };
}

/** Switches a (normalised, valid) host on; `tabId`: a tab showing it, where Dễ Đọc starts at once. */
export async function enableSite(host: string, tabId?: number): Promise<SiteStatus> {
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
}

/** Switches a host off: its content script removes everything; a user site also loses its script and permission. */
export async function disableSite(host: string): Promise<SiteStatus> {
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
}
