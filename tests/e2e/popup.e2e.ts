// The popup as the control centre, in real Chromium and Firefox: each feature's switch for this site takes effect on
// the open page at once and comes back; "on every site" reaches another state site; the acronym and summary quick
// settings reach the page; axe-core finds nothing in any state, at 100 % and with the popup text at its largest;
// every control is at least 44 × 44 px, reachable with Tab and visibly focused, and the popup fits 360 px.
import { describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import type { BrowserName, TestPage } from './support/browsers';
import { openPopupFor as openPopup, readSettings, setSite, settingsWhen, welcomeTabs } from './support/extension';
import { DOCS_SCREENSHOT_DIR, click, hover, screenshot, waitForAcronymsDone, waitForDedoc } from './support/helpers';
import { DEMO } from './support/scale';
import { useBrowser } from './support/suite';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const HOST = 'kiengiang.gov.vn';
const OTHER = { host: 'moit.gov.vn', path: '/acronyms.csp.html' };

/** What of each feature is on the page. */
function onPage(page: TestPage) {
  return page.evaluate(() => {
    const shadow = document.querySelector('dedoc-root')?.shadowRoot;
    const html = document.documentElement;
    return {
      scale: html.getAttribute('data-dedoc-scale'),
      scaleButton: shadow?.querySelector('[data-action="font-increase"]') != null,
      acronyms: document.querySelectorAll('abbr[data-dedoc-acronym]').length,
      acronymsAttribute: html.getAttribute('data-dedoc-acronyms'),
      summaryButton: shadow?.querySelector('[data-action="summary-open"]') != null,
    };
  });
}

describe.each(BROWSERS)('popup in %s', (name) => {
  // Headless Firefox has no audio device: cubeb's mock backend (as in speech.e2e.ts) lets the built-in voice play.
  const suite = useBrowser(name, name === 'firefox' ? { firefoxPrefs: { 'media.cubeb.force_mock_context': true } } : {});
  const url = (host = HOST, path = DEMO) => suite.server.url(host, path);
  const openPopupFor = (page: TestPage, pageUrl: string) => openPopup(suite.harness, suite.control, page, pageUrl);
  const switchOf = (feature: string, scope: 'site' | 'all') => `[data-feature="${feature}"][data-scope="${scope}"]`;
  const isChecked = (popup: TestPage, selector: string) => popup.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-checked'), selector);
  async function flip(popup: TestPage, feature: string, scope: 'site' | 'all', expected: boolean): Promise<void> {
    await click(popup, switchOf(feature, scope));
    await popup.waitFor(({ sel, value }) => document.querySelector(sel)?.getAttribute('aria-checked') === value, { sel: switchOf(feature, scope), value: String(expected) });
  }
  async function openDemo(): Promise<TestPage> {
    const page = await suite.harness.newPage(url());
    await waitForDedoc(page);
    await page.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length >= 10, undefined, 15_000);
    await waitForAcronymsDone(page);
    return page;
  }

  it('each feature switched off for this site leaves the open page at once, and comes back on', async () => {
    await setSite(suite.control, HOST, { scale: 1.5 });
    const page = await openDemo();
    expect(await onPage(page)).toMatchObject({ scale: '1.5', scaleButton: true, acronymsAttribute: '', summaryButton: true });
    const popup = await openPopupFor(page, url());
    for (const feature of ['scale', 'acronyms', 'summary', 'speech']) {
      expect(await isChecked(popup, switchOf(feature, 'site'))).toBe('true');
      expect(await isChecked(popup, switchOf(feature, 'all'))).toBe('true');
    }
    await flip(popup, 'scale', 'site', false);
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === null);
    expect(await onPage(page)).toMatchObject({ scaleButton: false, summaryButton: true });
    // Its quick settings go with it; the switch for every site stays on.
    expect(await popup.evaluate(() => document.querySelector('input[data-setting="scale"]'))).toBeNull();
    expect(await isChecked(popup, switchOf('scale', 'all'))).toBe('true');
    await flip(popup, 'acronyms', 'site', false);
    await page.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length === 0 && !document.documentElement.hasAttribute('data-dedoc-acronyms'));
    await flip(popup, 'summary', 'site', false);
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="summary-open"]') == null);
    await flip(popup, 'speech', 'site', false);
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="speech-open"]') == null);
    const stored = await readSettings(suite.control);
    expect(stored.sites[HOST]).toEqual({ scale: 1.5, features: { scale: false, acronyms: false, summary: false, speech: false } });
    expect(stored.features).toEqual({ scale: true, acronyms: true, summary: true, speech: true });
    await screenshot(popup, suite.harness, 'popup-features-off', true);
    expect(await runAxe(popup)).toEqual([]);
    // Back on, without a reload.
    for (const feature of ['scale', 'acronyms', 'summary', 'speech']) await flip(popup, feature, 'site', true);
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === '1.5');
    await page.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length >= 10, undefined, 15_000);
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="summary-open"]') != null);
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="speech-open"]') != null);
    // Equal to every site's again: the site keeps no switch of its own.
    expect((await readSettings(suite.control)).sites[HOST]).toEqual({ scale: 1.5 });
    await popup.close();
    await page.close();
  });

  it('"on every site" reaches another state site, open and later loaded; this site may still keep its own', async () => {
    const page = await openDemo();
    const other = await suite.harness.newPage(url(OTHER.host, OTHER.path));
    await waitForDedoc(other);
    await other.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length > 0, undefined, 15_000);
    const popup = await openPopupFor(page, url());
    await flip(popup, 'acronyms', 'all', false);
    expect(await isChecked(popup, switchOf('acronyms', 'site'))).toBe('false');
    await other.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length === 0);
    await page.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length === 0);
    await other.reload();
    await waitForDedoc(other);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await onPage(other)).acronyms).toBe(0);
    // On for this site alone: here they come back, the other site stays without.
    await flip(popup, 'acronyms', 'site', true);
    await page.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length >= 10, undefined, 15_000);
    expect((await onPage(other)).acronyms).toBe(0);
    expect((await readSettings(suite.control)).sites[HOST]).toEqual({ features: { acronyms: true } });
    // On for every site: the other site gets them back, live; this site follows every site again.
    await flip(popup, 'acronyms', 'all', true);
    await other.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length > 0, undefined, 15_000);
    expect((await readSettings(suite.control)).sites[HOST]).toBeUndefined();
    await popup.close();
    await other.close();
    await page.close();
  });

  it('acronym quick settings reach the page: no underline; "tap or click only" opens nothing on hover, a click does', async () => {
    const page = await openDemo();
    const popup = await openPopupFor(page, url());
    await click(popup, 'input[data-setting="acronymsUnderline"]');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-acronyms') === 'plain');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('abbr[data-dedoc-acronym]')!).textDecorationLine)).toBe('none');
    await click(popup, 'input[data-setting="acronymsOpenOn"][value="click"]');
    await suite.control.waitFor(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const s = await api.runtime.sendMessage({ type: 'settings/apply', payload: { ops: [] } });
      return s.acronyms.openOn === 'click';
    });
    await page.bringToFront();
    const isOpen = () => page.evaluate(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement | null)?.hidden);
    await page.evaluate(() => document.querySelectorAll('abbr[data-dedoc-acronym]')[3]?.setAttribute('data-target', ''));
    await hover(page, 'abbr[data-target]');
    await new Promise((r) => setTimeout(r, 800));
    expect(await isOpen()).toBe(false);
    await click(page, 'abbr[data-target]');
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).hidden);
    await page.moveMouse({ x: 5, y: 400 }, 3);
    await new Promise((r) => setTimeout(r, 800));
    expect(await isOpen()).toBe(true);
    await page.clickAt({ x: 5, y: 400 });
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).hidden);
    // Back: underlined, and hover opens again.
    await click(popup, 'input[data-setting="acronymsUnderline"]');
    await click(popup, 'input[data-setting="acronymsOpenOn"][value="hover"]');
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-acronyms') === '');
    await popup.close();
    await page.close();
  });

  it('summary quick settings: the length chosen is the panel’s; the popup opens the panel', async () => {
    const page = await openDemo();
    const popup = await openPopupFor(page, url());
    await click(popup, 'input[data-setting="summaryLength"][value="short"]');
    await popup.waitFor(() => (document.querySelector('input[data-setting="summaryLength"][value="short"]') as HTMLInputElement).checked);
    await click(popup, '[data-action="summary-open"]');
    await page.waitFor(() => {
      const panel = document.querySelector('dedoc-root')?.shadowRoot?.querySelector<HTMLElement>('.summary-panel');
      return panel !== null && panel !== undefined && !panel.hidden;
    });
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('[data-action="summary-length-short"]')?.getAttribute('aria-pressed') === 'true');
    await popup.close();
    await page.close();
  });

  it('read-aloud quick controls drive the page’s player; the voice chosen is the player’s', async () => {
    const page = await openDemo();
    const popup = await openPopupFor(page, url());
    const speechState = () => page.evaluate(() => document.querySelector('dedoc-root')?.getAttribute('data-speech-state') ?? null);
    await popup.waitFor(() => document.querySelector('[data-setting="speech-voice"] option[value="builtin:vi-VN-x-central"]') !== null);
    await popup.evaluate(() => {
      const select = document.querySelector('[data-setting="speech-voice"]') as HTMLSelectElement;
      select.value = 'builtin:vi-VN-x-central';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await popup.waitFor(() => (document.querySelector('[data-setting="speech-voice"]') as HTMLSelectElement).value === 'builtin:vi-VN-x-central');
    // The popup saves the choice a moment after it shows it: the player is started once it is stored.
    expect((await settingsWhen(suite.control, (s) => s.speech.voiceId === 'builtin:vi-VN-x-central')).speech.voiceId).toBe('builtin:vi-VN-x-central');
    await click(popup, '[data-action="speech-play"]');
    await page.waitFor(() => document.querySelector('dedoc-root')?.getAttribute('data-speech-state') === 'playing', undefined, 15_000);
    expect(await page.evaluate(() => document.querySelector('dedoc-root')?.getAttribute('data-speech-engine'))).toBe('builtin');
    // The popup follows the player: where it is and which voice speaks.
    await popup.waitFor(() => {
      const where = document.querySelector('[data-part="speech-progress"]')?.textContent ?? '';
      return /Câu \d+ \/ \d+/.test(where) && where.includes('Đang đọc bằng: Giọng có sẵn của Dễ Đọc – miền Trung');
    });
    await click(popup, '[data-action="speech-faster"]');
    await popup.waitFor(() => document.querySelector('[data-part="speech-rate"]')?.textContent === 'Tốc độ 1,1×');
    await click(popup, '[data-action="speech-pause"]');
    await page.waitFor(() => document.querySelector('dedoc-root')?.getAttribute('data-speech-state') === 'paused');
    await popup.waitFor(() => document.querySelector('[data-action="speech-play"]') !== null);
    await click(popup, '[data-action="speech-stop"]');
    await page.waitFor(() => !document.querySelector('dedoc-root')?.hasAttribute('data-speech-state'));
    expect(await speechState()).toBeNull();
    expect((await settingsWhen(suite.control, (s) => s.speech.rates.vi === 1.1)).speech.rates.vi).toBe(1.1);
    await screenshot(popup, suite.harness, 'popup-speech', true);
    await popup.close();
    await page.close();
  });

  it.each([
    ['at 100 %', 1],
    ['with its text at its largest (the page at 300 %)', 3],
  ])('readable in every state %s: axe-clean, targets ≥ 44 px, Tab reaches every control with a visible focus, fits 360 px', async (_label, size) => {
    const unlisted = suite.server.url('tintuc.example.com', '/');
    const states: Array<{ label: string; prepare(): Promise<void>; pageUrl: string }> = [
      { label: 'on', prepare: async () => undefined, pageUrl: url() },
      { label: 'features-off', prepare: () => setSite(suite.control, HOST, { features: { acronyms: false, summary: false } }), pageUrl: url() },
      { label: 'site-off', prepare: () => setSite(suite.control, HOST, { enabled: false }), pageUrl: url() },
      { label: 'unlisted', prepare: async () => undefined, pageUrl: unlisted },
    ];
    {
      for (const state of states) {
        await setSite(suite.control, HOST, size === 1 ? null : { scale: size });
        await state.prepare();
        const page = await suite.harness.newPage(state.pageUrl);
        const popup = await openPopupFor(page, state.pageUrl);
        const label = `${state.label}-${size * 100}`;
        const scale = await popup.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ui-scale').trim());
        expect(scale, label).toBe(state.label === 'unlisted' || size === 1 ? '1' : '1.5');
        expect(await runAxe(popup), label).toEqual([]);
        const small = await popup.evaluate(() =>
          [...document.querySelectorAll('button, input, select, a[href]')]
            .map((el) => {
              // A box or radio inside its label is operated through the whole label row.
              const target = (el.closest('label') ?? el) as HTMLElement;
              const r = target.getBoundingClientRect();
              return { what: el.getAttribute('data-action') ?? el.getAttribute('data-feature') ?? el.getAttribute('data-setting') ?? el.tagName, w: r.width, h: r.height };
            })
            .filter((c) => c.w > 0 && (c.w < 44 || c.h < 44)),
        );
        expect(small, label).toEqual([]);
        // Keyboard: Tab visits every control, each with a visible focus ring.
        const controls = await popup.evaluate(() => {
          const all = [...document.querySelectorAll('button:not([disabled]), input, select')];
          all.forEach((el, i) => el.setAttribute('data-tab-id', String(i)));
          return all.length;
        });
        const seen = new Set<string>();
        await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let i = 0; i < controls + 5; i++) {
          await popup.press('Tab');
          const focus = await popup.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            return { key: el.getAttribute('data-tab-id') ?? el.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, debug: `${style.outlineStyle} ${style.outlineWidth} ${el.matches(':focus-visible')} ${el.outerHTML.slice(0, 80)}` };
          });
          // Past the last control the focus leaves for the browser's own UI: one round is what we check.
          if (!focus || seen.has(focus.key)) {
            if (seen.size > 0) break;
            continue;
          }
          expect(focus.ring, `${label} ${focus.debug}`).toBe(true);
          if (focus.key.match(/^\d+$/)) seen.add(focus.key);
        }
        // Radio groups are one tab stop each (arrows move inside): every other control is reached.
        const radios = await popup.evaluate(() => new Set([...document.querySelectorAll('input[type="radio"]')].map((r) => (r as HTMLInputElement).name)).size);
        const radioButtons = await popup.evaluate(() => document.querySelectorAll('input[type="radio"]').length);
        expect(seen.size, label).toBeGreaterThanOrEqual(controls - radioButtons + radios);
        await screenshot(popup, suite.harness, `popup-${label}`, true);
        if (name === 'chromium' && label === 'on-100') await popup.screenshot(`${DOCS_SCREENSHOT_DIR}popup.png`, true);
        await popup.setViewport(360, 740);
        await popup.waitFor(() => innerWidth === 360);
        expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${label} at 360 px`).toBe(true);
        await screenshot(popup, suite.harness, `popup-${label}-360`, true);
        await popup.close();
        await page.close();
      }
    }
  }, 120_000);

  it('opens the guide (Hướng dẫn sử dụng)', async () => {
    const page = await suite.harness.newPage(url());
    const popup = await openPopupFor(page, url());
    expect(await popup.evaluate(() => document.querySelector('[data-action="open-guide"]')?.textContent)).toBe('Hướng dẫn sử dụng');
    await click(popup, '[data-action="open-guide"]');
    await suite.control.waitFor(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.extension.getViews({ type: 'tab' }).some((v: Window) => v.location.pathname === '/src/welcome/index.html');
    });
    expect(await welcomeTabs(suite.control)).toBe(1);
    await popup.close();
    await page.close();
  });
});
