// Preferences live in storage.sync, which refuses writes beyond its quotas (Chrome: 120 writes a minute, 8 KB an
// item). A refused write falls back to storage.local; both copies carry a revision and the newer one is read, so
// a change saved while sync refuses is never lost.
import { beforeEach, describe, expect, it } from 'vitest';
import { CHROME_SYNC_LIMITS, browser, stub } from '../../browser-stub';
import { PREFS_KEY, loadSettings, pushPendingPrefs, updateSettings } from '../../../../src/shared/settings';

const rateLimited = (): Error => new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');

beforeEach(() => stub.reset());

describe('preferences when storage.sync refuses a write', () => {
  it('keeps a change saved while sync refuses it (the local copy is newer and is read)', async () => {
    await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, side: 'left' } }));
    browser.storage.sync.control.failNextWrite(rateLimited());
    await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, collapsed: true } }));
    const { settings } = await loadSettings();
    expect(settings.toolbar).toEqual({ side: 'left', collapsed: true });
  });

  it("keeps the last value of a slider that writes every value, under Chrome's sync limits", async () => {
    browser.storage.sync.control.setLimits(CHROME_SYNC_LIMITS);
    const values: number[] = [];
    for (let i = 0; i < 150; i++) values.push(1 + (i % 21) / 10);
    for (const scale of values) {
      await updateSettings((s) => ({ ...s, siteDefaults: { ...s.siteDefaults, scale } }));
    }
    expect((await loadSettings()).settings.siteDefaults.scale).toBe(values.at(-1));
  });

  it('reads a newer copy that another computer synced over the local fallback copy', async () => {
    browser.storage.sync.control.failNextWrite(rateLimited());
    await updateSettings((s) => ({ ...s, summaryLength: 'long' }));
    const local = (await browser.storage.local.get(PREFS_KEY))[PREFS_KEY] as { rev: number };
    // Later, another computer saves "short", and sync brings it here.
    const synced = { ...(local as object), summaryLength: 'short', rev: local.rev + 1000 };
    await browser.storage.sync.set({ [PREFS_KEY]: synced });
    expect((await loadSettings()).settings.summaryLength).toBe('short');
  });

  it('moves the fallback copy to sync once sync takes writes again, and drops the local copy', async () => {
    browser.storage.sync.control.failNextWrite(rateLimited());
    await updateSettings((s) => ({ ...s, summaryLength: 'long' }));
    expect((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]).toBeDefined();
    await pushPendingPrefs();
    expect((await browser.storage.sync.get(PREFS_KEY))[PREFS_KEY]).toMatchObject({ summaryLength: 'long' });
    expect((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]).toBeUndefined();
    expect((await loadSettings()).settings.summaryLength).toBe('long');
  });

  it("the next successful write also carries the fallback copy's changes to sync", async () => {
    browser.storage.sync.control.failNextWrite(rateLimited());
    await updateSettings((s) => ({ ...s, summaryLength: 'long' }));
    await updateSettings((s) => ({ ...s, toolbar: { ...s.toolbar, side: 'left' } }));
    expect((await browser.storage.sync.get(PREFS_KEY))[PREFS_KEY]).toMatchObject({ summaryLength: 'long', toolbar: { side: 'left' } });
    expect((await browser.storage.local.get(PREFS_KEY))[PREFS_KEY]).toBeUndefined();
  });

  it('treats a copy without a revision (written by an older Dễ Đọc) as older than any stamped one', async () => {
    await browser.storage.sync.set({ [PREFS_KEY]: { version: 1, summaryLength: 'short' } });
    await browser.storage.local.set({ [PREFS_KEY]: { version: 1, summaryLength: 'long', rev: 5 } });
    expect((await loadSettings()).settings.summaryLength).toBe('long');
  });
});
