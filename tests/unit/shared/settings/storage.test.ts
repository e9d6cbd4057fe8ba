import { beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_SCALE,
  SCHEMA_VERSION,
  clampScale,
  defaultSettings,
  loadSettings,
  migrate,
  parseStored,
  sanitizePrefs,
  sanitizeSitesState,
  siteSettings,
  updateSite,
  type Repair,
} from '../../../../src/shared/settings';
import { browser } from '../../browser-stub';

/** Reading comfort left to the page: what every site gets until the reader changes it. */
const PAGE_OWN_COMFORT = {
  scaleWholePage: false,
  lineHeight: 0,
  letterSpacing: 0,
  wordSpacing: 0,
  paragraphSpacing: 0,
  font: 'page',
  theme: 'page',
  maxLineLength: 0,
};

describe('settings schema', () => {
  it('has valid defaults', () => {
    const settings = defaultSettings();
    expect(settings.version).toBe(SCHEMA_VERSION);
    expect(settings.siteDefaults).toEqual({ enabled: true, scale: 1, ...PAGE_OWN_COMFORT });
    expect(settings.userSites).toEqual([]);
  });

  it('turns any broken or foreign value into valid settings and lists each repair', () => {
    for (const junk of [null, 42, 'x', [], { features: 'no', toolbar: 7, siteDefaults: { scale: 'big' } }]) {
      const repairs: Repair[] = [];
      const prefs = sanitizePrefs(junk, repairs);
      expect(prefs.toolbar.side).toBe('right');
      expect(prefs.siteDefaults.scale).toBe(1);
      expect(repairs.length).toBeGreaterThan(0);
    }
  });

  it('keeps the valid part of a half-broken site map', () => {
    const repairs: Repair[] = [];
    const state = sanitizeSitesState(
      { version: 1, sites: { 'KienGiang.gov.vn': { scale: 1.54, enabled: 'yes' }, 'bad host!': {}, 'qdnd.vn': 'x' }, userSites: ['Tintuc.example.com', 7, 'tintuc.example.com'] },
      repairs,
    );
    expect(state.sites).toEqual({ 'kiengiang.gov.vn': { scale: 1.5 } });
    expect(state.userSites).toEqual(['tintuc.example.com']);
    expect(repairs.map((r) => r.path)).toEqual(
      expect.arrayContaining(['sites.kiengiang.gov.vn.enabled', 'sites.bad host!', 'sites.qdnd.vn', 'userSites']),
    );
  });

  it('clamps and snaps the scale to 10 % steps between 100 % and 300 %', () => {
    expect(clampScale(0.5)).toBe(1);
    expect(clampScale(9)).toBe(MAX_SCALE);
    expect(clampScale(1.26)).toBe(1.3);
  });

  it('gives each site its own values over the defaults', () => {
    const settings = { ...defaultSettings(), sites: { 'kiengiang.gov.vn': { scale: 1.5 } } };
    expect(siteSettings(settings, 'KIENGIANG.gov.vn')).toEqual({ enabled: true, scale: 1.5, ...PAGE_OWN_COMFORT });
    expect(siteSettings(settings, 'qdnd.vn')).toEqual({ enabled: true, scale: 1, ...PAGE_OWN_COMFORT });
  });
});

describe('migrations', () => {
  it('upgrades data without a version', () => {
    expect(migrate({ toolbar: { side: 'left' } })).toEqual({
      value: { toolbar: { side: 'left' }, speech: { voiceId: '', rates: {}, captions: true }, version: 2 },
      from: 0,
      isFromFuture: false,
    });
  });

  it('reads data from a newer version as far as it fits, without rewriting it', () => {
    const result = migrate({ version: 99, toolbar: { side: 'left' } });
    expect(result.isFromFuture).toBe(true);
    expect(parseStored(result.value, undefined).settings.toolbar.side).toBe('left');
  });
});

