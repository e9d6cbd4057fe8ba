// The one "site allowed" rule and the one "feature on" rule (src/shared/settings/site-rules.ts), used by the content
// runner, the background's site status, the early-paint plan, the shortcuts and the popup.
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  isFeatureOn,
  isSiteActive,
  isSiteAllowed,
  parseStored,
  withFeatureEverywhere,
  withFeatureForSite,
  type Settings,
} from '../../../../src/shared/settings';

describe('site rules', () => {
  const settings = { ...defaultSettings(), userSites: ['tintuc.example.com'], sites: { 'qdnd.vn': { enabled: false } } };

  it('allows the listed state sites and their subdomains, and the sites the user added', () => {
    expect(isSiteAllowed(settings, 'kiengiang.gov.vn')).toBe(true);
    expect(isSiteAllowed(settings, 'qdnd.vn')).toBe(true);
    expect(isSiteAllowed(settings, 'tintuc.example.com')).toBe(true);
    expect(isSiteAllowed(settings, 'example.com')).toBe(false);
    expect(isSiteAllowed(settings, 'gov.vn.example.com')).toBe(false);
  });

  it('compares host names as sites: case and a trailing dot do not matter', () => {
    expect(isSiteAllowed(settings, 'TinTuc.Example.com.')).toBe(true);
    expect(isSiteActive(settings, 'TinTuc.Example.com.')).toBe(true);
  });

  it('is active where allowed and not switched off', () => {
    expect(isSiteActive(settings, 'kiengiang.gov.vn')).toBe(true);
    expect(isSiteActive(settings, 'qdnd.vn')).toBe(false);
    expect(isSiteActive(settings, 'example.com')).toBe(false);
  });
});

describe('feature rule', () => {
  const base: Settings = {
    ...defaultSettings(),
    features: { scale: true, acronyms: true, summary: false, speech: true },
    sites: { 'kiengiang.gov.vn': { scale: 1.5, features: { acronyms: false, summary: true } } },
  };

  it('takes the site’s own switch where there is one, else the one for every site', () => {
    expect(isFeatureOn(base, 'kiengiang.gov.vn', 'acronyms')).toBe(false);
    expect(isFeatureOn(base, 'KienGiang.gov.vn.', 'summary')).toBe(true);
    expect(isFeatureOn(base, 'kiengiang.gov.vn', 'scale')).toBe(true);
    expect(isFeatureOn(base, 'qdnd.vn', 'acronyms')).toBe(true);
    expect(isFeatureOn(base, 'qdnd.vn', 'summary')).toBe(false);
  });

  it('switching for one site keeps a switch of its own only where it differs from every site’s', () => {
    const off = withFeatureForSite(base, 'qdnd.vn', 'acronyms', false);
    expect(off.sites['qdnd.vn']).toEqual({ features: { acronyms: false } });
    expect(isFeatureOn(off, 'qdnd.vn', 'acronyms')).toBe(false);
    // Back to what every site has: the site's own switch goes, and with it the empty entry.
    const back = withFeatureForSite(off, 'qdnd.vn', 'acronyms', true);
    expect(back.sites['qdnd.vn']).toBeUndefined();
    // The site's other values stay.
    const summaryOff = withFeatureForSite(base, 'kiengiang.gov.vn', 'summary', false);
    expect(summaryOff.sites['kiengiang.gov.vn']).toEqual({ scale: 1.5, features: { acronyms: false } });
    const acronymsOn = withFeatureForSite(summaryOff, 'kiengiang.gov.vn', 'acronyms', true);
    expect(acronymsOn.sites['kiengiang.gov.vn']).toEqual({ scale: 1.5 });
    expect(base.sites['kiengiang.gov.vn']?.features).toEqual({ acronyms: false, summary: true });
  });

  it('switching for every site reaches every site: no site keeps its own switch for that feature', () => {
    const withOther = withFeatureForSite(base, 'qdnd.vn', 'acronyms', false);
    const off = withFeatureEverywhere(withOther, 'summary', false);
    expect(off.features.summary).toBe(false);
    expect(off.sites['kiengiang.gov.vn']).toEqual({ scale: 1.5, features: { acronyms: false } });
    const on = withFeatureEverywhere(off, 'acronyms', true);
    expect(on.sites['kiengiang.gov.vn']).toEqual({ scale: 1.5 });
    expect(on.sites['qdnd.vn']).toBeUndefined();
    for (const host of ['kiengiang.gov.vn', 'qdnd.vn', 'moit.gov.vn']) expect(isFeatureOn(on, host, 'acronyms')).toBe(true);
  });

  it('reads stored switches: known features kept, broken values repaired, a newer version’s features left alone', () => {
    const { settings, repairs } = parseStored(
      { version: 1, acronyms: { isUnderlined: false, openOn: 'sometimes' } },
      { version: 1, sites: { 'qdnd.vn': { features: { acronyms: false, summary: 'no', speechV9: true } }, 'moit.gov.vn': { features: 7 } } },
    );
    expect(settings.sites['qdnd.vn']).toEqual({ features: { acronyms: false } });
    expect(settings.sites['moit.gov.vn']).toBeUndefined();
    expect(settings.acronyms).toEqual({ isUnderlined: false, openOn: 'hover' });
    expect(repairs.map((r) => r.path).sort()).toEqual(['acronyms.openOn', 'sites.moit.gov.vn.features', 'sites.qdnd.vn.features.summary']);
  });
});
