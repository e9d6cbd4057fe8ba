// storage.local can be full (Chrome: 10 MB; the user's dictionary and backups share it). Reading settings must
// still work on every page: a repair that cannot be written is applied in memory only, and the original stays.
// Backups of repaired settings are pruned to the last few.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, stub } from '../../browser-stub';
import { MAX_BACKUPS } from '../../../../src/shared/backups';
import { BACKUP_PREFIX, PREFS_KEY, SITES_KEY, loadSettings } from '../../../../src/shared/settings';

beforeEach(() => stub.reset());

const BROKEN_SITES = { version: 1, sites: { 'qdnd.vn': { scale: 2, theme: 'neon' } }, userSites: [] };

describe('settings when storage.local is full', () => {
  it('are read, repaired in memory, and the original is left as it was', async () => {
    await browser.storage.local.set({ [SITES_KEY]: BROKEN_SITES });
    browser.storage.local.control.setLimits({ quotaBytes: browser.storage.local.control.bytesInUse() });
    const { settings, repairs } = await loadSettings();
    expect(settings.sites['qdnd.vn']).toEqual({ scale: 2 });
    expect(repairs.map((r) => r.path)).toEqual(['sites.qdnd.vn.theme']);
    expect((await browser.storage.local.get(SITES_KEY))[SITES_KEY]).toEqual(BROKEN_SITES);
  });

  it('are read when the repair of the preferences fails in both areas', async () => {
    await browser.storage.sync.set({ [PREFS_KEY]: { version: 1, toolbar: { side: 'up' } } });
    browser.storage.sync.control.failNextWrite(new Error('QUOTA_BYTES quota exceeded'), 5);
    browser.storage.local.control.failNextWrite(new Error('QUOTA_BYTES quota exceeded'), 5);
    const { settings } = await loadSettings();
    expect(settings.toolbar.side).toBe('right');
  });
});

describe('backups of repaired settings', () => {
  it('keep only the last few', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
    for (let i = 0; i < MAX_BACKUPS + 3; i++) {
      vi.setSystemTime(Date.now() + 60_000);
      await browser.storage.local.set({ [SITES_KEY]: { version: 1, sites: { 'qdnd.vn': { scale: 2, theme: `neon-${i}` } }, userSites: [] } });
      await loadSettings();
    }
    vi.useRealTimers();
    const all = await browser.storage.local.get(null);
    const backups = Object.keys(all).filter((k) => k.startsWith(BACKUP_PREFIX) && /^\d/.test(k.slice(BACKUP_PREFIX.length))).sort();
    expect(backups).toHaveLength(MAX_BACKUPS);
    const newest = all[backups.at(-1)!] as { sites: { sites: Record<string, { theme: string }> } };
    expect(newest.sites.sites['qdnd.vn']?.theme).toBe(`neon-${MAX_BACKUPS + 2}`);
  });
});
