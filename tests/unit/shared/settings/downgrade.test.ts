// An older Dễ Đọc (after a downgrade, or on another computer that syncs the same preferences) meets settings
// written by a newer one. It reads what it understands, and when it saves a change it keeps every field it does
// not know and never writes the newer version number down.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser, stub } from '../../browser-stub';
import {
  PREFS_KEY,
  SCHEMA_VERSION,
  SITES_KEY,
  applySettingsChanges,
  defaultPrefs,
  loadSettings,
  updateSettings,
  updateSite,
} from '../../../../src/shared/settings';

const NEWER = SCHEMA_VERSION + 1;

/** Preferences as a newer Dễ Đọc writes them: fields and a feature this version does not know. */
function newerPrefs(): Record<string, unknown> {
  const prefs = defaultPrefs();
  return {
    ...prefs,
    version: NEWER,
    rev: 5,
    features: { ...prefs.features, speech: true },
    toolbar: { ...prefs.toolbar, dock: 'bottom' },
    siteDefaults: { ...prefs.siteDefaults, voice: 'vi-north' },
    readAloud: { rate: 1.2 },
  };
}

async function storedPrefs(): Promise<Record<string, unknown>> {
  return (await browser.storage.sync.get(PREFS_KEY))[PREFS_KEY] as Record<string, unknown>;
}

async function storedSites(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(SITES_KEY))[SITES_KEY] as Record<string, unknown>;
}

beforeEach(() => stub.reset());

describe('settings written by a newer Dễ Đọc', () => {
  it('are read as far as they fit, and nothing is rewritten or backed up by reading them', async () => {
    await browser.storage.sync.set({ [PREFS_KEY]: { ...newerPrefs(), toolbar: { side: 'top', collapsed: true } } });
    const { settings } = await loadSettings();
    expect(settings.toolbar).toEqual({ side: 'right', collapsed: true });
    expect((await storedPrefs()).toolbar).toEqual({ side: 'top', collapsed: true });
    expect(Object.keys(await browser.storage.local.get(null))).toEqual([]);
  });

  it('keep their unknown fields and their version when this version saves a preference', async () => {
    await browser.storage.sync.set({ [PREFS_KEY]: newerPrefs() });
    await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, collapsed: true } }));
    const stored = await storedPrefs();
    expect(stored.version).toBe(NEWER);
    expect(stored.readAloud).toEqual({ rate: 1.2 });
    expect(stored.toolbar).toEqual({ collapsed: true, side: 'right', dock: 'bottom' });
    expect((stored.features as Record<string, boolean>).speech).toBe(true);
    expect((stored.siteDefaults as Record<string, unknown>).voice).toBe('vi-north');
  });

  it('keep a value of a known field that this version cannot read, unless the change is to that field', async () => {
    await browser.storage.sync.set({ [PREFS_KEY]: { ...newerPrefs(), toolbar: { side: 'top', collapsed: false } } });
    await updateSettings((s) => ({ ...s, summaryLength: 'long' }));
    expect((await storedPrefs()).toolbar).toEqual({ side: 'top', collapsed: false });
    await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, side: 'left' } }));
    expect((await storedPrefs()).toolbar).toEqual({ side: 'left', collapsed: false });
  });

  it('keep the per-site fields and the version of a newer site map when a site is saved', async () => {
    await browser.storage.local.set({
      [SITES_KEY]: { version: NEWER, sites: { 'a.gov.vn': { scale: 1.5, speechRate: 2 } }, userSites: [], pinned: ['a.gov.vn'] },
    });
    await updateSite('b.gov.vn', { scale: 2 });
    await updateSite('a.gov.vn', { theme: 'dark' });
    expect(await storedSites()).toEqual({
      version: NEWER,
      sites: { 'a.gov.vn': { scale: 1.5, speechRate: 2, theme: 'dark' }, 'b.gov.vn': { scale: 2 } },
      userSites: [],
      pinned: ['a.gov.vn'],
    });
  });

  it("keep a site's unknown fields when this version removes all it knows of that site", async () => {
    await browser.storage.local.set({
      [SITES_KEY]: { version: NEWER, sites: { 'a.gov.vn': { scale: 1.5, speechRate: 2 } }, userSites: [] },
    });
    await updateSettings((s) => {
      const sites = { ...s.sites };
      delete sites['a.gov.vn'];
      return { ...s, sites };
    });
    expect((await storedSites()).sites).toEqual({ 'a.gov.vn': { speechRate: 2 } });
    expect((await loadSettings()).settings.sites).toEqual({});
  });

  it('are never written down to this version through the background either', async () => {
    await browser.storage.sync.set({ [PREFS_KEY]: newerPrefs() });
    await applySettingsChanges([{ path: ['summaryLength'], value: 'short' }]);
    const stored = await storedPrefs();
    expect(stored).toMatchObject({ version: NEWER, summaryLength: 'short', readAloud: { rate: 1.2 } });
  });
});

describe('repairs of settings of this version', () => {
  it('replace what is broken and keep what this version does not know', async () => {
    await browser.storage.sync.set({ [PREFS_KEY]: { version: SCHEMA_VERSION, toolbar: { side: 7 }, extra: 'keep' } });
    const { repairs } = await loadSettings();
    expect(repairs.map((r) => r.path)).toContain('toolbar.side');
    const stored = await storedPrefs();
    expect(stored.extra).toBe('keep');
    expect(stored.toolbar).toEqual({ side: 'right', collapsed: false });
    expect((await loadSettings()).repairs).toEqual([]);
  });
});
