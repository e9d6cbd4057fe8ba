// Where Dễ Đọc may run, whether it runs there now, and which of its features: the one rule the content script, the
// background's site status, its early-paint registrations, its keyboard shortcuts and the popup all follow. Pure.
import type { FeatureId } from '../features';
import { isDefaultSite, normalizeHost } from '../hosts';
import { siteSettings, type FeatureOverrides, type Settings } from './schema';

/**
 * A listed state site, or a site the user added (the background keeps `userSites` equal to the sites whose host
 * permission is granted, and drops one whose permission the user withdrew).
 */
export function isSiteAllowed(settings: Pick<Settings, 'userSites'>, host: string): boolean {
  const key = normalizeHost(host);
  return isDefaultSite(key) || settings.userSites.includes(key);
}

/** Dễ Đọc runs on a site when it is allowed there and the reader has not switched it off for that site. */
export function isSiteActive(settings: Settings, host: string): boolean {
  return isSiteAllowed(settings, host) && siteSettings(settings, host).enabled;
}

/**
 * Whether a feature is on for a site: the site's own switch where the reader set one (the popup's "on this site"),
 * else the switch for every site. Whether Dễ Đọc runs on the site at all is isSiteActive's.
 */
export function isFeatureOn(settings: Pick<Settings, 'features' | 'sites'>, host: string, id: FeatureId): boolean {
  const own = settings.sites[normalizeHost(host)]?.features?.[id];
  return own ?? settings.features[id] !== false;
}

/**
 * The settings after the reader switched a feature on or off for one site. The site keeps a switch of its own
 * only where it differs from every site's, so that a later change "for every site" reaches it.
 */
export function withFeatureForSite(settings: Settings, host: string, id: FeatureId, isOn: boolean): Settings {
  const key = normalizeHost(host);
  const { features: own = {}, ...rest } = settings.sites[key] ?? {};
  const features: FeatureOverrides = { ...own };
  if (isOn === (settings.features[id] !== false)) delete features[id];
  else features[id] = isOn;
  const entry = Object.keys(features).length > 0 ? { ...rest, features } : rest;
  const sites = { ...settings.sites };
  if (Object.keys(entry).length > 0) sites[key] = entry;
  else delete sites[key];
  return { ...settings, sites };
}

/**
 * The settings after the reader switched a feature on or off for every site: the switch for every site, and no
 * site keeps a switch of its own for that feature any more ("every site" means every one).
 */
export function withFeatureEverywhere(settings: Settings, id: FeatureId, isOn: boolean): Settings {
  const sites: Settings['sites'] = {};
  for (const [host, entry] of Object.entries(settings.sites)) {
    if (entry.features?.[id] === undefined) {
      sites[host] = entry;
      continue;
    }
    const { features: own = {}, ...rest } = entry;
    const { [id]: _dropped, ...features } = own;
    const next = Object.keys(features).length > 0 ? { ...rest, features } : rest;
    if (Object.keys(next).length > 0) sites[host] = next;
  }
  return { ...settings, features: { ...settings.features, [id]: isOn }, sites };
}
