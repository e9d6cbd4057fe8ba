// The options page in real Chromium and Firefox: its sections and their short list, everything the popup sets, and
// all settings out to one file, back to the defaults (after a confirmation) and back in from the file, giving the
// same settings; a broken file names its line and setting and changes nothing.
import { describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import type { BrowserName, TestPage } from './support/browsers';
import { readSettings, setPrefs, setSite, settingsWhen, welcomeTabs } from './support/extension';
import { click, screenshot } from './support/helpers';
import { storeShot } from './support/store';
import { useBrowser } from './support/suite';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const OPTIONS = 'src/options/index.html';

/** Catches what the page downloads (the export): the file names and their text. */
function catchDownloads(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const w = window as any;
    w.__exports = [];
    w.__downloads = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      w.__exports.push(blob);
      return original(blob);
    };
    HTMLAnchorElement.prototype.click = function () {
      w.__downloads.push(this.download);
    };
  });
}

/** Gives the page's file input a file, as the reader choosing it in the file dialog does. */
function chooseFile(page: TestPage, name: string, text: string): Promise<void> {
  return page.evaluate(
    ({ name, text }) => {
      const input = document.querySelector('[data-action="settings-import-file"]') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, text },
  );
}

async function storedDictionary(control: TestPage): Promise<unknown> {
  return control.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return ((await api.storage.local.get('dictionary')).dictionary?.entries ?? []).map((e: any) => `${e.short}=${e.long}`);
  });
}