describe('settings storage', () => {
  beforeEach(async () => {
    await browser.storage.sync.clear();
    await browser.storage.local.clear();
  });

  it('repairs broken storage, keeps a backup of what was there, and writes valid settings back', async () => {
    await browser.storage.sync.set({ prefs: 'garbage' });
    await browser.storage.local.set({ sites: { sites: { 'qdnd.vn': { scale: 2 } }, userSites: 'oops' }, dictionary: [{ short: 'UBND' }] });
    const { settings, repairs } = await loadSettings();
    expect(repairs.length).toBeGreaterThan(0);
    expect(settings.sites['qdnd.vn']).toEqual({ scale: 2 });
    const local = await browser.storage.local.get(null);
    const backupKey = Object.keys(local).find((k) => k.startsWith('backup:'));
    expect(backupKey).toBeDefined();
    expect((local[backupKey!] as { prefs: unknown }).prefs).toBe('garbage');
    // The user's other data is untouched.
    expect(local.dictionary).toEqual([{ short: 'UBND' }]);
    // A second read finds nothing left to repair.
    expect((await loadSettings()).repairs).toEqual([]);
  });

  it('stores per-site values in local storage and small preferences in sync', async () => {
    const { updateSettings } = await import('../../../../src/shared/settings');
    await updateSite('KienGiang.gov.vn', { scale: 1.5 });
    await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, side: 'left' } }));
    const local = await browser.storage.local.get('sites');
    const sync = await browser.storage.sync.get('prefs');
    expect((local.sites as { sites: Record<string, unknown> }).sites['kiengiang.gov.vn']).toEqual({ scale: 1.5 });
    expect(sync.prefs).toMatchObject({ version: SCHEMA_VERSION, toolbar: { side: 'left' } });
    expect(JSON.stringify(sync.prefs)).not.toContain('kiengiang');
  });

  it('writes only the part that changed, so concurrent saves of prefs and of sites do not undo each other', async () => {
    const { updateSettings } = await import('../../../../src/shared/settings');
    await updateSite('kiengiang.gov.vn', { scale: 1.5 });
    // Two contexts read the same settings, then each saves its own change.
    await Promise.all([
      updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, collapsed: true } })),
      updateSettings((s) => ({ ...s, sites: { ...s.sites, 'kiengiang.gov.vn': { ...s.sites['kiengiang.gov.vn'], enabled: false } } })),
    ]);
    const { settings } = await loadSettings();
    expect(settings.toolbar.collapsed).toBe(true);
    expect(settings.sites['kiengiang.gov.vn']).toEqual({ scale: 1.5, enabled: false });
  });

  it('between contexts: changes sent from the same stale read are applied in turn, none undoes another', async () => {
    const { applySettingsChanges, diffSettings } = await import('../../../../src/shared/settings');
    await updateSite('kiengiang.gov.vn', { scale: 1.5 });
    // Three contexts (a page, the popup, a shortcut) read the same settings before any of them writes.
    const { settings: stale } = await loadSettings();
    const fromPage = diffSettings(stale, { ...stale, sites: { ...stale.sites, 'kiengiang.gov.vn': { ...stale.sites['kiengiang.gov.vn'], theme: 'dark' } } });
    const fromPopup = diffSettings(stale, { ...stale, sites: { ...stale.sites, 'angiang.gov.vn': { enabled: false } } });
    const fromShortcut = diffSettings(stale, { ...stale, sites: { ...stale.sites, 'kiengiang.gov.vn': { ...stale.sites['kiengiang.gov.vn'], scale: 2 } } });
    await Promise.all([applySettingsChanges(fromPage), applySettingsChanges(fromPopup), applySettingsChanges(fromShortcut)]);
    const { settings } = await loadSettings();
    expect(settings.sites['kiengiang.gov.vn']).toEqual({ scale: 2, theme: 'dark' });
    expect(settings.sites['angiang.gov.vn']).toEqual({ enabled: false });
  });

  it('routes writes through the background when told to, and keeps the change when the background is away', async () => {
    const { applySettingsChanges, routeSettingsWrites, updateSettings } = await import('../../../../src/shared/settings');
    const sent: unknown[] = [];
    routeSettingsWrites((ops) => {
      sent.push(ops);
      return applySettingsChanges(ops);
    });
    try {
      await Promise.all([updateSite('a.gov.vn', { scale: 1.2 }), updateSite('b.gov.vn', { scale: 1.3 })]);
      expect(sent).toEqual([[{ path: ['sites', 'a.gov.vn'], value: { scale: 1.2 } }], [{ path: ['sites', 'b.gov.vn'], value: { scale: 1.3 } }]]);
      routeSettingsWrites(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
      await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, side: 'left' } }));
    } finally {
      routeSettingsWrites(null);
    }
    const { settings } = await loadSettings();
    expect(settings.sites['a.gov.vn']).toEqual({ scale: 1.2 });
    expect(settings.sites['b.gov.vn']).toEqual({ scale: 1.3 });
    expect(settings.toolbar.side).toBe('left');
  });

  it('a change and its undo sent quickly, before the background has answered the first, both land in turn', async () => {
    const { applySettingsChanges, routeSettingsWrites, updateSettings } = await import('../../../../src/shared/settings');
    await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, collapsed: true } }));
    const sent: unknown[] = [];
    // A background that takes its time: each change is applied a few turns of the event loop after it is sent.
    routeSettingsWrites(async (ops) => {
      sent.push(ops);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return applySettingsChanges(ops);
    });
    try {
      const expand = updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, collapsed: false } }));
      const foldAgain = updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, collapsed: true } }));
      await Promise.all([expand, foldAgain]);
    } finally {
      routeSettingsWrites(null);
    }
    expect(sent).toEqual([[{ path: ['toolbar', 'collapsed'], value: false }], [{ path: ['toolbar', 'collapsed'], value: true }]]);
    expect((await loadSettings()).settings.toolbar.collapsed).toBe(true);
  });

  it('diffs to the smallest paths and applies them back exactly, deletions included', async () => {
    const { applySettingsOps, diffSettings } = await import('../../../../src/shared/settings');
    const before = { ...defaultSettings(), sites: { 'a.gov.vn': { scale: 1.5, theme: 'dark' as const }, 'b.gov.vn': { enabled: false } }, userSites: ['x.vn'] };
    const after = { ...before, sites: { 'a.gov.vn': { scale: 1.5 }, 'c.gov.vn': { scale: 2 } }, userSites: ['x.vn', 'y.vn'], summaryLength: 'long' as const };
    const ops = diffSettings(before, after);
    expect(ops).toHaveLength(5);
    expect(ops).toEqual(expect.arrayContaining([
      { path: ['sites', 'a.gov.vn', 'theme'], isDelete: true },
      { path: ['sites', 'c.gov.vn'], value: { scale: 2 } },
      { path: ['sites', 'b.gov.vn'], isDelete: true },
      { path: ['userSites'], value: ['x.vn', 'y.vn'] },
      { path: ['summaryLength'], value: 'long' },
    ]));
    expect(applySettingsOps(before, ops)).toEqual(after);
    expect(() => applySettingsOps(before, [{ path: ['__proto__', 'polluted'], value: true }])).toThrow(/invalid settings path/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a change whose result is not valid settings, and writes nothing', async () => {
    const { applySettingsChanges } = await import('../../../../src/shared/settings');
    await updateSite('kiengiang.gov.vn', { scale: 1.5 });
    await expect(applySettingsChanges([{ path: ['sites', 'kiengiang.gov.vn', 'scale'], value: 'to' }])).rejects.toThrow(/refused/);
    expect((await loadSettings()).settings.sites['kiengiang.gov.vn']).toEqual({ scale: 1.5 });
  });
});
