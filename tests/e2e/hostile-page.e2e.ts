// A page that tries to steer Dễ Đọc, in real Chromium and real Firefox ESR: its CSS cannot hide <dedoc-root> or move it
// under the pointer (a real click still reaches our button and hits it), its script cannot open our surfaces
// (abbr.focus(), element.click(), dispatched events, requestSubmit()), and keys the reader types in our UI do not
// reach the page's bubbling listeners.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './support/browsers';
import { click, pointOf, waitForAcronymsDone, waitForDedoc } from './support/helpers';
import { DEMO } from './support/scale';
import { useBrowser } from './support/suite';

/** What page CSS tries on <dedoc-root>: every property that hides a box, moves it, or lets clicks through. */
const HOSTILE_CSS = `
dedoc-root, html > dedoc-root, dedoc-root:not(#x):not(#y) {
  opacity: 0 !important; visibility: hidden !important; filter: opacity(0) !important;
  transform: translate(-300px, 200px) scale(0.2) !important; translate: 40px 40px !important; scale: 0.5 !important;
  rotate: 30deg !important; clip-path: inset(50%) !important; mask: linear-gradient(transparent, transparent) !important;
  pointer-events: none !important; zoom: 0.1 !important; mix-blend-mode: difference !important;
  content-visibility: hidden !important; display: contents !important; position: absolute !important;
  inset: 5000px auto auto 5000px !important; width: 0 !important; height: 0 !important; overflow: hidden !important;
  z-index: -1 !important; perspective: 1px !important; offset-path: path('M0,0 L900,900') !important;
  clip: rect(0, 0, 0, 0) !important; backdrop-filter: blur(4px) !important; contain: paint !important;
}
dedoc-root::before, dedoc-root::after {
  content: "" !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;
  pointer-events: auto !important; background: rgba(255, 0, 0, 0.01) !important;
}`;
/** The same with an inline style attribute on the element itself. */
const HOSTILE_INLINE =
  'opacity: 0 !important; visibility: hidden !important; transform: translateX(-400px) !important; zoom: 0.2 !important; ' +
  'filter: blur(9px) !important; clip-path: circle(0) !important; pointer-events: none !important; display: none !important; ' +
  'mix-blend-mode: multiply !important; position: static !important';

/** Computed styles of <dedoc-root> that decide whether it is drawn, where, and whether it takes clicks. */
function hostLook(page: TestPage): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const host = document.querySelector('dedoc-root')!;
    const style = getComputedStyle(host);
    const names = ['opacity', 'visibility', 'filter', 'transform', 'translate', 'scale', 'rotate', 'clip-path', 'mask-image', 'pointer-events',
      'zoom', 'mix-blend-mode', 'content-visibility', 'display', 'position', 'top', 'left', 'width', 'height', 'overflow', 'z-index', 'offset-path', 'clip', 'backdrop-filter'];
    const look: Record<string, string> = Object.fromEntries(names.map((n) => [n, style.getPropertyValue(n)]));
    look.before = getComputedStyle(host, '::before').content;
    look.after = getComputedStyle(host, '::after').content;
    return look;
  });
}

/** The toolbar's state a reader sees and the page could try to change. */
function toolbarState(page: TestPage): Promise<{ collapsed: string | null; side: string | null; panels: string[] }> {
  return page.evaluate(() => {
    const shadow = document.querySelector('dedoc-root')!.shadowRoot!;
    const toolbar = shadow.querySelector('.toolbar')!;
    const panels = [...shadow.querySelectorAll<HTMLElement>('.acr-panel, .scale-panel, .summary-panel, .acr-tip')].filter((p) => !p.hidden).map((p) => p.className);
    return { collapsed: toolbar.getAttribute('data-collapsed'), side: toolbar.getAttribute('data-side'), panels };
  });
}

