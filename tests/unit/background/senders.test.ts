// The background checks who sent each message and what that sender may change (src/background/policy.ts):
// - the popup and the options page (extension pages) may change every setting this version knows, switch sites
//   on and off, and edit the dictionary;
// - our content script in a tab may change only its own site's look (host from sender.url), the toolbar and its
//   features' own choices, and add an acronym the reader typed; only while Dễ Đọc runs on that site;
// - anyone else (another extension, a subframe) may change nothing. Unknown keys are refused; sizes are capped.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, senders, stub } from '../browser-stub';
import { PREFS_KEY, SITES_KEY, loadSettings, updateSite, type Settings, type SettingsOp } from '../../../src/shared/settings';
import { DICTIONARY_KEY, loadDictionary } from '../../../src/shared/dictionary';

beforeAll(async () => {
  // The background installs its message handlers (and its other listeners) when loaded.
  await import('../../../src/background/index');
});

beforeEach(() => stub.reset());

const PAGE = 'https://kiengiang.gov.vn/tin-tuc/bai-viet.html';
const fromPage = senders.content(PAGE);

function send(type: string, payload: unknown, sender: unknown): Promise<unknown> {
  return stub.dispatch({ type, payload }, sender);
}

const apply = (ops: SettingsOp[], sender: unknown) => send('settings/apply', { ops }, sender) as Promise<Settings>;

async function storedState(): Promise<unknown> {
  return { sync: await browser.storage.sync.get(null), local: await browser.storage.local.get(null) };
}

/** Expects the message to be refused and storage to be exactly as before. */
async function expectRefused(promise: () => Promise<unknown>, reason?: RegExp): Promise<void> {
  const before = await storedState();
  await expect(promise()).rejects.toThrow(reason ?? /refused/);
  expect(await storedState()).toEqual(before);
}

describe('settings/apply from a content script', () => {
  it('changes its own site’s look, the toolbar and the summary length', async () => {
    await apply([{ path: ['sites', 'kiengiang.gov.vn'], value: { scale: 1.5 } }], fromPage);
    await apply([{ path: ['sites', 'kiengiang.gov.vn', 'theme'], value: 'dark' }], fromPage);
    await apply([{ path: ['toolbar', 'collapsed'], value: true }], fromPage);
    await apply([{ path: ['summaryLength'], value: 'long' }], fromPage);
    const { settings } = await loadSettings();
    expect(settings.sites['kiengiang.gov.vn']).toEqual({ scale: 1.5, theme: 'dark' });
    expect(settings.toolbar.collapsed).toBe(true);
    expect(settings.summaryLength).toBe('long');
  });

  it('may not touch another site, switch its own site off, or change the defaults, features or user sites', async () => {
    for (const op of [
      { path: ['sites', 'angiang.gov.vn', 'scale'], value: 2 },
      { path: ['sites', 'angiang.gov.vn'], isDelete: true },
      { path: ['sites', 'kiengiang.gov.vn', 'enabled'], value: false },
      { path: ['sites', 'kiengiang.gov.vn'], value: { scale: 2, enabled: false } },
      { path: ['sites', 'kiengiang.gov.vn'], isDelete: true },
      { path: ['siteDefaults', 'scale'], value: 2 },
      { path: ['features', 'acronyms'], value: false },
      { path: ['userSites'], value: ['evil.example'] },
      { path: ['sites'], value: {} },
      // Its own site's feature switches and the acronym preferences are the reader's, in the popup and options.
      { path: ['sites', 'kiengiang.gov.vn', 'features', 'acronyms'], value: false },
      { path: ['sites', 'kiengiang.gov.vn', 'features'], value: { summary: false } },
      { path: ['sites', 'kiengiang.gov.vn', 'features'], isDelete: true },
      { path: ['sites', 'kiengiang.gov.vn'], value: { scale: 2, features: { acronyms: false } } },
      { path: ['acronyms', 'isUnderlined'], value: false },
      { path: ['acronyms'], value: { isUnderlined: true, openOn: 'click' } },
    ] satisfies SettingsOp[]) {
      await expectRefused(() => apply([op], fromPage), /settings change refused/);
    }
  });

  it('refuses every change of a message when one of its changes is not allowed', async () => {
    await expectRefused(() =>
      apply([{ path: ['toolbar', 'collapsed'], value: true }, { path: ['sites', 'angiang.gov.vn', 'scale'], value: 2 }], fromPage),
    );
  });

  it('is refused where Dễ Đọc does not run: a site that is off, or one it was never allowed on', async () => {
    await updateSite('kiengiang.gov.vn', { enabled: false });
    await expectRefused(() => apply([{ path: ['toolbar', 'collapsed'], value: true }], fromPage));
    const elsewhere = senders.content('https://example.com/a.html');
    await expectRefused(() => apply([{ path: ['sites', 'example.com', 'scale'], value: 2 }], elsewhere));
  });

  it('is refused from a subframe (our content script runs in top frames only)', async () => {
    await expectRefused(() => apply([{ path: ['toolbar', 'collapsed'], value: true }], senders.content(PAGE, 7, 3)));
  });
});

