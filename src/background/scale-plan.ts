// Which early-paint content scripts the text-size feature needs registered: a pure function of the
// settings, unit-tested without a browser (tests/unit/background/scale-plan.test.ts). src/background/scale.ts applies it.
//
// One registration per site whose own settings differ from the defaults ("scale:<host>"), and one for every
// other allowed site that gets the defaults ("scale:*", with the own-setting sites excluded). Each runs at
// document_start: the gated style sheet (with the font's faces when the legible font is chosen), the scripts that
// set the <html> attributes, the article marker. A site where the feature is off (its own switch, or the one for
// every site) gets nothing that acts before the paint.
import { DEFAULT_SITE_PATTERNS, patternsForHost } from '../shared/hosts';
import { FONT_CSS_FILE, PAGE_CSS_FILE, earlyScripts } from '../shared/settings/scale';
import { isFeatureOn, isSiteAllowed, siteSettings, type Settings, type SiteSettings } from '../shared/settings';

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

/** The sheets of a registration: the font's faces (the whole font inside, 180 KB) only where it is chosen. */
function cssFor(site: SiteSettings): string[] {
  return site.font === 'legible' ? [PAGE_CSS_FILE, FONT_CSS_FILE] : [PAGE_CSS_FILE];
}

export function planScaleRegistrations(settings: Settings): EarlyRegistration[] {
  // The feature switched off for every site: only sites switched on by their own switch act before the paint.
  const isOnByDefault = settings.features.scale !== false;
  const defaultScripts = isOnByDefault ? earlyScripts(settings.siteDefaults) : [];
  const own: EarlyRegistration[] = [];
  const excluded: string[] = [];
  for (const host of Object.keys(settings.sites).sort()) {
    if (!isSiteAllowed(settings, host)) continue;
    const site = siteSettings(settings, host);
    const scripts = isFeatureOn(settings, host, 'scale') ? earlyScripts(site) : [];
    if (isSameList(scripts, defaultScripts)) continue;
    excluded.push(...patternsForHost(host));
    if (scripts.length > 0) {
      own.push({ id: `${SCALE_ID_PREFIX}${host}`, matches: patternsForHost(host), excludeMatches: [], css: cssFor(site), js: scripts });
    }
  }
  if (defaultScripts.length === 0) return own;
  const matches = [...DEFAULT_SITE_PATTERNS, ...[...settings.userSites].sort().flatMap((host) => patternsForHost(host))];
  return [...own, { id: DEFAULTS_ID, matches, excludeMatches: excluded, css: cssFor(settings.siteDefaults), js: defaultScripts }];
}
