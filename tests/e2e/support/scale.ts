// Shared by the text-size end-to-end files: what a reader sees of the text size, the reflow measurement, the
// early-paint registrations, and the screenshots the README shows.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDefaultSite } from '../../../src/shared/hosts';
import type { Harness, TestPage } from './browsers';
import { registrations } from './extension';
import { DOCS_SCREENSHOT_DIR, screenshot } from './helpers';

const FIXTURES = new URL('../../fixtures/pages/', import.meta.url).pathname;
export const DEMO = '/tin-tuc/nam-dan-van-chinh-quyen.html';
export const DEMO_2 = '/tin-tuc/hoi-nghi-cai-cach-hanh-chinh.html';
/** A page that records, from an inline script right after its first paragraph, what it looked like while parsing. */
export const EARLY = '/scale/early.html';
/** The same article served with a strict Content-Security-Policy (no inline script or style). */
export const STRICT = '/scale/article.csp.html';
/** A listed host the fixtures of unlisted publishers are served under (Dễ Đọc runs there without asking). */
export const NEUTRAL_HOST = 'moit.gov.vn';

export const fixtures = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'expected.json')))
  .sort()
  .map((name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { url: string; article?: boolean };
    const realHost = new URL(expected.url).hostname;
    return { name, host: isDefaultSite(realHost) ? realHost : NEUTRAL_HOST, hasArticle: expected.article !== false };
  });

export /** What a reader sees of the text size on a page: the attribute, the marks and the rendered size of a text. */
interface Seen {
  attribute: string | null;
  targets: number;
  rendered: number | null;
}

export function seen(page: TestPage, selector: string): Promise<Seen> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as (Element & { currentCSSZoom?: number }) | null;
    const rendered = el ? Math.round(parseFloat(getComputedStyle(el).fontSize) * (el.currentCSSZoom ?? 1) * 100) / 100 : null;
    return {
      attribute: document.documentElement.getAttribute('data-dedoc-scale'),
      targets: document.querySelectorAll('[data-dedoc-scale-target]').length,
      rendered,
    };
  }, selector);
}


export /**
 * Runs in the page. Measures the article's parts (data-dedoc-scale-target) and reports, as element descriptions,
 * what sticks out of its part, what is cut off (text wider than an overflow:hidden box), and which text blocks
 * overlap the next one. Problems already there at 100 % ("base" call) are the page's own and are not reported
 * again at 200 % ("grown" call).
 */
function MEASURE(phase: 'base' | 'grown') {
  const w = window as any;
  const targets = [...document.querySelectorAll('[data-dedoc-scale-target]')];
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''}`;
  const known: Set<Element> = phase === 'base' ? (w.__scaleKnown = new Set()) : (w.__scaleKnown ?? new Set());
  const outside: string[] = [];
  const clipped: string[] = [];
  const overlaps: string[] = [];
  let checked = 0;
  const note = (list: string[], el: Element, text: string) => {
    if (phase === 'base') known.add(el);
    else if (!known.has(el)) list.push(text);
  };
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    const blocks: Array<{ el: Element; r: DOMRect }> = [];
    const walk = (parent: Element) => {
      for (const el of parent.children) {
        const s = getComputedStyle(el);
        if (s.display === 'none' || s.visibility === 'hidden' || s.position === 'fixed' || s.position === 'absolute') continue;
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          checked++;
          if (r.right > box.right + 1 || r.left < box.left - 1) note(outside, el, `${describe(el)} ${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(box.left)}..${Math.round(box.right)}`);
          const isTextBlock = /^(P|LI|H[1-6]|BLOCKQUOTE|FIGCAPTION|DD|DT)$/.test(el.tagName) && s.float === 'none' && s.position === 'static';
          if (isTextBlock) blocks.push({ el, r });
        }
        // A box that scrolls or clips sideways holds its overflow: its inside is its own business, but text it
        // cuts off (overflow hidden, not a scroll box) is reported.
        if (s.overflowX !== 'visible') {
          if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim() !== '') {
            note(clipped, el, `${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
          }
          continue;
        }
        walk(el);
      }
    };
    walk(target);
    blocks.sort((a, b) => a.r.top - b.r.top);
    for (let i = 1; i < blocks.length; i++) {
      const a = blocks[i - 1]!;
      const b = blocks[i]!;
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const isSideBySide = b.r.left >= a.r.right - 1 || a.r.left >= b.r.right - 1;
      if (!isSideBySide && b.r.top < a.r.bottom - 2) note(overlaps, b.el, `${describe(a.el)} / ${describe(b.el)}`);
    }
  }
  // The first paragraph of the article that is drawn: its drawn size, to see that it did grow.
  const first = targets
    .flatMap((t) => [t, ...t.querySelectorAll('p, li')])
    .find((e) => e.matches('p, li') && (e.textContent ?? '').trim().length > 20 && e.getBoundingClientRect().height > 0) as (Element & { currentCSSZoom?: number }) | undefined;
  const drawn = first ? parseFloat(getComputedStyle(first).fontSize) * (first.currentCSSZoom ?? 1) : 0;
  if (phase === 'base') w.__scaleBaseText = drawn;
  return {
    docWidth: document.documentElement.scrollWidth,
    targets: targets.length,
    checked,
    outside,
    clipped,
    overlaps,
    text: `text ${Math.round((w.__scaleBaseText ?? 0) * 10) / 10}→${Math.round(drawn * 10) / 10}px`,
    grownText: drawn >= (w.__scaleBaseText ?? 0) * 2 - 0.5,
  };
}


/** Waits until the background registered the early-paint scripts for a host (or none, with `scaleFile` null). */
export async function waitForRegistration(control: TestPage, host: string, scaleFile: string | null): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const own = (await registrations(control)).find((r) => r.id === `scale:${host}`);
    if (scaleFile === null ? own === undefined : own?.js.includes(scaleFile)) return;
    if (Date.now() > deadline) throw new Error(`registration for ${host}: ${JSON.stringify(own)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The screenshots the README shows (docs/screenshots/scale-<label>.png), taken in Chromium. */
const DOC_SHOTS = new Set([
  'demo-1280-100',
  'demo-1280-200',
  'demo-390-200',
  'baochinhphu.vn--chinh-sach-moi-thang-3-2026-1280-100',
  'baochinhphu.vn--chinh-sach-moi-thang-3-2026-1280-200',
  'vnexpress.net--soc-nang-luong-1280-100',
  'vnexpress.net--soc-nang-luong-1280-200',
  'qdnd.vn--article.excerpt-390-100',
  'qdnd.vn--article.excerpt-390-200',
  'demo-comfort-panel',
  'popup',
]);

/** A screenshot in test-results; Chromium's are also the README's (docs/screenshots/scale-*.png). */
export async function shot(page: TestPage, harness: Harness, label: string): Promise<void> {
  const path = await screenshot(page, harness, `scale-${label}`);
  if (harness.name === 'chromium' && DOC_SHOTS.has(label)) {
    mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
    copyFileSync(path, join(DOCS_SCREENSHOT_DIR, `scale-${label}.png`));
  }
}
