// Which early-paint content scripts the text-size feature needs registered (issue 4): a pure function of the
// settings, unit-tested without a browser (tests/unit/scale/plan.test.ts). src/background/scale.ts applies it.
//
// One registration per site whose own settings differ from the defaults ("scale:<host>"), and one for every
// other allowed site that gets the defaults ("scale:*", with the own-setting sites excluded). Each runs at
// document_start: the gated style sheet, the scripts that set the <html> attributes, the article marker.
import { DEFAULT_SITE_PATTERNS, isDefaultSite, patternsForHost } from '../shared/hosts';
import { FONT_CSS_FILES, PAGE_CSS_FILE, earlyScripts } from '../shared/settings/scale';
import { siteSettings, type Settings } from '../shared/settings';

export const SCALE_ID_PREFIX = 'scale:';
/** The registration of the defaults: "*" is no host name, so it cannot collide with a site's id. */
export const DEFAULTS_ID = `${SCALE_ID_PREFIX}*`;

export interface EarlyRegistration {
  id: string;
  matches: string[];
  excludeMatches: string[];
  css: string[];
  js: string[];
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function planScaleRegistrations(settings: Settings, browser: 'chrome' | 'firefox'): EarlyRegistration[] {
  // The feature switched off everywhere: nothing may act before the page paints.
  if (settings.features.scale === false) return [];
  const css = [PAGE_CSS_FILE, FONT_CSS_FILES[browser]];
  const defaultScripts = earlyScripts(settings.siteDefaults);
  const isAllowed = (host: string): boolean => isDefaultSite(host) || settings.userSites.includes(host);
  const own: EarlyRegistration[] = [];
  const excluded: string[] = [];
  for (const host of Object.keys(settings.sites).sort()) {
    if (!isAllowed(host)) continue;
    const scripts = earlyScripts(siteSettings(settings, host));
    if (isSameList(scripts, defaultScripts)) continue;
    excluded.push(...patternsForHost(host));
    if (scripts.length > 0) {
      own.push({ id: `${SCALE_ID_PREFIX}${host}`, matches: patternsForHost(host), excludeMatches: [], css, js: scripts });
    }
  }
  if (defaultScripts.length === 0) return own;
  const matches = [...DEFAULT_SITE_PATTERNS, ...[...settings.userSites].sort().flatMap((host) => patternsForHost(host))];
  return [...own, { id: DEFAULTS_ID, matches, excludeMatches: excluded, css, js: defaultScripts }];
}