describe('settings/apply from anyone', () => {
  it('refuses unknown keys, even from the options page (9,000 characters under a made-up name)', async () => {
    const junk = 'x'.repeat(9_000);
    await expectRefused(() => apply([{ path: ['sites', 'kiengiang.gov.vn', 'notes'], value: junk }], fromPage));
    await expectRefused(() => apply([{ path: ['sites', 'kiengiang.gov.vn', 'notes'], value: junk }], senders.options()));
    await expectRefused(() => apply([{ path: ['sites', 'kiengiang.gov.vn'], value: { scale: 2, notes: junk } }], senders.options()));
    await expectRefused(() => apply([{ path: ['toolbar'], value: { side: 'left', collapsed: false, extra: junk } }], senders.options()));
    await expectRefused(() => apply([{ path: ['extra'], value: junk }], senders.popup()));
  });

  it('refuses values that are not exactly what this version stores', async () => {
    for (const op of [
      { path: ['sites', 'kiengiang.gov.vn', 'scale'], value: 1.55 },
      { path: ['sites', 'kiengiang.gov.vn', 'scale'], value: 9 },
      { path: ['sites', 'kiengiang.gov.vn', 'theme'], value: 'neon' },
      { path: ['sites', 'kiengiang.gov.vn', 'lineHeight'], value: '2' },
      { path: ['toolbar', 'side'], value: 'top' },
      { path: ['summaryLength'], value: 'x'.repeat(100) },
      { path: ['sites', 'kiengiang.gov.vn', 'features', 'acronyms'], value: 'off' },
      { path: ['sites', 'kiengiang.gov.vn', 'features', 'telemetry'], value: true },
      { path: ['sites', 'kiengiang.gov.vn', 'features'], value: { acronyms: false, telemetry: true } },
      { path: ['sites', 'kiengiang.gov.vn', 'features', 'acronyms', 'x'], value: true },
      { path: ['siteDefaults', 'features'], value: { acronyms: false } },
      { path: ['acronyms', 'openOn'], value: 'always' },
      { path: ['acronyms'], value: { isUnderlined: 'yes', openOn: 'hover' } },
      { path: ['acronyms', 'extra'], value: 1 },
    ]) {
      await expectRefused(() => apply([op], senders.options()));
    }
  });

  it('caps sizes: the number of changes, the length of a host name, the number of sites', async () => {
    const many = Array.from({ length: 1_000 }, () => ({ path: ['toolbar', 'collapsed'], value: true }));
    await expectRefused(() => apply(many, senders.options()), /too many/);
    const longHost = `${'a'.repeat(250)}.gov.vn`;
    await expectRefused(() => apply([{ path: ['sites', longHost, 'scale'], value: 2 }], senders.options()), /host/);
    const sites = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`s${i}.gov.vn`, { scale: 1.5 }]));
    await browser.storage.local.set({ [SITES_KEY]: { version: 1, sites, userSites: [] } });
    await expectRefused(() => apply([{ path: ['sites', 'new.gov.vn', 'scale'], value: 2 }], senders.options()), /sites/);
    // A site that already has its own values can still change them.
    await apply([{ path: ['sites', 's1.gov.vn', 'scale'], value: 2 }], senders.options());
  });

  it('refuses another extension', async () => {
    await expectRefused(() => apply([{ path: ['toolbar', 'collapsed'], value: true }], senders.foreign()));
  });

  it('takes every known setting from the popup and the options page', async () => {
    await apply([{ path: ['siteDefaults', 'scale'], value: 1.3 }], senders.options());
    await apply([{ path: ['features', 'summary'], value: false }], senders.options());
    await apply([{ path: ['sites', 'angiang.gov.vn', 'theme'], value: 'sepia' }], senders.popup());
    await apply([{ path: ['sites', 'angiang.gov.vn', 'theme'], isDelete: true }], senders.popup());
    await apply([{ path: ['sites', 'qdnd.vn', 'features', 'acronyms'], value: false }], senders.popup());
    await apply([{ path: ['sites', 'moit.gov.vn'], value: { scale: 1.2, features: { summary: true } } }], senders.popup());
    await apply([{ path: ['acronyms'], value: { isUnderlined: false, openOn: 'click' } }], senders.options());
    const { settings } = await loadSettings();
    expect(settings.siteDefaults.scale).toBe(1.3);
    expect(settings.features.summary).toBe(false);
    expect(settings.sites['angiang.gov.vn']).toBeUndefined();
    expect(settings.sites['qdnd.vn']).toEqual({ features: { acronyms: false } });
    expect(settings.sites['moit.gov.vn']).toEqual({ scale: 1.2, features: { summary: true } });
    expect(settings.acronyms).toEqual({ isUnderlined: false, openOn: 'click' });
    expect((await browser.storage.sync.get(PREFS_KEY))[PREFS_KEY]).toBeDefined();
  });
});

