// Acronyms end-to-end in real Chromium and real Firefox ESR: annotation on the demo page and the
// fixtures (right expansions and sources, nothing outside the article, text intact), the tooltip (real hover,
// Tab focus, Esc, hoverable), the glossary (toolbar and popup), page CSS under a strict CSP, switching off
// restores the DOM exactly, content arriving later, and the options page's dictionary editor.
import { beforeAll, describe, expect, it } from 'vitest';
import { USER_DICTIONARY_VERSION } from '../../src/core/acronyms/index';
import { runAxe } from './support/axe';
import type { BrowserName, TestPage } from './support/browsers';
import { openPopupFor, setPrefs, setSite } from './support/extension';
import { DOCS_SCREENSHOT_DIR, click, hover, pointOf, screenshot, waitForAcronymsDone, waitForDedoc } from './support/helpers';
import { useBrowser } from './support/suite';
const DOCS_SCREENSHOTS = DOCS_SCREENSHOT_DIR;

const DEMO = '/tin-tuc/nam-dan-van-chinh-quyen.html';
const DEMO_2 = '/tin-tuc/hoi-nghi-cai-cach-hanh-chinh.html';
const BAOCHINHPHU = '/__fixtures__/baochinhphu.vn--chinh-sach-moi-thang-3-2026/';
const CSP_PAGE = '/acronyms.csp.html';

/** Waits until the annotation is done (the glossary button no longer aria-busy) with at least `min` of our abbrs. */
async function waitForAcronyms(page: TestPage, min = 1): Promise<number> {
  await page.waitFor((n) => document.querySelectorAll('abbr[data-dedoc-acronym]').length >= n, min, 15_000);
  await waitForAcronymsDone(page);
  return page.evaluate(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length);
}

/** How each source ends an occurrence's aria-description ("Ủy ban nhân dân, theo bài viết"), in the UI language. */
type Suffixes = Record<'page' | 'builtin' | 'user', string>;

/**
 * Occurrences of a form in the article's text (whole tokens), how many of them are wrapped, their expansions, and
 * where each expansion comes from as a screen reader hears it (the end of aria-description): the page gets no
 * attribute that says it.
 */
function coverage(
  page: TestPage,
  form: string,
  scope: string,
  suffixes: Suffixes,
): Promise<{ inText: number; wrapped: number; expansions: string[]; sources: string[]; sourceAttributes: number }> {
  return page.evaluate(
    ({ form, scope, suffixes }) => {
      const roots = [...document.querySelectorAll(scope)];
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`, 'gu');
      const inText = roots.reduce((n, r) => n + (r.textContent?.match(re)?.length ?? 0), 0);
      const abbrs = roots.flatMap((r) => [...r.querySelectorAll('abbr[data-dedoc-acronym]')]).filter((a) => a.textContent === form);
      const sourceOf = (a: Element) => {
        const said = a.getAttribute('aria-description') ?? '';
        const found = Object.entries(suffixes).find(([, suffix]) => said === `${a.getAttribute('data-expansion')}${suffix}`);
        return found ? found[0] : `? ${said}`;
      };
      return {
        inText,
        wrapped: abbrs.length,
        expansions: [...new Set(abbrs.map((a) => a.getAttribute('data-expansion') ?? ''))],
        sources: [...new Set(abbrs.map(sourceOf))],
        sourceAttributes: document.querySelectorAll('[data-source]').length,
      };
    },
    { form, scope, suffixes },
  );
}

/** The body's text without the portal's ticking clock (it changes every second by itself). */
function bodyText(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelector('#kg-clock')?.remove();
    return clone.textContent ?? '';
  });
}

/** The same text as served (parsed, no scripts run): what the page's owner wrote. */
function servedBodyText(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelector('#kg-clock')?.remove();
    return doc.body.textContent ?? '';
  });
}

/** Structure of the article (node types, attributes, text), to compare before and after: finer than outerHTML. */
function articleStructure(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('#ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail, #divArticleContent');
    const parts: string[] = [];
    const walk = (n: Node): void => {
      if (n.nodeType === 3) parts.push(`#${JSON.stringify((n as Text).data)}`);
      else if (n.nodeType === 1) {
        const el = n as Element;
        const attrs = [...el.attributes].filter((a) => a.name !== 'data-dedoc-article').map((a) => `${a.name}=${a.value}`);
        parts.push(`<${el.localName} ${attrs.join(' ')}>`);
        for (const child of el.childNodes) walk(child);
        parts.push(`</${el.localName}>`);
      }
    };
    if (root) walk(root);
    return parts.join('');
  });
}