describe.each(BROWSERS)('options page in %s', (name) => {
  const suite = useBrowser(name);
  /** The settings as a reader leaves them after a while: something in every part. */
  async function settleIn(): Promise<void> {
    await setPrefs(suite.control, {
      features: { summary: false },
      toolbar: { side: 'left', collapsed: true },
      siteDefaults: { scale: 1.5, theme: 'sepia', font: 'legible' },
      summaryLength: 'long',
      acronyms: { isUnderlined: false, openOn: 'click' },
    });
    await setSite(suite.control, 'kiengiang.gov.vn', { scale: 2, lineHeight: 1.8, features: { acronyms: false } });
    await setSite(suite.control, 'qdnd.vn', { enabled: false });
    await suite.control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.runtime.sendMessage({ type: 'dictionary/apply', payload: { change: { kind: 'import', entries: [{ short: 'BCĐ', long: 'Ban Chỉ đạo' }, { short: 'HTX', long: 'hợp tác xã' }] } } });
    });
  }

  it('sections with a short list at the top that leads to each; the guide opens from here; axe-clean at 1280 and 360 px', async () => {
    await settleIn();
    const options = await suite.harness.openExtensionPage(OPTIONS);
    const nav = await options.evaluate(() =>
      [...document.querySelectorAll('nav a')].map((a) => {
        const id = a.getAttribute('href')!.slice(1);
        return { id, target: document.getElementById(id)?.tagName ?? null };
      }),
    );
    expect(nav.map((n) => n.id)).toEqual(['features', 'sites', 'scale', 'acronyms', 'summary', 'toolbar', 'dictionary', 'transfer']);
    expect(nav.every((n) => n.target === 'SECTION')).toBe(true);
    await click(options, 'nav a[href="#transfer"]');
    await options.waitFor(() => {
      const r = document.getElementById('transfer')!.getBoundingClientRect();
      // At the top of the window, or as near as the end of the page lets it come.
      const isScrolledToEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      return location.hash === '#transfer' && r.top >= -1 && (r.top < 100 || isScrolledToEnd);
    });
    expect(await runAxe(options)).toEqual([]);
    await options.evaluate(() => window.scrollTo(0, 0));
    await storeShot(options, suite.harness, 'options');
    await options.setViewport(360, 740);
    await options.waitFor(() => innerWidth === 360);
    const wide = await options.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
        .slice(0, 8)
        .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
    );
    expect(wide).toEqual([]);
    expect(await options.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await runAxe(options)).toEqual([]);
    await screenshot(options, suite.harness, 'options-360', true);
    await click(options, '[data-action="open-guide"]');
    await suite.control.waitFor(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.extension.getViews({ type: 'tab' }).some((v: Window) => v.location.pathname === '/src/welcome/index.html');
    });
    expect(await welcomeTabs(suite.control)).toBe(1);
    await options.close();
  });

  it('everything the popup sets is here: acronym and summary choices, a site’s own switches (back to every site’s)', async () => {
    await setSite(suite.control, 'kiengiang.gov.vn', { scale: 2, features: { acronyms: false, summary: true } });
    const options = await suite.harness.openExtensionPage(OPTIONS);
    expect(await options.evaluate(() => document.querySelector('[data-list="site-features"] li')?.textContent)).toContain('kiengiang.gov.vn');
    await click(options, '#acronyms input[data-setting="acronymsUnderline"]');
    await click(options, '#acronyms input[data-setting="acronymsOpenOn"][value="click"]');
    await click(options, '#summary input[data-setting="summaryLength"][value="short"]');
    await click(options, '[data-list="site-features"] [data-action="site-features-follow"]');
    await options.waitFor(() => document.querySelector('[data-list="site-features"]') === null);
    // Each choice is saved a moment after the page shows it: read them once the last one is stored.
    const stored = await settingsWhen(
      suite.control,
      (s) => s.acronyms.openOn === 'click' && s.summaryLength === 'short' && s.sites['kiengiang.gov.vn']?.features === undefined,
    );
    expect(stored.acronyms).toEqual({ isUnderlined: false, openOn: 'click' });
    expect(stored.summaryLength).toBe('short');
    // The site keeps its size; only its own switches went.
    expect(stored.sites['kiengiang.gov.vn']).toEqual({ scale: 2 });
    expect(await runAxe(options)).toEqual([]);
    await options.close();
  });

  it('export, reset (after a confirmation), import: the same settings and dictionary; a broken file changes nothing', async () => {
    await settleIn();
    const before = await readSettings(suite.control);
    const options = await suite.harness.openExtensionPage(OPTIONS);
    await catchDownloads(options);
    await click(options, '[data-action="settings-export"]');
    await options.waitFor(() => (window as any).__exports.length === 1);
    const exported = await options.evaluate(async () => ({ name: (window as any).__downloads[0], text: await (window as any).__exports[0].text() }));
    expect(exported.name).toMatch(/^de-doc-cai-dat-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(exported.text);
    expect(file).toMatchObject({ format: 'de-doc-settings', version: 1, dictionary: { entries: [{ short: 'BCĐ' }, { short: 'HTX' }] } });

    // Reset asks first; "no" keeps everything.
    await click(options, '[data-action="settings-reset"]');
    await options.waitFor(() => (document.querySelector('dialog[data-dialog="reset"]') as HTMLDialogElement).open);
    expect(await runAxe(options)).toEqual([]);
    await screenshot(options, suite.harness, 'options-reset-confirm');
    await options.press('Escape');
    await options.waitFor(() => !(document.querySelector('dialog[data-dialog="reset"]') as HTMLDialogElement).open);
    expect(await readSettings(suite.control)).toEqual(before);
    await click(options, '[data-action="settings-reset"]');
    await click(options, '[data-action="settings-reset-confirm"]');
    await options.waitFor(() => document.querySelector('[data-transfer-status]')?.textContent?.includes('Đã đặt lại') === true);
    const reset = await readSettings(suite.control);
    expect(reset.siteDefaults.scale).toBe(1);
    expect(reset.sites).toEqual({});
    expect(reset.features.summary).toBe(true);
    // The reader's dictionary stays.
    expect(await storedDictionary(suite.control)).toEqual(['BCĐ=Ban Chỉ đạo', 'HTX=hợp tác xã']);

    // A broken file: every problem by line and setting, nothing changed.
    const broken = exported.text.replace('"scale": 2,', '"scale": 2.05,').replace('"side": "left"', '"side": "top"');
    await chooseFile(options, 'hong.json', broken);
    await options.waitFor(() => document.querySelector('[data-transfer-errors]') !== null);
    const errors = await options.evaluate(() => [...document.querySelectorAll('[data-transfer-errors] li')].map((li) => li.textContent));
    const lineOf = (needle: string) => (exported.text as string).split('\n').findIndex((l: string) => l.includes(needle)) + 1;
    expect(errors).toContain(`Dòng ${lineOf('"toolbar"')}, toolbar › side: cần là một trong: left, right`);
    expect(errors.some((e) => e?.startsWith(`Dòng ${lineOf('"kiengiang.gov.vn"')}, sites › kiengiang.gov.vn › scale: cần là một cỡ chữ`))).toBe(true);
    expect(await readSettings(suite.control)).toEqual(reset);
    await screenshot(options, suite.harness, 'options-import-errors');

    // The good file: the same settings as before the reset.
    await chooseFile(options, exported.name, exported.text);
    await options.waitFor((fileName) => document.querySelector('[data-transfer-status]')?.textContent?.includes(fileName) === true, exported.name as string);
    expect(await readSettings(suite.control)).toEqual(before);
    expect(await storedDictionary(suite.control)).toEqual(['BCĐ=Ban Chỉ đạo', 'HTX=hợp tác xã']);
    await options.close();
  });
});