describe('site/enable and site/disable', () => {
  const USER_SITE = 'tintuc.example.com';

  beforeEach(async () => {
    stub.grant(`*://${USER_SITE}/*`);
    await send('site/enable', { host: USER_SITE }, senders.popup());
  });

  it('work from the popup and the options page', async () => {
    expect((await loadSettings()).settings.userSites).toEqual([USER_SITE]);
    await send('site/disable', { host: 'angiang.gov.vn' }, senders.options());
    expect((await loadSettings()).settings.sites['angiang.gov.vn']).toEqual({ enabled: false });
  });

  it('are refused from a content script and from another extension: no site off, no permission revoked', async () => {
    for (const sender of [fromPage, senders.content(`https://${USER_SITE}/a`), senders.foreign()]) {
      await expectRefused(() => send('site/disable', { host: USER_SITE }, sender));
      await expectRefused(() => send('site/disable', { host: 'angiang.gov.vn' }, sender));
      await expectRefused(() => send('site/enable', { host: 'angiang.gov.vn' }, sender));
    }
    expect(stub.isGranted(`*://${USER_SITE}/*`)).toBe(true);
    expect(stub.registeredIds()).toContain(`site:${USER_SITE}`);
  });

  it('refuse a host that is not a host name', async () => {
    await expect(send('site/disable', { host: 'a b/c' }, senders.popup())).rejects.toThrow(/host/);
    await expect(send('site/enable', { host: 'x'.repeat(300) }, senders.popup())).rejects.toThrow(/host/);
  });
});

describe('dictionary/apply', () => {
  const add = (short: string, long: string, sender: unknown = fromPage) =>
    send('dictionary/apply', { change: { kind: 'add', entry: { short, long } } }, sender);

  it('lets a page add an acronym the user does not have, and nothing else', async () => {
    await add('BCĐ', 'Ban Chỉ đạo');
    expect((await loadDictionary()).entries).toEqual([{ short: 'BCĐ', long: 'Ban Chỉ đạo' }]);
    await expectRefused(() => add('BCĐ', 'Ban gì khác'), /exists/);
    for (const change of [
      { kind: 'put', entry: { short: 'BCĐ', long: 'Ban khác' } },
      { kind: 'delete', short: 'BCĐ' },
      { kind: 'import', entries: [{ short: 'UBND', long: 'Ủy ban nhân dân' }] },
    ]) {
      await expectRefused(() => send('dictionary/apply', { change }, fromPage), /not-allowed/);
    }
  });

  it('limits how fast pages add: a page that adds in a loop is stopped, and a minute later may add again', async () => {
    // Two minutes ago, so that the later tests (at the real time) start with a fresh count.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 120_000);
    try {
      const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => add(`MỤC${i}`, `mục số ${i}`)));
      const added = results.filter((r) => r.status === 'fulfilled').length;
      expect(added).toBe(10);
      expect((await loadDictionary()).entries).toHaveLength(added);
      vi.setSystemTime(Date.now() + 61_000);
      await add('MỚI', 'mục mới');
      expect((await loadDictionary()).entries).toHaveLength(added + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a page where Dễ Đọc does not run, another extension, and a broken change', async () => {
    await expectRefused(() => add('ABC', 'a b c', senders.content('https://example.com/')));
    await expectRefused(() => add('ABC', 'a b c', senders.foreign()));
    await expectRefused(() => send('dictionary/apply', { change: { kind: 'put', entry: { short: 'A', long: 7 } } }, senders.options()));
    await expectRefused(() => add('ABC', 'x'.repeat(5_000), senders.options()), /long-too-long/);
  });

  it('takes every change from the options page, applied one at a time', async () => {
    const opts = senders.options();
    await Promise.all([
      send('dictionary/apply', { change: { kind: 'put', entry: { short: 'UBND', long: 'Ủy ban nhân dân' } } }, opts),
      send('dictionary/apply', { change: { kind: 'import', entries: [{ short: 'HĐND', long: 'Hội đồng nhân dân' }] } }, opts),
      add('SXKD', 'sản xuất kinh doanh', senders.content('https://angiang.gov.vn/a', 8)),
    ]);
    expect((await loadDictionary()).entries.map((e) => e.short)).toEqual(['HĐND', 'SXKD', 'UBND']);
    await send('dictionary/apply', { change: { kind: 'delete', short: 'UBND' } }, opts);
    expect((await browser.storage.local.get(DICTIONARY_KEY))[DICTIONARY_KEY]).toMatchObject({ entries: [{ short: 'HĐND' }, { short: 'SXKD' }] });
  });
});
