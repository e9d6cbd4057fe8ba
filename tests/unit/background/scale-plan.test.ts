// The early-paint registrations the background keeps (src/background/scale-plan.ts): one per site with its own
// settings, one for the defaults on every other allowed site, none where nothing is set or Dễ Đọc is off.
import { describe, expect, it } from 'vitest';
import { DEFAULTS_ID, planScaleRegistrations } from '../../../src/background/scale-plan';
import { DEFAULT_SITE_PATTERNS } from '../../../src/shared/hosts';
import { defaultSettings, type Settings } from '../../../src/shared/settings';

const CSS = ['scale/page.css'];

function settingsWith(change: (s: Settings) => void): Settings {
  const settings = defaultSettings();
  change(settings);
  return settings;
}

describe('early-paint registration plan', () => {
  it('registers nothing while every site has the page’s own look', () => {
    expect(planScaleRegistrations(defaultSettings())).toEqual([]);
    // A site that only says "on" is no different from the defaults.
    expect(planScaleRegistrations(settingsWith((s) => (s.sites['kiengiang.gov.vn'] = { enabled: true })))).toEqual([]);
  });

  it('registers a site with its own size at document_start files that set it, and the marker', () => {
    const plan = planScaleRegistrations(settingsWith((s) => (s.sites['kiengiang.gov.vn'] = { scale: 1.5 })));
    expect(plan).toEqual([
      {
        id: 'scale:kiengiang.gov.vn',
        matches: ['*://kiengiang.gov.vn/*'],
        excludeMatches: [],
        css: CSS,
        js: ['scale/early/scale-1.5.js', 'scale/early/mark.js'],
      },
    ]);
  });

  it('adds the font’s faces (the whole font inside, as data: URLs) only to the registrations that use it', () => {
    const plan = planScaleRegistrations(
      settingsWith((s) => {
        s.sites['kiengiang.gov.vn'] = { scale: 1.5, font: 'legible' };
        s.siteDefaults.scale = 1.2;
      }),
    );
    expect(plan.map((r) => [r.id, r.css])).toEqual([
      ['scale:kiengiang.gov.vn', ['scale/page.css', 'scale/font.css']],
      [DEFAULTS_ID, ['scale/page.css']],
    ]);
  });

  it('removes the registration at 100 % and when the site is switched off, but keeps the site’s size', () => {
    expect(planScaleRegistrations(settingsWith((s) => (s.sites['kiengiang.gov.vn'] = { scale: 1 })))).toEqual([]);
    expect(planScaleRegistrations(settingsWith((s) => (s.sites['kiengiang.gov.vn'] = { scale: 1.5, enabled: false })))).toEqual([]);
  });

  it('covers the sites never set with the defaults, except those with their own settings or switched off', () => {
    const plan = planScaleRegistrations(
      settingsWith((s) => {
        s.siteDefaults.scale = 1.3;
        s.siteDefaults.theme = 'sepia';
        s.userSites = ['tintuc.example.com'];
        s.sites['kiengiang.gov.vn'] = { scale: 2 };
        s.sites['qdnd.vn'] = { enabled: false };
        s.sites['moit.gov.vn'] = { scale: 1.3 };
        s.sites['vnexpress.net'] = { scale: 2 };
      }),
    );
    expect(plan.map((r) => r.id)).toEqual(['scale:kiengiang.gov.vn', DEFAULTS_ID]);
    expect(plan[0]?.js).toEqual(['scale/early/scale-2.js', 'scale/early/theme-sepia.js', 'scale/early/mark.js']);
    const defaults = plan[1]!;
    expect(defaults.matches).toEqual([...DEFAULT_SITE_PATTERNS, '*://tintuc.example.com/*']);
    expect(defaults.excludeMatches).toEqual(['*://kiengiang.gov.vn/*', '*://qdnd.vn/*']);
    expect(defaults.js).toEqual(['scale/early/scale-1.3.js', 'scale/early/theme-sepia.js', 'scale/early/mark.js']);
  });

  it('registers nothing for a site Dễ Đọc may not run on, or when the feature is off', () => {
    expect(planScaleRegistrations(settingsWith((s) => (s.sites['vnexpress.net'] = { scale: 2 })))).toEqual([]);
    expect(
      planScaleRegistrations(
        settingsWith((s) => {
          s.sites['kiengiang.gov.vn'] = { scale: 2 };
          s.features.scale = false;
        }),
      ),
    ).toEqual([]);
  });

  it('follows the feature’s switches: a site switched off gets nothing early, one switched on alone gets its own', () => {
    const offHere = planScaleRegistrations(
      settingsWith((s) => {
        s.siteDefaults.scale = 1.3;
        s.sites['kiengiang.gov.vn'] = { scale: 2, features: { scale: false } };
        s.sites['qdnd.vn'] = { features: { scale: false } };
      }),
    );
    expect(offHere.map((r) => r.id)).toEqual([DEFAULTS_ID]);
    expect(offHere[0]?.excludeMatches).toEqual(['*://kiengiang.gov.vn/*', '*://qdnd.vn/*']);
    const onlyHere = planScaleRegistrations(
      settingsWith((s) => {
        s.features.scale = false;
        s.siteDefaults.scale = 1.3;
        s.sites['kiengiang.gov.vn'] = { features: { scale: true } };
        s.sites['qdnd.vn'] = { scale: 2 };
      }),
    );
    expect(onlyHere.map((r) => r.id)).toEqual(['scale:kiengiang.gov.vn']);
    expect(onlyHere[0]?.js).toEqual(['scale/early/scale-1.3.js', 'scale/early/mark.js']);
  });
});