describe.each(['chromium', 'firefox'] as BrowserName[])('a hostile page, in %s', (name) => {
  const suite = useBrowser(name);
  /** Key names for typing a character: a space is "Space" for Playwright, " " for Puppeteer. */
  const key = (ch: string): string => (ch === ' ' ? (name === 'chromium' ? 'Space' : ' ') : ch);

  beforeAll(async () => {
    await suite.control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ dictionary: { version: 1, entries: [] } });
    });
  });

  it('page CSS (a style sheet and an inline style, both !important) cannot hide <dedoc-root> or move it; a real click still hits our button', async () => {
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    const clean = await hostLook(page);
    const before = await pointOf(page, { shadow: '[data-action="toolbar-move"]' });
    await page.evaluate(
      ({ css, inline }) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        document.querySelector('dedoc-root')!.setAttribute('style', inline);
      },
      { css: HOSTILE_CSS, inline: HOSTILE_INLINE },
    );
    const look = await hostLook(page);
    expect(look).toEqual(clean);
    expect(look).toMatchObject({
      opacity: '1',
      visibility: 'visible',
      filter: 'none',
      transform: 'none',
      translate: 'none',
      scale: 'none',
      rotate: 'none',
      'clip-path': 'none',
      'mask-image': 'none',
      zoom: '1',
      'mix-blend-mode': 'normal',
      'content-visibility': 'visible',
      display: 'block',
      position: 'fixed',
      top: '0px',
      left: '0px',
      'backdrop-filter': 'none',
      before: 'none',
      after: 'none',
    });
    // The button is where it was, drawn, and the point under it is the button itself (nothing of the page's over it).
    const after = await pointOf(page, { shadow: '[data-action="toolbar-move"]' });
    expect(after).toEqual(before);
    const buttonLook = await page.evaluate(() => {
      const button = document.querySelector('dedoc-root')!.shadowRoot!.querySelector('[data-action="toolbar-move"]')!;
      const s = getComputedStyle(button);
      return { opacity: s.opacity, visibility: s.visibility, pointerEvents: s.pointerEvents, isVisible: (button as any).checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true };
    });
    expect(buttonLook).toEqual({ opacity: '1', visibility: 'visible', pointerEvents: 'auto', isVisible: true });
    // A real click reaches the button: the toolbar moves to the left edge.
    await click(page, { shadow: '[data-action="toolbar-move"]' });
    await page.waitFor(() => document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.toolbar')!.getAttribute('data-side') === 'left');
    await click(page, { shadow: '[data-action="toolbar-move"]' });
    await page.waitFor(() => document.querySelector('dedoc-root')!.shadowRoot!.querySelector('.toolbar')!.getAttribute('data-side') === 'right');
    await page.close();
  });

  it("a page's script cannot drive Dễ Đọc: abbr.focus(), element.click() and dispatched events change nothing; our own focus from the glossary still opens the tooltip", async () => {
    const page = await suite.harness.newPage(suite.server.url('kiengiang.gov.vn', DEMO));
    await waitForDedoc(page);
    await waitForAcronymsDone(page);
    const start = await toolbarState(page);
    expect(start.panels).toEqual([]);
    const opened = await page.evaluate(async () => {
      const shadow = document.querySelector('dedoc-root')!.shadowRoot!;
      const tip = shadow.querySelector<HTMLElement>('.acr-tip')!;
      const abbr = document.querySelector<HTMLElement>('abbr[data-dedoc-acronym][tabindex="0"]')!;
      const openings: string[] = [];
      new MutationObserver(() => {
        if (!tip.hidden) openings.push(tip.textContent ?? '');
      }).observe(tip, { attributes: true, attributeFilter: ['hidden'] });
      // Focus moved by the page (the browser fires trusted focus events for it), then every kind of synthetic event.
      abbr.focus();
      await new Promise((r) => setTimeout(r, 400));
      abbr.blur();
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'pointermove', 'focusin', 'focus']) {
        abbr.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : type.startsWith('focus') ? FocusEvent : MouseEvent)(type, { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
      }
      for (const button of shadow.querySelectorAll<HTMLButtonElement>('button')) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      // The portal's own size link, clicked by the page's script: the portal's business, not ours.
      document.querySelector<HTMLElement>('a.fontsize-large')?.click();
      await new Promise((r) => setTimeout(r, 500));
      return openings;
    });
    expect(opened).toEqual([]);
    expect(await toolbarState(page)).toEqual(start);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-dedoc-scale'))).toBeNull();
    // The reader's own way still works: the glossary's "show in the article" focuses the occurrence and opens its tooltip.
    await click(page, { shadow: '[data-action="acronyms-glossary"]' });
    await click(page, { shadow: '[data-action="acronyms-goto"][data-key^="goto:BDVTU"]' });
    await page.waitFor(() => document.activeElement?.textContent === 'BDVTU');
    await page.waitFor(() => (document.querySelector('dedoc-root')?.shadowRoot?.querySelector('.acr-tip') as HTMLElement).textContent?.includes('Ban Dân vận Tỉnh ủy'));
    await page.close();
  });

  it("keys typed into our form do not reach the page's listeners, and the page's requestSubmit(), save.click() and value swap save nothing", async () => {
    const page = await suite.harness.newPage(suite.server.url('moit.gov.vn', '/acronyms.csp.html'));
    await waitForDedoc(page);
    await waitForAcronymsDone(page);
    // The page listens for keys and input everywhere it can, bubbling (what a key logger or a shortcut handler does).
    await page.evaluate(() => {
      const seen: string[] = ((window as any).__seen = []);
      const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionend', 'paste', 'change'];
      for (const target of [window, document, document.documentElement, document.querySelector('dedoc-root')!]) {
        for (const type of types) target.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ''}`));
      }
    });
    await click(page, { shadow: '[data-action="acronyms-glossary"]' });
    await click(page, { shadow: '[data-action="acronyms-add"][data-key="add:SXKD"]' });
    await page.waitFor(() => document.querySelector('dedoc-root')?.shadowRoot?.activeElement?.getAttribute('data-action') === 'acronyms-add-long');
    for (const ch of 'san xuat') await page.press(key(ch));
    expect(await page.evaluate(() => (window as any).__seen)).toEqual([]);
    // The page submits the form, clicks Save, or swaps the value: nothing is saved.
    const stored = await page.evaluate(async () => {
      const shadow = document.querySelector('dedoc-root')!.shadowRoot!;
      const form = shadow.querySelector('form')!;
      const input = shadow.querySelector<HTMLInputElement>('[data-action="acronyms-add-long"]')!;
      form.requestSubmit();
      shadow.querySelector<HTMLButtonElement>('[data-action="acronyms-add-save"]')!.click();
      input.value = 'trang web lừa đảo';
      form.requestSubmit();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await new Promise((r) => setTimeout(r, 800));
      return input.value;
    });
    expect(stored).toBe('trang web lừa đảo');
    const entries = await suite.control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.storage.local.get('dictionary')).dictionary?.entries ?? [];
    });
    expect(entries).toEqual([]);
    await page.close();
  });
});