function tooltipState(page: TestPage): Promise<{ open: boolean; text: string; role: string | null; rect: { x: number; y: number; w: number; h: number; bottom: number } | null }> {
  return page.evaluate(() => {
    const tip = document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement | null;
    if (!tip || tip.hidden) return { open: false, text: '', role: null, rect: null };
    const r = tip.getBoundingClientRect();
    return { open: true, text: tip.textContent ?? '', role: tip.getAttribute('role'), rect: { x: r.x, y: r.y, w: r.width, h: r.height, bottom: r.bottom } };
  });
}

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('acronyms in %s', (name) => {
  const suite = useBrowser(name);
  // The UI language in force: Chromium runs in Vietnamese; Firefox ESR falls back to English unless it has a
  // Vietnamese language pack. Read from the extension itself (options page <html lang>).
  let vi = true;
  const L = {
    get page() {
      return vi ? 'Định nghĩa trong bài' : 'Defined in the article';
    },
    get line() {
      return vi ? 'Dòng' : 'Line';
    },
    get builtin() {
      return vi ? 'Từ điển' : 'Dictionary';
    },
    get user() {
      return vi ? 'Của bạn' : 'Yours';
    },
  };
  /** How aria-description says where a meaning comes from (public/_locales, acronyms_described*). */
  const said = (): Suffixes =>
    vi ? { page: ', theo bài viết', builtin: ', từ điển', user: ', của bạn' } : { page: ', from the article', builtin: ', dictionary', user: ', your dictionary' };
  const cover = (page: TestPage, form: string, scope: string) => coverage(page, form, scope, said());
  /** Key names for typing a character: a space is "Space" for Playwright, " " for Puppeteer. */
  const key = (ch: string): string => (ch === ' ' ? (name === 'chromium' ? 'Space' : ' ') : ch);

  beforeAll(async () => {
    vi = (await suite.control.evaluate(() => document.documentElement.lang)) === 'vi';
  });

  async function storedEntries(): Promise<Array<{ short: string; long: string; note?: string }>> {
    return suite.control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.storage.local.get('dictionary')).dictionary?.entries ?? [];
    });
  }

  async function setUserDictionary(entries: Array<{ short: string; long: string; note?: string }>): Promise<void> {
    // Stored as the extension stores it: the current format version (core/acronyms), the entries.
    await suite.control.evaluate(async (stored) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ dictionary: stored });
    }, { version: USER_DICTIONARY_VERSION, entries });
  }

  /** Switches the feature on or off the way the options page does (the content script follows at once). */
  const setFeature = (isOn: boolean) => setPrefs(suite.control, { features: { acronyms: isOn } });
  const setScale = (host: string, scale: number) => setSite(suite.control, host, { scale });

  it('demo page: every UBND, BDVTU and NDVCQ of the article shows its long form from the article; nothing else changes', async () => {
    await setUserDictionary([]);
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await waitForAcronyms(page, 20);
    const article = '#ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail';
    const expected: Record<string, string> = { UBND: 'Ủy ban nhân dân', BDVTU: 'Ban Dân vận Tỉnh ủy', NDVCQ: 'Năm dân vận chính quyền' };
    for (const [form, long] of Object.entries(expected)) {
      const c = await cover(page, form, article);
      expect(c.inText, form).toBeGreaterThan(2);
      expect(c.wrapped, form).toBe(c.inText);
      expect(c.expansions, form).toEqual([long]);
      expect(c.sources, form).toEqual(['page']);
      expect(c.sourceAttributes, form).toBe(0);
    }
    const outside = await page.evaluate((suffix) => ({
      abbrsOutside: [...document.querySelectorAll('abbr[data-dedoc-acronym]')].filter(
        (a) => !a.closest('#ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail'),
      ).length,
      otherNews: document.querySelectorAll('.other-news abbr, #kg-right abbr, #kg-left abbr, #kg-footer abbr, select abbr').length,
      descriptions: [...document.querySelectorAll('abbr[data-dedoc-acronym]')].every(
        (a) => a.getAttribute('aria-description') === `${a.getAttribute('data-expansion')}${suffix}`,
      ),
      stops: [...document.querySelectorAll('abbr[data-dedoc-acronym][tabindex="0"]')].map((a) => a.textContent).sort(),
      pageCssAttr: document.documentElement.hasAttribute('data-dedoc-acronyms'),
    }), said().page);
    expect(outside.abbrsOutside).toBe(0);
    expect(outside.otherNews).toBe(0);
    expect(outside.descriptions).toBe(true);
    expect(outside.stops).toEqual(['BDVTU', 'NDVCQ', 'UBND']);
    expect(outside.pageCssAttr).toBe(true);
    // The page's text is what its owner wrote.
    expect(await bodyText(page)).toBe(await servedBodyText(page));
    // The page CSS arrived (inserted by the background): a dotted underline, no layout change.
    await page.waitFor(() => {
      const abbr = document.querySelector('abbr[data-dedoc-acronym]');
      return abbr ? getComputedStyle(abbr).textDecorationStyle === 'dotted' : false;
    });
    await page.close();
  });

  it('built-in and user dictionaries: second demo article, the baochinhphu fixture (inside links), a user entry', async () => {
    await setUserDictionary([{ short: 'ISO', long: 'Tổ chức Tiêu chuẩn hóa Quốc tế' }]);
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO_2));
    await waitForDedoc(page);
    await waitForAcronyms(page, 20);
    const article = '#ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail';
    // This article defines HĐND itself ("Hội đồng nhân dân (HĐND)"): the article's definition wins.
    expect(await cover(page, 'HĐND', article)).toMatchObject({ expansions: ['Hội đồng nhân dân'], sources: ['page'] });
    const tcvn = await cover(page, 'TCVN', article);
    expect(tcvn).toMatchObject({ wrapped: 1, sources: ['builtin'] });
    expect(tcvn.expansions[0]).toMatch(/^Tiêu chuẩn quốc gia/);
    expect(await cover(page, 'ISO', article)).toMatchObject({ wrapped: 1, expansions: ['Tổ chức Tiêu chuẩn hóa Quốc tế'], sources: ['user'] });
    // "TTĐT" is in the built-in dictionary but only in the page's footer and link boxes: untouched.
    expect(await page.evaluate(() => document.querySelectorAll('#kg-right abbr, #kg-footer abbr, .other-news abbr').length)).toBe(0);
    expect(await bodyText(page)).toBe(await servedBodyText(page));
    await page.close();

    const fixture = await suite.harness.newPage(suite.server.url('baochinhphu.vn', BAOCHINHPHU));
    await waitForDedoc(fixture);
    await waitForAcronyms(fixture, 5);
    const nd = await fixture.evaluate((suffixes) => {
      const abbrs = [...document.querySelectorAll('abbr[data-dedoc-acronym]')].filter((a) => a.textContent === 'NĐ-CP');
      const sourceOf = (a: Element) => Object.entries(suffixes).find(([, suffix]) => a.getAttribute('aria-description')?.endsWith(suffix))?.[0] ?? '?';
      const inLinks = abbrs.filter((a) => a.closest('a[href]'));
      return {
        count: abbrs.length,
        expansions: [...new Set(abbrs.map((a) => a.getAttribute('data-expansion')))],
        sources: [...new Set(abbrs.map(sourceOf))],
        sourceAttributes: document.querySelectorAll('[data-source]').length,
        inLinks: inLinks.length,
        // A link around an occurrence still goes where it went, with its whole text.
        linksIntact: inLinks.every((a) => {
          const link = a.closest('a[href]') as HTMLAnchorElement;
          return link.getAttribute('href')!.length > 0 && /\d+\/\d{4}\/NĐ-CP/.test(link.textContent ?? '');
        }),
        nested: document.querySelectorAll('abbr[data-dedoc-acronym] abbr, abbr[data-dedoc-acronym] a').length,
      };
    }, said());
    expect(nd.count).toBeGreaterThan(3);
    expect(nd.expansions).toEqual(['Nghị định của Chính phủ']);
    expect(nd.sources).toEqual(['builtin']);
    expect(nd.sourceAttributes).toBe(0);
    expect(nd.inLinks).toBeGreaterThan(0);
    expect(nd.linksIntact).toBe(true);
    expect(nd.nested).toBe(0);
    await fixture.close();
    await setUserDictionary([]);
  });

  it('strict CSP page: page CSS arrives, forbidden places stay untouched, ambiguous acronyms show every meaning', async () => {
    const page = await suite.harness.newPage(suite.server.url('moit.gov.vn', CSP_PAGE));
    await waitForDedoc(page);
    await waitForAcronyms(page, 10);
    await page.waitFor(() => {
      const abbr = document.querySelector('abbr[data-dedoc-acronym]');
      return abbr ? getComputedStyle(abbr).textDecorationStyle === 'dotted' && getComputedStyle(abbr).cursor === 'help' : false;
    });
    const state = await page.evaluate((suffixes) => {
      const inside = (selector: string) => document.querySelectorAll(`${selector} abbr`).length;
      const sourceOf = (a: Element) => Object.entries(suffixes).find(([, suffix]) => a.getAttribute('aria-description')?.endsWith(suffix))?.[0] ?? '?';
      const bct = [...document.querySelectorAll('abbr[data-dedoc-acronym]')].find((a) => a.textContent === 'BCT');
      return {
        forbidden: ['code', 'textarea', 'select', '#editable', 'nav.menu', '.other-news', 'footer'].map((s) => [s, inside(s)]),
        fieldValues: [(document.getElementById('field') as HTMLInputElement).value, (document.getElementById('notes') as HTMLTextAreaElement).value],
        editable: document.getElementById('editable')!.innerHTML,
        title: [...document.querySelectorAll('h1 abbr')].map((a) => `${a.textContent}:${sourceOf(a)}`),
        caption: [...document.querySelectorAll('figcaption abbr')].map((a) => a.textContent),
        table: [...document.querySelectorAll('table abbr')].map((a) => a.textContent),
        bct: bct ? [bct.getAttribute('data-expansion'), bct.getAttribute('data-alternatives'), bct.getAttribute('aria-description')] : null,
      };
    }, said());
    expect(state.forbidden).toEqual(['code', 'textarea', 'select', '#editable', 'nav.menu', '.other-news', 'footer'].map((s) => [s, 0]));
    expect(state.fieldValues).toEqual(['UBND HĐND', 'UBND HĐND']);
    expect(state.editable).toBe('Vùng soạn thảo có UBND và HĐND phải giữ nguyên.');
    expect(state.title).toEqual(['XNK:page', 'FTA:builtin', 'NĐ-CP:builtin']);
    expect(state.caption).toEqual(['XTTMQG', 'TTXVN']);
    expect(state.table).toEqual(expect.arrayContaining(['XNK', 'UBND', 'HĐND']));
    // "Lãnh đạo BCT" does not say which BCT: both meanings, for screen readers too.
    expect(state.bct?.[1]).toBeTruthy();
    expect(`${state.bct?.[0]} | ${state.bct?.[1]}`).toContain('Bộ Công Thương');
    expect(state.bct?.[2]).toMatch(vi ? / hoặc / : / or /);
    await page.close();
  });

  it('tooltip: opens on a real hover, stays when the pointer moves onto it, Esc closes it, no layout shift', async () => {
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await waitForAcronyms(page, 20);
    // The third UBND of the article (not the defining one), scrolled into view.
    const target = 'abbr[data-dedoc-acronym][data-hover-target]';
    await page.evaluate(() => {
      const all = [...document.querySelectorAll('abbr[data-dedoc-acronym]')].filter((a) => a.textContent === 'UBND');
      all[2]!.setAttribute('data-hover-target', '');
    });
    const point = await pointOf(page, target);
    const before = await page.evaluate((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, scroll: document.documentElement.scrollHeight };
    }, target);
    await page.moveMouse({ x: point.x - 300, y: point.y - 80 });
    await page.moveMouse(point, 5);
    await page.waitFor(() => {
      const tip = document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement | null;
      return tip !== null && !tip.hidden;
    });
    const tip = await tooltipState(page);
    expect(tip.role).toBe('tooltip');
    expect(tip.text).toContain('UBND');
    expect(tip.text).toContain('Ủy ban nhân dân');
    expect(tip.text).toContain(L.page);
    // Next to the occurrence (just below it), not over it.
    expect(tip.rect!.y).toBeGreaterThanOrEqual(before.y + before.h - 1);
    expect(tip.rect!.y - (before.y + before.h)).toBeLessThan(20);
    const after = await page.evaluate((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, scroll: document.documentElement.scrollHeight };
    }, target);
    expect(after).toEqual(before);
    await screenshot(page, suite.harness, 'acronyms-tooltip');
    if (name === 'chromium') await page.screenshot(`${DOCS_SCREENSHOTS}acronyms-tooltip-100.png`);
    // Hoverable: the pointer travels onto the tooltip and it stays, well past any close delay.
    await page.moveMouse({ x: tip.rect!.x + 20, y: tip.rect!.y + tip.rect!.h / 2 }, 6);
    await new Promise((r) => setTimeout(r, 1200));
    expect((await tooltipState(page)).open).toBe(true);
    // Esc dismisses it without moving the pointer; it does not come back on its own.
    await page.press('Escape');
    expect((await tooltipState(page)).open).toBe(false);
    await new Promise((r) => setTimeout(r, 600));
    expect((await tooltipState(page)).open).toBe(false);
    // Back onto the occurrence: it opens again; away from both: it closes.
    await page.moveMouse(point, 4);
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).hidden);
    await page.moveMouse({ x: 5, y: 5 }, 4);
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).hidden);
    await page.close();
  });

  it('tooltip on keyboard focus: Tab reaches the first occurrence of each acronym, Esc closes, axe-core clean', async () => {
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await waitForAcronyms(page, 20);
    // Start right before the article so that Tab walks into it.
    await page.evaluate(() => {
      const start = document.querySelector('#ctl00_PlaceHolderMain_NewsDetail1_lnkFontLarge') as HTMLElement;
      start.focus();
    });
    let reached: string | null = null;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.press('Tab');
      reached = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.matches('abbr[data-dedoc-acronym]') ? el.textContent : null;
      });
    }
    expect(reached).toBe('UBND');
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      const first = [...document.querySelectorAll('abbr[data-dedoc-acronym]')].find((a) => a.textContent === 'UBND');
      return { isFirst: el === first, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.isFirst).toBe(true);
    expect(focused.outline).toBe('solid');
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).hidden);
    const tip = await tooltipState(page);
    expect(tip.text).toContain('Ủy ban nhân dân');
    expect(await runAxe(page, 'dedoc-root')).toEqual([]);
    await page.press('Escape');
    expect((await tooltipState(page)).open).toBe(false);
    // Focus stays on the occurrence after Esc.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('UBND');
    // The next Tab goes to the next acronym, not to the next UBND.
    await page.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('BDVTU');
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).textContent?.includes('Ban Dân vận Tỉnh ủy'));
    await page.close();
  });

  it('glossary in the toolbar: lists the acronyms, shows one in the article, Esc closes it, axe-core clean; 100 % and 200 %', async () => {
    await setScale('kiengiang.gov.vn', 1);
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await waitForAcronyms(page, 20);
    await click(page, { shadow: '[data-action="acronyms-glossary"]' });
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-panel') as HTMLElement).hidden);
    const panel = await page.evaluate(() => {
      const shadow = document.querySelector('dedoc-root')!.shadowRoot!;
      const items = [...shadow.querySelectorAll('.acr-panel [data-list="known"] > li')].map((li) => ({
        short: li.getAttribute('data-short'),
        source: li.querySelector('.acr-source')?.textContent,
        text: li.textContent,
      }));
      const button = shadow.querySelector('[data-action="acronyms-glossary"]')!;
      return { items, expanded: button.getAttribute('aria-expanded'), focus: shadow.activeElement?.id ?? null };
    });
    expect(panel.items.map((i) => i.short)).toEqual(['UBND', 'BDVTU', 'NDVCQ']);
    // Where each meaning comes from is said in our own UI (and in aria-description), not in page attributes.
    expect(panel.items.every((i) => i.source === L.page)).toBe(true);
    expect(panel.items[0]!.text).toContain('Ủy ban nhân dân');
    expect(panel.items[2]!.text).toContain('Năm dân vận chính quyền');
    expect(panel.expanded).toBe('true');
    expect(panel.focus).toBe('dedoc-acronym-glossary-title');
    expect(await runAxe(page, 'dedoc-root')).toEqual([]);
    await screenshot(page, suite.harness, 'acronyms-glossary');
    if (name === 'chromium') await page.screenshot(`${DOCS_SCREENSHOTS}acronyms-glossary-100.png`);
    // "Show in the article" focuses the first occurrence, whose tooltip opens.
    await click(page, { shadow: '[data-action="acronyms-goto"][data-key^="goto:BDVTU"]' });
    await page.waitFor(() => document.activeElement?.textContent === 'BDVTU');
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).textContent?.includes('Ban Dân vận Tỉnh ủy'));
    // Esc closes the tooltip first, then (focus back in the panel) the panel, returning focus to its button.
    await page.press('Escape');
    await page.evaluate(() => (document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.acr-panel h2') as HTMLElement).focus());
    await page.press('Escape');
    const closed = await page.evaluate(() => {
      const shadow = document.querySelector('dedoc-root')!.shadowRoot!;
      return {
        hidden: (shadow.querySelector('.acr-panel') as HTMLElement).hidden,
        focus: (shadow.activeElement as HTMLElement | null)?.dataset.action ?? null,
        expanded: shadow.querySelector('[data-action="acronyms-glossary"]')!.getAttribute('aria-expanded'),
      };
    });
    expect(closed).toEqual({ hidden: true, focus: 'acronyms-glossary', expanded: 'false' });

    // 200 %: the reader's text size for this site doubles; our tooltip and list follow it.
    await setScale('kiengiang.gov.vn', 2);
    await page.waitFor(() => document.documentElement.getAttribute('data-dedoc-scale') === '2');
    await click(page, { shadow: '[data-action="acronyms-glossary"]' });
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-panel') as HTMLElement).hidden);
    const big = await page.evaluate(() => {
      const panel = document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.acr-panel') as HTMLElement;
      const r = panel.getBoundingClientRect();
      return { font: parseFloat(getComputedStyle(panel).fontSize), right: r.right, width: window.innerWidth };
    });
    expect(big.font).toBeGreaterThanOrEqual(36);
    expect(big.right).toBeLessThanOrEqual(big.width);
    await screenshot(page, suite.harness, 'acronyms-glossary-200');
    if (name === 'chromium') await page.screenshot(`${DOCS_SCREENSHOTS}acronyms-glossary-200.png`);
    expect(await runAxe(page, 'dedoc-root')).toEqual([]);
    await page.press('Escape');
    // The tooltip at 200 %, on a real hover.
    await hover(page, 'abbr[data-dedoc-acronym][tabindex="0"]', { x: 0, y: -60 }, 4);
    await page.waitFor(() => !(document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).hidden);
    const tipFont = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.acr-tip')!).fontSize));
    expect(tipFont).toBeGreaterThanOrEqual(36);
    await screenshot(page, suite.harness, 'acronyms-tooltip-200');
    if (name === 'chromium') await page.screenshot(`${DOCS_SCREENSHOTS}acronyms-tooltip-200.png`);
    await setScale('kiengiang.gov.vn', 1);
    await page.close();
  });

  it('popup: the glossary section lists the article acronyms', async () => {
    const url = suite.server.url('kiengiang.gov.vn', DEMO);
    const page = await suite.harness.newPage(url);
    await waitForDedoc(page);
    await waitForAcronyms(page, 20);
    const popup = await openPopupFor(suite.harness, suite.control, page, url);
    await popup.waitFor(() => document.querySelectorAll('[data-list="acronyms"] li').length > 0);
    const items = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-list="acronyms"] li')].map((li) => [li.getAttribute('data-short'), li.getAttribute('data-source'), li.textContent]),
    );
    expect(items.map((i) => i[0])).toEqual(['UBND', 'BDVTU', 'NDVCQ']);
    expect(items[0]![2]).toContain('Ủy ban nhân dân');
    expect(items[0]![2]).toContain(L.page);
    expect(await runAxe(popup)).toEqual([]);
    await screenshot(popup, suite.harness, 'acronyms-popup', true);
    await popup.close();
    await page.close();
  });

  it('adds an unexplained acronym from the tooltip: the user entry then explains it everywhere', async () => {
    await setUserDictionary([]);
    const page = await suite.harness.newPage(suite.server.url('moit.gov.vn', CSP_PAGE));
    await waitForDedoc(page);
    await waitForAcronyms(page, 10);
    // SXKD is in no dictionary: the pointer over it offers to add it.
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.getElementById('divArticleContent')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = (node as Text).data.indexOf('SXKD');
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 4);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.moveMouse({ x: point!.x, y: point!.y - 40 });
    await page.moveMouse(point!, 4);
    await page.waitFor(() => {
      const tip = document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement | null;
      return tip !== null && !tip.hidden && tip.getAttribute('role') === 'dialog';
    });
    expect((await tooltipState(page)).text).toContain('SXKD');
    expect(await runAxe(page, 'dedoc-root')).toEqual([]);
    // Real pointer travel onto the tooltip's button, then a real click.
    await click(page, { shadow: '.acr-tip [data-action="acronyms-add"]' });
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.activeElement?.getAttribute('data-action') === 'acronyms-add-long');
    for (const ch of 'san xuat kinh doanh') await page.press(key(ch));
    await page.press('Enter');
    await page.waitFor((suffix) => {
      const abbr = [...document.querySelectorAll('abbr[data-dedoc-acronym]')].find((a) => a.textContent === 'SXKD');
      return abbr?.getAttribute('aria-description') === `san xuat kinh doanh${suffix}` && abbr.getAttribute('data-expansion') === 'san xuat kinh doanh';
    }, said().user);
    // The tooltip says it is the reader's own entry; the page has no attribute that says so.
    expect(await page.evaluate(() => document.querySelectorAll('[data-source]').length)).toBe(0);
    await page.press('Escape');
    await page.evaluate(() => {
      const abbr = [...document.querySelectorAll('abbr[data-dedoc-acronym]')].find((a) => a.textContent === 'SXKD')!;
      abbr.setAttribute('data-hover-target', '');
    });
    await hover(page, 'abbr[data-hover-target]', { x: 0, y: -60 }, 4);
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).textContent?.includes('san xuat kinh doanh'));
    expect((await tooltipState(page)).text).toContain(L.user);
    expect(await storedEntries()).toEqual([{ short: 'SXKD', long: 'san xuat kinh doanh' }]);
    await setUserDictionary([]);
    // Removed from the dictionary: back to plain text, offered again.
    await page.waitFor(() => ![...document.querySelectorAll('abbr[data-dedoc-acronym]')].some((a) => a.textContent === 'SXKD'));
    await page.close();
  });

  it('content that arrives later is annotated once; switching off restores the DOM exactly; on again re-annotates', async () => {
    await setFeature(false);
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await new Promise((r) => setTimeout(r, 800));
    expect(await page.evaluate(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length)).toBe(0);
    const original = await articleStructure(page);
    const originalHtml = await page.evaluate(() => document.querySelector('#ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail')!.outerHTML);
    await setFeature(true);
    const count = await waitForAcronyms(page, 20);
    expect(await articleStructure(page)).not.toBe(original);
    // The page adds a paragraph later (a "read more", a live update): annotated, once.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Cập nhật: UBND tỉnh và BDVTU tiếp tục thực hiện NDVCQ.';
      document.querySelector('[id$="RichHtmlField"]')!.append(p);
    });
    await page.waitFor(() => document.querySelectorAll('#late abbr[data-dedoc-acronym]').length === 3, undefined, 10_000);
    await new Promise((r) => setTimeout(r, 1500));
    const late = await page.evaluate(() => ({
      total: document.querySelectorAll('abbr[data-dedoc-acronym]').length,
      nested: document.querySelectorAll('abbr abbr').length,
      text: document.getElementById('late')!.textContent,
    }));
    expect(late).toEqual({ total: count + 3, nested: 0, text: 'Cập nhật: UBND tỉnh và BDVTU tiếp tục thực hiện NDVCQ.' });
    await page.evaluate(() => document.getElementById('late')!.remove());
    // Off: every wrapper goes and each split text node is whole again, exactly as before.
    await setFeature(false);
    await page.waitFor(() => document.querySelectorAll('abbr[data-dedoc-acronym]').length === 0);
    expect(await articleStructure(page)).toBe(original);
    expect(await page.evaluate(() => document.querySelector('#ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail')!.outerHTML)).toBe(originalHtml);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-dedoc-acronyms'))).toBe(false);
    expect(await page.evaluate(() => document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip, .acr-panel') ?? null)).toBeNull();
    await setFeature(true);
    expect(await waitForAcronyms(page, 20)).toBe(count);
    await page.close();
  });

  it('options: add, edit, search, delete; a CSV with an error on line 3 changes nothing; import and export work', async () => {
    await setUserDictionary([]);
    const options = await suite.harness.openExtensionPage('src/options/index.html');
    const type = async (selector: string, text: string): Promise<void> => {
      await click(options, selector);
      await options.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).select(), selector);
      await options.press('Backspace');
      for (const ch of text) await options.press(key(ch));
    };
    const rows = () => options.evaluate(() => [...document.querySelectorAll('[data-dictionary-table] tbody tr[data-short]')].map((tr) => tr.getAttribute('data-short')));
    const status = () => options.evaluate(() => document.querySelector('[data-dictionary-status]')?.textContent ?? '');

    // Add (typing real keys; ASCII so that both browsers' key tables have them).
    await type('#dictionary-add-short', 'SXKD');
    await type('#dictionary-add-long', 'san xuat kinh doanh');
    await click(options, '[data-action="dictionary-add"]');
    await options.waitFor(() => document.querySelector('[data-dictionary-table] tr[data-short="SXKD"]') !== null);
    expect(await status()).toContain('SXKD');
    // A missing expansion is refused, named, and focusable.
    await type('#dictionary-add-short', 'ABC');
    await click(options, '[data-action="dictionary-add"]');
    await options.waitFor(() => document.querySelector('.dict-add [role="alert"]') !== null);
    expect(await options.evaluate(() => document.querySelector('#dictionary-add-long')!.getAttribute('aria-invalid'))).toBe('true');
    expect(await rows()).toEqual(['SXKD']);

    // Edit.
    await click(options, 'tr[data-short="SXKD"] [data-action="dictionary-edit"]');
    await options.waitFor(() => document.querySelector('tr[data-editing="SXKD"] input[data-field="long"]') !== null);
    await type('tr[data-editing="SXKD"] input[data-field="long"]', 'san xuat, kinh doanh');
    await click(options, 'tr[data-editing="SXKD"] [data-action="dictionary-save"]');
    await options.waitFor(() => document.querySelector('tr[data-short="SXKD"]')?.textContent?.includes('san xuat, kinh doanh') === true);

    // Import: a CSV whose line 3 has no expansion is refused as a whole, naming line 3.
    const importText = (name: string, text: string) =>
      options.evaluate(
        ({ name, text }) => {
          const input = document.querySelector('[data-action="dictionary-import"]') as HTMLInputElement;
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }));
          input.files = transfer.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { name, text },
      );
    await importText('loi.csv', 'viết tắt,nghĩa đầy đủ\nHTX,hợp tác xã\nQLTT,\nBQL,Ban quản lý\n');
    await options.waitFor(() => document.querySelector('[data-import-errors]') !== null);
    const error = await options.evaluate(() => document.querySelector('[data-import-errors]')!.textContent ?? '');
    expect(error).toContain('loi.csv');
    expect(error).toContain(`${L.line} 3`);
    expect(await rows()).toEqual(['SXKD']);
    expect((await storedEntries()).map((e) => e.short)).toEqual(['SXKD']);
    await options.evaluate(() => document.querySelector('[data-import-errors]')?.scrollIntoView());
    await screenshot(options, suite.harness, 'acronyms-options-import-error');

    // A good CSV, then a JSON file.
    await importText('tot.csv', 'short,long,note\nHTX,hợp tác xã,\nBQL,Ban quản lý,"dự án, công trình"\n');
    await options.waitFor(() => document.querySelectorAll('[data-dictionary-table] tr[data-short]').length === 3);
    await importText('tot.json', JSON.stringify([{ short: 'QLTT', long: 'quản lý thị trường' }]));
    await options.waitFor(() => document.querySelectorAll('[data-dictionary-table] tr[data-short]').length === 4);
    expect(await rows()).toEqual(['BQL', 'HTX', 'QLTT', 'SXKD']);

    // Search (folded: no diacritics needed).
    await type('#dictionary-search', 'quan ly');
    await options.waitFor(() => document.querySelectorAll('[data-dictionary-table] tr[data-short]').length === 2);
    expect(await rows()).toEqual(['BQL', 'QLTT']);
    await type('#dictionary-search', '');

    // Delete, then undo.
    await options.waitFor(() => document.querySelectorAll('[data-dictionary-table] tr[data-short]').length === 4);
    await click(options, 'tr[data-short="HTX"] [data-action="dictionary-delete"]');
    await options.waitFor(() => document.querySelector('tr[data-short="HTX"]') === null);
    await click(options, '[data-action="dictionary-undo"]');
    await options.waitFor(() => document.querySelector('tr[data-short="HTX"]') !== null);

    // Export: what the download holds is what the dictionary holds.
    await options.evaluate(() => {
      const w = window as any;
      w.__exports = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        w.__exports.push(blob);
        return original(blob);
      };
      HTMLAnchorElement.prototype.click = function () {
        w.__downloads = [...(w.__downloads ?? []), this.download];
      };
    });
    await click(options, '[data-action="dictionary-export-csv"]');
    await click(options, '[data-action="dictionary-export-json"]');
    const exported = await options.evaluate(async () => {
      const w = window as any;
      return { names: w.__downloads, texts: await Promise.all(w.__exports.map((b: Blob) => b.text())) };
    });
    expect(exported.names).toEqual(['de-doc-tu-viet-tat.csv', 'de-doc-tu-viet-tat.json']);
    expect(exported.texts[0]).toContain('BQL,Ban quản lý,"dự án, công trình"');
    expect(exported.texts[0].split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(JSON.parse(exported.texts[1]).entries).toHaveLength(4);
    expect(await runAxe(options)).toEqual([]);
    await screenshot(options, suite.harness, 'acronyms-options', true);
    await options.close();
  });

  it('options: stays quick with 5,000 entries (paged list, search)', async () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({ short: `VT${i.toString(36).toUpperCase()}`, long: `mục thử số ${i}` }));
    await setUserDictionary(entries);
    const options = await suite.harness.openExtensionPage('src/options/index.html');
    await options.waitFor(() => document.querySelectorAll('[data-dictionary-table] tr[data-short]').length > 0);
    const shown = await options.evaluate(() => ({
      rows: document.querySelectorAll('[data-dictionary-table] tr[data-short]').length,
      page: document.querySelector('[data-dictionary-page]')?.textContent ?? '',
    }));
    expect(shown.rows).toBe(50);
    expect(shown.page).toMatch(/100/);
    // One real keystroke into the search box: the filtered list is drawn within a frame budget or two.
    await click(options, '#dictionary-search');
    const started = Date.now();
    await options.press('4');
    await options.press('9');
    await options.press('9');
    await options.press('9');
    await options.waitFor(() => {
      const rows = [...document.querySelectorAll('[data-dictionary-table] tr[data-short]')];
      return rows.length === 1 && rows[0]!.textContent!.includes('mục thử số 4999');
    });
    const elapsed = Date.now() - started;
    // Printed, not judged finely (STYLE.md: performance is measured by benchmarks); the bound only catches a
    // list that renders all 5,000 rows or refolds every entry per keystroke.
    console.log(`[${name}] 5,000 entries: four keystrokes to one result in ${elapsed} ms`);
    expect(elapsed).toBeLessThan(5000);
    await click(options, '[data-action="dictionary-search"]');
    await options.close();
    await setUserDictionary([]);
  });
});
